// Hand-written parsers for the shapes that dominate real streams: UTC times with no offset and no
// interval. Ingest parses one recordedAt and one statedAt per event, and most are distinct strings,
// so a regular expression, date-fns and Date objects per call were a visible share of `Ledger.from`.
// These functions only ever answer for text they fully recognise as valid; for anything else they
// return `undefined` / NaN and the caller takes the general path, which owns every error message.
// test/internals/time-fast-path.test.ts checks them against the general path as an oracle.
import type { FuzzyTime, TimeUnit } from './fuzzy-time.js';

const MS_PER_DAY = 86_400_000;
const DASH = 45;
const COLON = 58;
const DOT = 46;
const T = 84;
const Z = 90;

/**
 * The fuzzy time of `text` if it is `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.sss]]Z`,
 * or an interval `A/B` of two of them, and valid; `undefined` for anything else (offsets, invalid
 * dates, intervals that end before they start), left to the general path.
 *
 * @example
 * fastFuzzyTime('2025-02')?.end === Date.UTC(2025, 2, 1); //=> true
 * fastFuzzyTime('2025-02-30'); //=> undefined (the general path says why)
 */
export function fastFuzzyTime(text: string): FuzzyTime | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) {
    return readSpan(text)
      ? Object.freeze({ text, start: SPAN.start, end: SPAN.end, precision: SPAN.precision })
      : undefined;
  }
  // Intervals of days are a few percent of real statedAt and nearly all distinct, so no cache helps them.
  if (!fastIntervalBoundsInto(text, slash, INTERVAL)) return undefined;
  return Object.freeze({ text, start: INTERVAL.start, end: INTERVAL.end, precision: 'interval' });
}

/**
 * Writes `start` and `end` of a UTC point (`YYYY` … `YYYY-MM-DDThh:mm[:ss[.sss]]Z`) into `into` and
 * returns true, allocating nothing; false for anything else, left to the general path.
 *
 * @example
 * const bounds = { start: 0, end: 0 };
 * fastBoundsInto('2025-02', bounds) && bounds.end === Date.UTC(2025, 2, 1); //=> true
 */
export function fastBoundsInto(text: string, into: { start: number; end: number }): boolean {
  if (!readSpan(text)) return false;
  into.start = SPAN.start;
  into.end = SPAN.end;
  return true;
}

/**
 * Writes `start` and `end` of an interval `A/B` of two UTC points (slash at `slash`) into `into` and returns true,
 * allocating no result; false for anything else (an interval that ends before it starts included).
 *
 * @example
 * const bounds = { start: 0, end: 0 };
 * fastIntervalBoundsInto('2025-12-20/2025-12-31', 10, bounds) && bounds.end === Date.UTC(2026, 0, 1); //=> true
 */
export function fastIntervalBoundsInto(text: string, slash: number, into: { start: number; end: number }): boolean {
  if (!readSpan(text.slice(0, slash))) return false;
  const start = SPAN.start;
  if (!readSpan(text.slice(slash + 1)) || !(SPAN.end > start)) return false;
  into.start = start;
  into.end = SPAN.end;
  return true;
}

/** The last interval `fastFuzzyTime` read, before it is frozen into a result. */
const INTERVAL = { start: 0, end: 0 };

/** The last point `readSpan` read. One shared record, so reading a point allocates nothing. */
const SPAN: { start: number; end: number; precision: TimeUnit } = { start: 0, end: 0, precision: 'year' };

/** Reads a UTC point into `SPAN`; false (and `SPAN` unspecified) for anything else. */
function readSpan(text: string): boolean {
  const length = text.length;
  let start: number;
  let end: number;
  let precision: TimeUnit;
  if (length === 4) {
    const year = digits(text, 0, 4);
    if (year < 0) return false;
    start = civilMs(year, 1, 1);
    end = civilMs(year + 1, 1, 1);
    precision = 'year';
  } else if (length === 7) {
    const year = digits(text, 0, 4);
    const month = text.charCodeAt(4) === DASH ? digits(text, 5, 2) : -1;
    if (year < 0 || month < 1 || month > 12) return false;
    // Month 13 is January of the next year in civilMs's arithmetic: exactly "start of the next unit".
    start = civilMs(year, month, 1);
    end = civilMs(year, month + 1, 1);
    precision = 'month';
  } else if (length === 10) {
    start = dateMs(text);
    if (Number.isNaN(start)) return false;
    end = start + MS_PER_DAY;
    precision = 'day';
  } else {
    start = fastInstantMs(text);
    if (Number.isNaN(start)) return false;
    // fastInstantMs accepted it, so its length says which unit its last field is.
    if (length === 17) {
      end = start + 60_000;
      precision = 'minute';
    } else if (length === 20) {
      end = start + 1000;
      precision = 'second';
    } else {
      end = start + 1;
      precision = 'millisecond';
    }
  }
  SPAN.start = start;
  SPAN.end = end;
  SPAN.precision = precision;
  return true;
}

/**
 * Epoch milliseconds of `YYYY-MM-DDThh:mm[:ss[.sss]]Z` (1 to 3 fractional digits) if it is a valid
 * UTC instant; NaN for anything else, left to the general path.
 *
 * @example
 * fastInstantMs('2025-12-30T00:00:00.000Z') === Date.UTC(2025, 11, 30); //=> true
 * fastInstantMs('2025-12-30T01:00+01:00'); //=> NaN (offsets take the general path)
 */
export function fastInstantMs(text: string): number {
  const length = text.length;
  if (length !== 17 && length !== 20 && (length < 22 || length > 24)) return NaN;
  if (text.charCodeAt(length - 1) !== Z || text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON) return NaN;
  const day = dateMs(text);
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  if (Number.isNaN(day) || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NaN;
  let ms = day + (hours * 60 + minutes) * 60_000;
  if (length === 17) return ms;
  const seconds = text.charCodeAt(16) === COLON ? digits(text, 17, 2) : -1;
  if (seconds < 0 || seconds > 59) return NaN;
  ms += seconds * 1000;
  if (length === 20) return ms;
  // '.5' is 500 ms and '.05' is 50 ms: the digits are a decimal fraction, not a count.
  const fraction = text.charCodeAt(19) === DOT ? digits(text, 20, length - 21) : -1;
  if (fraction < 0) return NaN;
  return ms + fraction * (length === 22 ? 100 : length === 23 ? 10 : 1);
}

/** Epoch ms of the `YYYY-MM-DD` at the start of `text`, or NaN if it is not a calendar date. */
function dateMs(text: string): number {
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return civilMs(year, month, day);
}

/** The value of `count` ASCII digits at `at`, or -1 if any is not one (or is past the end). */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    // Written so that NaN (past the end) fails too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Epoch ms of 00:00 UTC on a proleptic Gregorian date (month 1–13, 13 meaning January of the next
 * year), by Howard Hinnant's days-from-civil: plain integer arithmetic, no Date, and years 0–99 stay
 * years 0–99 (Date.UTC would read them as 19xx).
 */
function civilMs(year: number, month: number, day: number): number {
  if (month > 12) return civilMs(year + 1, month - 12, day);
  // Count years from March, so the leap day is the last day of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719468 days from 0000-03-01 to 1970-01-01.
  return (era * 146097 + dayOfEra - 719468) * MS_PER_DAY;
}
