// Law: query, append, query again = rebuilt (docs/design.md §7, incremental = batch; §9.2, §9.3). A ledger
// that answered every query kind, then took more events (many recorded before a knowledge time already
// asked, and landing in cells already queried), answers every query kind as a ledger built from all its
// events at once; the stream fold over its grown columns, with one workspace reused throughout, gives
// what the stream fold over a rebuilt ledger gives. A coverage count fails the test if the generated
// appends stop landing before an earlier knownAt or in queried cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEvents, FoldWorkspace, Ledger } from '../../src/index.js';
import { ledgerAnswers } from '../support/answers.js';
import type { Query } from '../support/arbitraries.js';
import { chunksOf, INCREMENTAL_WORLD, incrementalArb } from '../support/incremental.js';
import { boundOf, instantOf } from '../support/naive-time.js';
import { checkProperty } from '../support/property.js';

const vocabulary = INCREMENTAL_WORLD.vocabulary;
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** What the appends after a query held, summed over a property's runs. */
interface Coverage {
  recordedBeforeAskedKnownAt: number;
  intoQueriedCell: number;
}

/** Counts the events of `chunk` recorded before a knownAt already asked, and statements for a cell already answered. */
function count(coverage: Coverage, chunk: readonly Record<string, unknown>[], asked: readonly Query[], ledger: Ledger) {
  const latest = Math.max(...asked.map((q) => (q.knownAt === undefined ? -Infinity : boundOf(q.knownAt))));
  const answered = new Set(
    ledger
      .at('9999')
      .cells()
      .map((c) => `${c.party}/${c.issue}`),
  );
  for (const raw of chunk) {
    if (instantOf(raw['recordedAt'] as string) < latest) coverage.recordedBeforeAskedKnownAt++;
    const parties = (raw['parties'] ?? []) as string[];
    if (parties.some((p) => answered.has(`${p}/${raw['issue']}`))) coverage.intoQueriedCell++;
  }
}

const optionsOf = (q: Query) => ({ ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit });

const cases = [
  { name: 'streams across many cells', maxSteps: 30, focused: false, seed: 6101, numRuns: 40 },
  { name: 'long streams crowded into a few cells', maxSteps: 120, focused: true, seed: 6102, numRuns: 12 },
];

describe.each(cases)('law: query, append, query again = rebuilt, $name', ({ maxSteps, focused, seed, numRuns }) => {
  it(`the indexed ledger answers every query kind as a ledger built from all its events (seed ${seed}, ${numRuns} runs)`, () => {
    const coverage: Coverage = { recordedBeforeAskedKnownAt: 0, intoQueriedCell: 0 };
    checkProperty(
      fc.property(incrementalArb(maxSteps, focused), ({ stream, queries, cuts, burst }) => {
        const ledger = new Ledger({ vocabulary });
        const appended: Record<string, unknown>[] = [];
        for (const [n, chunk] of chunksOf(stream, cuts, burst).entries()) {
          if (n > 0) count(coverage, chunk, queries, ledger);
          ledger.append(chunk);
          appended.push(...chunk);
          const rebuilt = Ledger.from(appended, { vocabulary });
          expect(ledgerAnswers(ledger, queries)).toEqual(ledgerAnswers(rebuilt, queries));
        }
      }),
      { seed, numRuns },
    );
    expect(coverage.recordedBeforeAskedKnownAt, 'appends recorded before a knownAt already asked').toBeGreaterThan(0);
    expect(coverage.intoQueriedCell, 'appends into cells already answered').toBeGreaterThan(0);
  });

  it(`the stream fold over a grown ledger's columns, one workspace reused, equals it over a rebuilt ledger (seed ${seed + 10}, ${numRuns} runs)`, () => {
    const workspace = new FoldWorkspace();
    checkProperty(
      fc.property(incrementalArb(maxSteps, focused), ({ stream, queries, cuts, burst }) => {
        const ledger = new Ledger({ vocabulary });
        const appended: Record<string, unknown>[] = [];
        for (const chunk of chunksOf(stream, cuts, burst)) {
          ledger.append(chunk);
          appended.push(...chunk);
          const rebuilt = Ledger.from(appended, { vocabulary });
          for (const q of queries) {
            const grown = plain(foldEvents(ledger, q.at, { ...optionsOf(q), workspace }));
            expect(grown).toEqual(plain(foldEvents(rebuilt, q.at, optionsOf(q))));
            expect(grown).toEqual(plain(rebuilt.at(q.at, optionsOf(q))));
          }
        }
      }),
      { seed: seed + 10, numRuns },
    );
  });
});
