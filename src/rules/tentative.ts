/**
 * Tentative (docs/design.md §3.4): a cell is tentative when its winner's `statedAt` ends after the valid-time
 * bound `t`: the statement may not have been made yet at `T`.
 *
 * @example
 * isTentative(Date.UTC(2026, 0, 1), Date.UTC(2025, 11, 15)); //=> true: stated "2025-12", asked about mid-December
 */
export function isTentative(end: number, t: number): boolean {
  return end > t;
}

/**
 * {@link isTentative} in SQL, over a `timestamptz` column and parameter.
 *
 * @example
 * tentativeSql('w.stated_end', '$1'); //=> 'w.stated_end > $1'
 */
export function tentativeSql(end: string, t: string): string {
  return `${end} > ${t}`;
}
