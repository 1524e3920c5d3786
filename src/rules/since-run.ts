/**
 * Since (docs/design.md §3.5). Take a cell's candidates in candidate order (§3.3), `c1 < c2 < … < cn`, winner
 * `cn`. The winner's run is the longest unbroken stretch `cj … cn` whose candidates all hold the winner's
 * position (§3.5, {@link samePosition}); the cell's `since` is the `statedAt` of `cj`, the run's first candidate.
 * A reaffirmation (the same position again) extends the run; any other position ends it.
 *
 * Two formulations give that `cj`:
 * - **Run** ({@link sinceByRun}): walk down from the winner while the next candidate holds its position.
 *   The indexed fold does this over its sorted statements.
 * - **Breaker** ({@link sinceByBreaker}): the breaker is the greatest candidate holding another position;
 *   `cj` is the least candidate greater than the breaker (the least candidate of all when there is no
 *   breaker). This needs no sorting, only three running extremes, so the stream fold keeps them as rows
 *   arrive and the SQL fold finds each with one index walk.
 *
 * They agree. If no candidate holds another position, the run is every candidate and both give `c1`.
 * Otherwise let the breaker be `cb`. Every candidate above `cb` holds the winner's position (a greater one
 * that did not would be the breaker), so `cb+1 … cn` is unbroken; `cb` holds another position, so the run
 * cannot reach below `cb+1`. Both give `cb+1`.
 *
 * @param sorted the candidates in candidate order, least first
 * @param same whether two candidates hold the same position
 * @returns the index in `sorted` of the run's first candidate; -1 when there are none
 * @example
 * sinceByRun(['supports', 'demands', 'demands'], (a, b) => a === b); //=> 1
 */
export function sinceByRun<C>(sorted: readonly C[], same: (a: C, b: C) => boolean): number {
  const last = sorted.length - 1;
  if (last < 0) return -1;
  const winner = sorted[last] as C;
  let first = last;
  while (first > 0 && same(sorted[first - 1] as C, winner)) first--;
  return first;
}

/**
 * The breaker formulation of {@link sinceByRun}, over candidates in any order.
 *
 * @param candidates the candidates, in any order
 * @param compare the candidate order
 * @param same whether two candidates hold the same position
 * @returns the index in `candidates` of the run's first candidate; -1 when there are none
 * @example
 * sinceByBreaker([3, 1, 2], (a, b) => a - b, (a, b) => (a > 1) === (b > 1)); //=> 2 (the candidate 2)
 */
export function sinceByBreaker<C>(
  candidates: readonly C[],
  compare: (a: C, b: C) => number,
  same: (a: C, b: C) => boolean,
): number {
  let winner = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (winner < 0 || compare(candidates[i] as C, candidates[winner] as C) > 0) winner = i;
  }
  if (winner < 0) return -1;
  const top = candidates[winner] as C;
  let breaker = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as C;
    if (!same(c, top) && (breaker < 0 || compare(c, candidates[breaker] as C) > 0)) breaker = i;
  }
  let first = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as C;
    if (breaker >= 0 && compare(c, candidates[breaker] as C) <= 0) continue;
    if (first < 0 || compare(c, candidates[first] as C) < 0) first = i;
  }
  return first;
}
