/**
 * Candidate (docs/design.md §3.3): a live statement naming the party and the issue is a candidate at
 * valid-time bound `t` (`U(T)`) when its `statedAt` starts before it.
 *
 * @example
 * isCandidate(Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)); //=> true
 */
export function isCandidate(start: number, t: number): boolean {
  return start < t;
}

/**
 * {@link isCandidate} in SQL, over a `timestamptz` column and parameter.
 *
 * @example
 * candidateSql('k.stated_start', '$1'); //=> 'k.stated_start < $1'
 */
export function candidateSql(start: string, t: string): string {
  return `${start} < ${t}`;
}
