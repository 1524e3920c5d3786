import { fastBoundsInto } from './fast-path.js';
import { parseFuzzyTime } from './fuzzy-time.js';
import { InvalidTimeError } from './invalid-time-error.js';

/**
 * A query time: a fuzzy time without intervals (`'2025-12-31'`, `'2025-12'`,
 * `'2025-12-28T14:00Z'`) or a `Date`, taken as the instant it holds.
 *
 * @example
 * ledger.at(new Date('2025-12-31T12:00:00Z')); // a Date is taken as the instant it holds
 */
export type QueryTime = string | Date;

/**
 * The exclusive upper bound `U(q) = end(q)` of a query time, in epoch milliseconds:
 * "as of 2025-12-31" includes all of that day (docs/design.md §2.3).
 *
 * @throws {InvalidTimeError} for an interval or anything that is not a fuzzy time.
 * @example
 * queryBound('2025-12-31') === Date.UTC(2026, 0, 1); //=> true
 * queryBound('2025-12-28T14:00Z') === Date.UTC(2025, 11, 28, 14, 1); //=> true
 */
export function queryBound(time: QueryTime): number {
  if (time instanceof Date) {
    const ms = time.getTime();
    if (Number.isNaN(ms)) throw new InvalidTimeError(String(time), 'the Date is invalid');
    return ms + 1;
  }
  // The common UTC points are read without a result object (a one-cell lookup is little more than this).
  const bounds = { start: 0, end: 0 };
  if (typeof time === 'string' && fastBoundsInto(time, bounds)) return bounds.end;
  // Parse first, so a malformed time is named for what is wrong with it, not taken for an interval.
  const parsed = parseFuzzyTime(time);
  if (parsed.precision === 'interval') {
    throw new InvalidTimeError(
      time,
      'a query time is one time, not an interval',
      'ask for one date, e.g. the end of the interval',
    );
  }
  return parsed.end;
}

/**
 * The text a query time is reported under: the string as given, or a `Date` as ISO.
 *
 * @example
 * queryLabel(new Date(Date.UTC(2025, 0, 1))); //=> '2025-01-01T00:00:00.000Z'
 */
export function queryLabel(time: QueryTime): string {
  return time instanceof Date ? time.toISOString() : time;
}
