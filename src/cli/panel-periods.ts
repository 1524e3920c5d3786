// A panel's dates (`stances --from A --to B --every day|month|year`). Days are stepped with date-fns's
// calendar arithmetic on each day's local midnight, as the report does: only the calendar date is ever
// read back, so the periods are the same in every time zone.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import { eachYearOfInterval } from 'date-fns/eachYearOfInterval';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { parseFuzzyTime, queryBound } from '../index.js';
import type { Period } from './period.js';
import { UsageError } from './usage-error.js';

/**
 * The most periods one panel may have: 10,000 (27 years of days), so that a slip of the finger
 * (`--from 1900 --every day`) is refused rather than answered for minutes.
 */
export const MAX_PANEL_PERIODS = 10_000;

// A period's label is its own query time: `2025-12-31`, `2025-12` ("as of the end of December"), `2025`.
const LABEL_LENGTH: Record<Period, number> = { day: 10, month: 7, year: 4 };

/**
 * Every period from the one holding the first instant of `from` to the one holding the last instant of
 * `to`, both inclusive (UTC days), each as the query time that asks about its end: `2025-12-31` for a
 * day, `2025-12` for a month, `2025` for a year. The dates must have been checked (`checkDate`).
 *
 * @throws {UsageError} when there are more than {@link MAX_PANEL_PERIODS} periods.
 * @example
 * panelPeriods('2025-10-15', '2025-12-02', 'month'); //=> ['2025-10', '2025-11', '2025-12']
 * panelPeriods('2025', '2026', 'year'); //=> ['2025', '2026']
 */
export function panelPeriods(from: string, to: string, every: Period): string[] {
  const start = parseISO(utcDay(parseFuzzyTime(from).start));
  const end = parseISO(utcDay(queryBound(to) - 1));
  const count =
    1 +
    (every === 'day'
      ? differenceInCalendarDays(end, start)
      : every === 'month'
        ? differenceInCalendarMonths(end, start)
        : differenceInCalendarYears(end, start));
  if (count > MAX_PANEL_PERIODS) {
    throw new UsageError(
      `a panel from ${from} to ${to} every ${every} has ${count.toLocaleString('en')} periods, more than ${MAX_PANEL_PERIODS.toLocaleString('en')}`,
      every === 'year' ? 'ask about a shorter range' : 'step by a longer --every, or ask about a shorter range',
    );
  }
  const interval = { start, end };
  const dates =
    every === 'day'
      ? eachDayOfInterval(interval)
      : every === 'month'
        ? eachMonthOfInterval(interval)
        : eachYearOfInterval(interval);
  return dates.map((date) => formatISO(date, { representation: 'date' }).slice(0, LABEL_LENGTH[every]));
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
