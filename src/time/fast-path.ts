// Hand-written readers for the shapes that dominate real streams: UTC times with no offset, and
// intervals of them. Ingest reads one recordedAt and one statedAt per event, mostly distinct strings,
// so a regular expression and a Date per call would be a visible share of `Ledger.from`.
// These functions only ever answer for text they fully recognise as valid; for anything else they
// return `undefined`, false or NaN and the caller takes the general path, which owns every error message.
// test/internals/time-fast-path.test.ts checks them against the general path as an oracle.
import { civilMs, isCalendarDate, MS_PER_DAY } from './calendar.js';
import type { FuzzyTime, TimePrecision, TimeUnit } from './fuzzy-time.js';

const DASH = 45;
const COLON = 58;
const DOT = 46;
const T = 84;
const Z = 90;

/** Where the bounds of a time are written: `start` and `end` in epoch milliseconds. */
interface Bounds {
  start: number;
  end: number;
}

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
  // The result is filled in place and frozen once read: one object per call.
  const time: { text: string; start: number; end: number; precision: TimePrecision } = {
    text,
    start: 0,
    end: 0,
    precision: 'interval',
  };
  const slash = text.indexOf('/');
  if (slash === -1) {
    const unit = readPoint(text, time);
    if (unit === undefined) return undefined;
    time.precision = unit;
  } else if (!fastIntervalBoundsInto(text, slash, time)) {
    return undefined;
  }
  return Object.freeze(time);
}

/**
 * Writes `start` and `end` of a UTC point (`YYYY` … `YYYY-MM-DDThh:mm[:ss[.sss]]Z`) into `into` and
 * returns true, allocating nothing; false (and `into` unchanged) for anything else, left to the general path.
 *
 * @example
 * const bounds = { start: 0, end: 0 };
 * fastBoundsInto('2025-02', bounds) && bounds.end === Date.UTC(2025, 2, 1); //=> true
 */
export function fastBoundsInto(text: string, into: Bounds): boolean {
  return readPoint(text, into) !== undefined;
}

/**
 * Writes `start` and `end` of an interval `A/B` of two UTC points (slash at `slash`) into `into` and returns
 * true, allocating no result; false for anything else (an interval that ends before it starts included),
 * with `into` then holding nothing meaningful.
 *
 * @example
 * const bounds = { start: 0, end: 0 };
 * fastIntervalBoundsInto('2025-12-20/2025-12-31', 10, bounds) && bounds.end === Date.UTC(2026, 0, 1); //=> true
 */
export function fastIntervalBoundsInto(text: string, slash: number, into: Bounds): boolean {
  if (readPoint(text.slice(0, slash), into) === undefined) return false;
  const start = into.start;
  if (readPoint(text.slice(slash + 1), into) === undefined || !(into.end > start)) return false;
  into.start = start;
  return true;
}

/** Reads a UTC point into `into` and returns its unit; `undefined` (and `into` unchanged) for anything else. */
function readPoint(text: string, into: Bounds): TimeUnit | undefined {
  const length = text.length;
  let start: number;
  let end: number;
  let unit: TimeUnit;
  if (length === 4) {
    const year = digits(text, 0, 4);
    if (year < 0) return undefined;
    start = civilMs(year, 1, 1);
    end = civilMs(year + 1, 1, 1);
    unit = 'year';
  } else if (length === 7) {
    const year = digits(text, 0, 4);
    const month = text.charCodeAt(4) === DASH ? digits(text, 5, 2) : -1;
    if (year < 0 || month < 1 || month > 12) return undefined;
    start = civilMs(year, month, 1);
    end = civilMs(year, month + 1, 1);
    unit = 'month';
  } else if (length === 10) {
    start = dateMs(text);
    if (Number.isNaN(start)) return undefined;
    end = start + MS_PER_DAY;
    unit = 'day';
  } else {
    start = fastInstantMs(text);
    if (Number.isNaN(start)) return undefined;
    // fastInstantMs accepted it, so its length says which unit its last field is.
    if (length === 17) {
      end = start + 60_000;
      unit = 'minute';
    } else if (length === 20) {
      end = start + 1000;
      unit = 'second';
    } else {
      end = start + 1;
      unit = 'millisecond';
    }
  }
  into.start = start;
  into.end = end;
  return unit;
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
  if (year < 0 || !isCalendarDate(year, month, day)) return NaN;
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
