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

/** The unit of a point in time, as {@link utcText} prints it and a stated form records it: a year. */
export const YEAR = 1;
/** A month. */
export const MONTH = 2;
/** A day. */
export const DAY = 3;
/** A minute (`…Thh:mmZ`). */
export const MINUTE = 4;
/** A second (`…Thh:mm:ssZ`). */
export const SECOND = 5;
/** A millisecond (`…Thh:mm:ss.sssZ`). */
export const MILLISECOND = 6;

/**
 * The UTC text of an instant to the given unit, as `toISOString` prints it cut to that unit (`YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`, `…Thh:mmZ`, `…Thh:mm:ssZ`, `…Thh:mm:ss.sssZ`) for years 0000–9999, by the
 * inverse of {@link daysFromCivil}: answers print a `since` for every cell, and a Date and its ISO string
 * per cell cost more than the rest of the cell.
 *
 * @param unit {@link YEAR} … {@link MILLISECOND}.
 * @example
 * utcText(Date.UTC(2025, 11, 31, 23, 59), 4); //=> '2025-12-31T23:59Z'
 */
export function utcText(ms: number, unit: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  // Howard Hinnant's civil-from-days: count from 0000-03-01 in 400-year eras.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  let text = pad(year, 4);
  if (unit === YEAR) return text;
  text += `-${pad(month, 2)}`;
  if (unit === MONTH) return text;
  text += `-${pad(day, 2)}`;
  if (unit === DAY) return text;
  const inDay = ms - days * MS_PER_DAY;
  text += `T${pad(Math.floor(inDay / 3_600_000), 2)}:${pad(Math.floor(inDay / 60_000) % 60, 2)}`;
  if (unit === MINUTE) return `${text}Z`;
  text += `:${pad(Math.floor(inDay / 1000) % 60, 2)}`;
  if (unit === SECOND) return `${text}Z`;
  return `${text}.${pad(inDay % 1000, 3)}Z`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
