/**
 * Known (docs/design.md §3.1): an event counts as known at knowledge bound `k` (`U(K)`, or `Infinity` for
 * everything recorded) when it was recorded before it. A correction's replacement is recorded with its correction.
 *
 * @example
 * isKnown(Date.UTC(2025, 11, 31), Date.UTC(2026, 0, 1)); //=> true
 * isKnown(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1)); //=> false: the bound is exclusive
 */
export function isKnown(recordedAt: number, k: number): boolean {
  return recordedAt < k;
}

/**
 * {@link isKnown} in SQL, over a `timestamptz` column and a `timestamptz` parameter.
 *
 * @example
 * knownSql('k.recorded_at', '$2'); //=> 'k.recorded_at < $2'
 */
export function knownSql(recordedAt: string, k: string): string {
  return `${recordedAt} < ${k}`;
}
