/**
 * Generated cases for the law "query, append, query again = rebuilt" (docs/design.md §7): a stream cut
 * into appends, queries asked after each, and a last append that lands in cells already queried.
 */
import fc from 'fast-check';
import { type Query, SEVERAL_BLOCS, type Stream, streamWithQueriesArb } from './arbitraries.js';

/** The world the incremental cases live in: several blocs per member. */
export const INCREMENTAL_WORLD = SEVERAL_BLOCS;
const world = INCREMENTAL_WORLD;

/**
 * A burst of statements about one cell, stated day after day in 2026 (after everything the streams hold, so
 * each sorts last in its cell) and recorded after a lag of none to sixty days: appended to a ledger that
 * has answered queries about that cell, they land in its search structures one by one, and a knowledge time
 * at one of them leaves later ones, already stated, unknown (docs/design.md §9.2).
 */
export const burstArb = fc
  .record({
    party: fc.constantFrom(...world.focus),
    gaps: fc.array(fc.constantFrom(0, 1, 1, 2), { minLength: 6, maxLength: 16 }),
    lags: fc.array(fc.constantFrom(0, 1, 10, 60), { minLength: 16, maxLength: 16 }),
    stances: fc.array(fc.constantFrom('demands', 'supports', 'opposes'), { minLength: 16, maxLength: 16 }),
  })
  .map(({ party, gaps, lags, stances }) => {
    let day = 1;
    return gaps.map((gap, n) => {
      day += gap;
      const start = Date.UTC(2026, 0, day);
      return {
        type: 'statement',
        parties: [party],
        issue: 'guarantees',
        stance: stances[n] as string,
        act: 'assert',
        attribution: 'on-record',
        statedAt: new Date(start).toISOString().slice(0, 10),
        recordedAt: new Date(start + (lags[n] as number) * 86_400_000).toISOString(),
        summary: `burst ${n}`,
        sources: [{ document: 'doc-1' }],
      };
    });
  });

/**
 * A stream, its queries, the points it is cut at into appends, and a burst appended last. Two fixed
 * queries with early knowledge times make the index search its cells backwards (building their search
 * structures) before the burst; the burst's own recording times are asked as knowledge times.
 */
export const incrementalArb = (maxSteps: number, focused: boolean) =>
  fc
    .tuple(
      streamWithQueriesArb(maxSteps, 3, focused, world),
      fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 3 }),
      burstArb,
      fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 }),
    )
    .map(([{ stream, queries }, cuts, burst, picks]) => {
      const early: Query[] = [
        { at: '2026-12-31', knownAt: '2024-06', inherit: false },
        { at: '2026-12-31', knownAt: '2025-02', inherit: true },
      ];
      const late = picks.map(([pick, inherit]): Query => {
        const event = burst[pick % burst.length] as { recordedAt: string };
        return { at: '2026-12-31', knownAt: event.recordedAt, inherit };
      });
      return { stream, queries: [...early, ...queries, ...late], cuts, burst };
    });

/** The stream's raw events cut at `cuts` into appends, in stream order (targets never come after), then the burst. */
export function chunksOf(
  stream: Stream,
  cuts: readonly number[],
  burst: readonly Record<string, unknown>[],
): Array<readonly Record<string, unknown>[]> {
  const points = [...new Set(cuts.map((c) => c % (stream.raw.length + 1)))].sort((a, b) => a - b);
  const chunks: Array<readonly Record<string, unknown>[]> = [];
  let from = 0;
  for (const point of [...points, stream.raw.length]) {
    chunks.push(stream.raw.slice(from, point));
    from = point;
  }
  chunks.push(burst);
  return chunks;
}
