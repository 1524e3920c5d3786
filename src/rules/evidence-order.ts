import { compareIds, ID_COLLATION } from './id-order.js';

/**
 * The evidence order (docs/design.md §3.6): by `recordedAt` (epoch milliseconds), then by id. A cell's
 * evidence lists the winner's own sources first, then its live corroborations in this order.
 *
 * The same two keys end the candidate order (§3.3), which compares them after `statedAt` with this function.
 *
 * @returns negative, zero or positive, as for `Array.prototype.sort`.
 * @example
 * compareRecorded(Date.UTC(2025, 0, 2), 'a', Date.UTC(2025, 0, 1), 'b'); //=> positive: recorded later
 * compareRecorded(0, 'a', 0, 'b'); //=> -1: same instant, so the id decides
 */
export function compareRecorded<Id extends string | number>(
  aRecordedAt: number,
  aId: Id,
  bRecordedAt: number,
  bId: Id,
): number {
  return aRecordedAt - bRecordedAt || compareIds(aId, bId);
}

/**
 * {@link compareRecorded} with `recordedAt` as canonical instants (`YYYY-MM-DDThh:mm:ss.sssZ`, years
 * 0000–9999, the form a ledger stores): these sort as text in time order, so the order is the same
 * without parsing them. For a fold that reads `recordedAt` from stored events, and only on a tie.
 *
 * @example
 * compareRecordedText('2025-01-02T00:00:00.000Z', 'a', '2025-01-01T23:59:59.999Z', 'b'); //=> 1
 */
export function compareRecordedText<Id extends string | number>(
  aRecordedAt: string,
  aId: Id,
  bRecordedAt: string,
  bId: Id,
): number {
  return compareIds(aRecordedAt, bRecordedAt) || compareIds(aId, bId);
}

/**
 * The evidence order as an SQL `ORDER BY` list over a `timestamptz` column and an id column.
 *
 * @example
 * evidenceOrderSql('x.recorded_at', 'x.id'); //=> 'x.recorded_at, x.id COLLATE "C"'
 */
export function evidenceOrderSql(recordedAt: string, id: string): string {
  return `${recordedAt}, ${id} ${ID_COLLATION}`;
}
