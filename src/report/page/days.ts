// The report works in whole days, written `YYYY-MM-DD`: a date field holds a day, and a day as a query
// time stands for all of it (U(day) = the next midnight, UTC), exactly as the ledger reads it.
// Counting and stepping days is date-fns's calendar arithmetic on the day's local midnight; the
// written day is the same in every time zone, as only the calendar date is ever read back.
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import { parseFuzzyTime } from '../../time/index.js';

// English month names for the charts' ticks (date-fns's `format` would add 18 KB of locale to every report).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date of a day at its local midnight (Invalid Date for text that is not one). */
function calendarDate(day: string): Date {
  return parseISO(day);
}

/** A date's day, written `YYYY-MM-DD`. */
function written(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

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
 * The first millisecond of a day, UTC, as the ledger reads the day.
 *
 * @example
 * dayStart('2025-12-31') === Date.UTC(2025, 11, 31); //=> true
 */
export function dayStart(day: string): number {
  return parseFuzzyTime(day).start;
}

/**
 * Whether a text is a real calendar day written `YYYY-MM-DD`.
 *
 * @example
 * isDay('2025-02-28'); //=> true
 * isDay('2025-02-30'); //=> false
 * isDay('12/31/2025'); //=> false
 */
export function isDay(text: string): boolean {
  const date = calendarDate(text);
  // Written back and compared, so that only this one ISO form passes ('20251231' and '2025-W01-1' parse too).
  return isValid(date) && written(date) === text;
}

/**
 * The day `n` days after `day` (before, for negative `n`).
 *
 * @example
 * addDays('2025-12-31', 1); //=> '2026-01-01'
 */
export function addDays(day: string, n: number): string {
  return written(addCalendarDays(calendarDate(day), n));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2025-12-30', '2026-01-01'); //=> 2
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(calendarDate(to), calendarDate(from));
}

/**
 * The months that begin on or after day `first` and on or before day `last`, each as its first day
 * and its short name (`Jan`, `Feb`, …) with the year added on January.
 *
 * @example
 * monthsBetween('2025-11-15', '2026-02-01');
 * //=> [{ day: '2025-12-01', label: 'Dec' }, { day: '2026-01-01', label: 'Jan 2026' },
 * //    { day: '2026-02-01', label: 'Feb' }]
 */
export function monthsBetween(first: string, last: string): { day: string; label: string }[] {
  const start = calendarDate(first);
  return eachMonthOfInterval({ start, end: calendarDate(last) })
    .filter((month) => month >= start)
    .map((month) => {
      const name = MONTHS[month.getMonth()] ?? '';
      return { day: written(month), label: month.getMonth() === 0 ? `${name} ${month.getFullYear()}` : name };
    });
}

/**
 * January 1st of the year holding the day `days` days before `day`.
 *
 * @example
 * startOfYearBefore('2025-12-31', 365); //=> '2024-01-01'
 */
export function startOfYearBefore(day: string, days: number): string {
  return written(startOfYear(subDays(calendarDate(day), days)));
}
