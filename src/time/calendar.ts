// The proleptic Gregorian calendar in plain integer arithmetic: which dates exist and how many days
// lie between them. Both time parsers (the general one and the fast path) use it, so they cannot
// disagree about a date. No Date objects: Date.UTC reads years 0–99 as 1900–1999, and ingest asks
// for one or two dates per event.

/** Milliseconds in a day (epoch time has no leap seconds). */
export const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a year has 29 February: every fourth year, except centuries not divisible by 400.
 *
 * @example
 * isLeapYear(2024); //=> true
 * isLeapYear(1900); //=> false
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The number of days in a month (1–12) of a year; 0 for a month number outside 1–12.
 *
 * @example
 * daysInMonth(2024, 2); //=> 29
 * daysInMonth(2025, 13); //=> 0
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Whether year, month (1–12) and day name a date that exists.
 *
 * @example
 * isCalendarDate(2025, 2, 29); //=> false
 * isCalendarDate(2024, 2, 29); //=> true
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days from 1970-01-01 to a date (negative before it), by Howard Hinnant's days-from-civil. The month may
 * be 13, meaning January of the next year, so the day after a month's last is `daysFromCivil(y, m + 1, 1)`.
 * The date is not checked: ask {@link isCalendarDate} first.
 *
 * @example
 * daysFromCivil(1970, 1, 2); //=> 1
 * daysFromCivil(2025, 13, 1) === daysFromCivil(2026, 1, 1); //=> true
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  if (month > 12) return daysFromCivil(year + 1, month - 12, day);
  // Years are counted from March, so the leap day is the last day of its counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719468 days from 0000-03-01 to 1970-01-01.
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Epoch milliseconds of 00:00 UTC on a date (month 1–13, as {@link daysFromCivil} takes it).
 *
 * @example
 * civilMs(2025, 12, 31) === Date.UTC(2025, 11, 31); //=> true
 */
export function civilMs(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) * MS_PER_DAY;
}
