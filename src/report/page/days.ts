// The report works in whole UTC days: a date control holds a day, and a day as a query time
// stands for all of it (U(day) = the next midnight), exactly as the ledger reads 'YYYY-MM-DD'.

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC day (`YYYY-MM-DD`) holding an instant given in epoch milliseconds.
 *
 * @example
 * dayOf(Date.UTC(2025, 11, 31, 23, 59)); //=> '2025-12-31'
 */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The first millisecond of a UTC day.
 *
 * @example
 * dayStart('2025-12-31') === Date.UTC(2025, 11, 31); //=> true
 */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/**
 * Whether a text is a real calendar day written `YYYY-MM-DD`.
 *
 * @example
 * isDay('2025-02-28'); //=> true
 * isDay('2025-02-30'); //=> false
 */
export function isDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const ms = dayStart(text);
  return !Number.isNaN(ms) && dayOf(ms) === text;
}

/**
 * The day `n` days after `day` (before, for negative `n`).
 *
 * @example
 * addDays('2025-12-31', 1); //=> '2026-01-01'
 */
export function addDays(day: string, n: number): string {
  return dayOf(dayStart(day) + n * MS_PER_DAY);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2025-12-30', '2026-01-01'); //=> 2
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to) - dayStart(from)) / MS_PER_DAY);
}
