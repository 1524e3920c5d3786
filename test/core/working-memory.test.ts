/**
 * Working memory and caches never change an answer (docs/design.md §9.5). In this process, one
 * `FoldWorkspace` serves every stream fold, streams of different sizes in turn (a large one, a small one,
 * the large one again), and each ledger is queried between appends, so its caches (liveness flips,
 * packed rows, shared evidence) are built and then extended. A second Node process computes every answer
 * from nothing: a fresh fold without a workspace and a fresh ledger per query, from the built package.
 * Every answer must be the same, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldEvents, FoldWorkspace, Ledger } from '../../src/index.js';
import { streamArb, SEVERAL_BLOCS, type Query, type Stream, queriesArb } from '../support/arbitraries.js';
import { BLOCS_VOCABULARY } from '../support/fixtures.js';

const SEED = 9501;
const DIST =
  process.env['POSITIONS_DIST'] === undefined
    ? fileURLToPath(new URL('../../dist/index.js', import.meta.url))
    : join(fileURLToPath(process.env['POSITIONS_DIST']), 'index.js');
const CHILD = fileURLToPath(new URL('../support/fresh-answers.mjs', import.meta.url));

// Three streams of different sizes, one crowded into a few cells; the same queries over each.
const large = fc.sample(streamArb(120, false, SEVERAL_BLOCS), { seed: SEED, numRuns: 1 })[0] as Stream;
const small = fc.sample(streamArb(12, false, SEVERAL_BLOCS), { seed: SEED + 1, numRuns: 1 })[0] as Stream;
const crowded = fc.sample(streamArb(150, true, SEVERAL_BLOCS), { seed: SEED + 2, numRuns: 1 })[0] as Stream;
const streams: readonly Stream[] = [large, small, crowded];
const queries: Query[] = streams.flatMap(
  (stream, n) => fc.sample(queriesArb(stream, 4), { seed: SEED + 10 + n, numRuns: 1 })[0] as Query[],
);

const optionsOf = (query: Query) => ({
  inherit: query.inherit,
  ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
});
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe(`working memory and caches (seed ${SEED})`, () => {
  let fresh: Array<Array<{ folded: unknown; indexed: unknown }>>;
  let dir: string;

  beforeAll(() => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first (npm test does)`);
    dir = mkdtempSync(join(tmpdir(), 'positions-fresh-'));
    const input = join(dir, 'input.json');
    const time = (value: string | Date | undefined) =>
      value === undefined ? null : value instanceof Date ? { date: value.toISOString() } : value;
    writeFileSync(
      input,
      JSON.stringify({
        vocabulary: BLOCS_VOCABULARY,
        streams: streams.map((s) => ({ raw: s.raw, events: s.events })),
        queries: queries.map((q) => ({ at: time(q.at), knownAt: time(q.knownAt), inherit: q.inherit })),
      }),
    );
    fresh = JSON.parse(execFileSync(process.execPath, [CHILD, DIST, input], { encoding: 'utf8' }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the streams differ in size, and every query finds cells in some stream', () => {
    expect(large.events.length).toBeGreaterThan(3 * small.events.length);
    expect(fresh.flat().some(({ folded }) => (folded as { cells: unknown[] }).cells.length > 0)).toBe(true);
  });

  it('one FoldWorkspace reused by folds of a large, a small and the large stream again gives the fresh answers', () => {
    const workspace = new FoldWorkspace();
    for (const n of [0, 1, 0, 2, 1, 0]) {
      const stream = streams[n] as Stream;
      queries.forEach((query, q) => {
        const folded = foldEvents(stream.events, query.at, {
          ...optionsOf(query),
          vocabulary: BLOCS_VOCABULARY,
          workspace,
        });
        expect(plain(folded), `stream ${n}, query ${q}`).toEqual(fresh[n]?.[q]?.folded);
      });
    }
  });

  it('a ledger queried between appends, and again after, gives the fresh answers', () => {
    streams.forEach((stream, n) => {
      const ledger = new Ledger({ vocabulary: BLOCS_VOCABULARY });
      const half = Math.floor(stream.raw.length / 2);
      ledger.append(stream.raw.slice(0, half));
      // Build the caches on the first half: liveness flips, packed rows, search trees, shared evidence.
      for (const query of queries) ledger.at(query.at, optionsOf(query));
      ledger.append(stream.raw.slice(half));
      for (const pass of [1, 2]) {
        queries.forEach((query, q) => {
          expect(plain(ledger.at(query.at, optionsOf(query))), `stream ${n}, query ${q}, pass ${pass}`).toEqual(
            fresh[n]?.[q]?.indexed,
          );
        });
      }
    });
  });
});
