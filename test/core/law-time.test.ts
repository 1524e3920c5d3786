// Laws about the two clocks (docs/design.md §7): prefix (valid time) and bitemporal monotone (knowledge time).
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import type { Ledger, LedgerEvent } from '../../src/index.js';
import { ledgerAnswers } from '../support/answers.js';
import { streamWithQueriesArb, type Query } from '../support/arbitraries.js';
import { ISSUES, PARTIES } from '../support/fixtures.js';
import { carriers, closureOver, idsOf, ledgerFrom } from '../support/helpers.js';
import { boundOf, instantOf, spanOf } from '../support/naive-time.js';

const params = { seed: 777, numRuns: 60 };

function snapshotAnswers(ledger: Ledger, q: Query): unknown {
  const options = { ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit };
  const snapshot = ledger.at(q.at, options);
  return JSON.parse(
    JSON.stringify({
      cells: snapshot.cells(),
      lookups: PARTIES.flatMap((p) => ISSUES.map((i) => ledger.cell(p, i, { at: q.at, ...options }) ?? null)),
    }),
  );
}

describe(`laws of time (seed ${params.seed}, ${params.numRuns} runs each)`, () => {
  it('prefix: the snapshot at T equals that of only the statements with start(statedAt) < U(T) plus the events referring to them', () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const full = ledgerFrom(stream.raw);
        for (const q of queries) {
          const t = boundOf(q.at);
          const statements = stream.events.flatMap((e) =>
            e.type === 'statement' ? [e] : e.type === 'correction' ? [e.replacement] : [],
          );
          const early = new Set(statements.filter((s) => spanOf(s.statedAt).start < t).map((s) => s.id));
          // A replacement comes inside its correction, which needs its target: carriers() adds that chain.
          const held = carriers(stream.events, early);
          const keep = new Set([
            ...held,
            ...closureOver(stream.events, new Set([...held].flatMap((i) => idsOf(stream.events[i] as LedgerEvent)))),
          ]);
          const raw = stream.raw.filter((_, i) => keep.has(i));
          expect(snapshotAnswers(ledgerFrom(raw), q)).toEqual(snapshotAnswers(full, q));
        }
      }),
      params,
    );
  });

  it('bitemporal monotone: answers as known at K ignore every event recorded at or after U(K)', () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const full = ledgerFrom(stream.raw);
        for (const q of queries) {
          if (q.knownAt === undefined) continue;
          const k = boundOf(q.knownAt);
          const known = ledgerFrom(
            stream.raw.filter((_, i) => instantOf((stream.events[i] as { recordedAt: string }).recordedAt) < k),
          );
          const expected = ledgerAnswers(known, [q]);
          expect(ledgerAnswers(full, [q])).toEqual(expected);
          // The ledger of what was known then, asked without K, knows the same.
          expect(ledgerAnswers(known, [{ ...q, knownAt: undefined }])).toEqual(expected);
        }
      }),
      params,
    );
  });

  it('bitemporal monotone: answers (and snapshots already handed out) as known at K do not move when later-recorded events arrive', () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        for (const q of queries) {
          if (q.knownAt === undefined) continue;
          const k = boundOf(q.knownAt);
          const recorded = (i: number) => instantOf((stream.events[i] as LedgerEvent).recordedAt);
          const ledger = ledgerFrom(stream.raw.filter((_, i) => recorded(i) < k));
          const before = ledgerAnswers(ledger, [q]);
          const snapshot = ledger.at(q.at, { knownAt: q.knownAt, inherit: q.inherit });
          const cells = JSON.stringify(snapshot.cells());
          ledger.append(stream.raw.filter((_, i) => recorded(i) >= k));
          expect(ledger.size).toBe(stream.events.length);
          expect(ledgerAnswers(ledger, [q])).toEqual(before);
          expect(JSON.stringify(snapshot.cells())).toBe(cells);
        }
      }),
      params,
    );
  });
});
