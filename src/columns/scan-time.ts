// Fuzzy times and instants read straight from a line's bytes, for the line scanner: the UTC shapes
// real streams write (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.sss]]Z` and intervals
// `A/B` of them), with the calendar checks and arithmetic of src/time. Anything else (offsets, invalid
// dates, an interval that ends before it starts) is "not read" and its line takes the schema path, where
// parseFuzzyTime and normalizeInstant say what is wrong. test/columns/scan-time.test.ts checks the
// reader against those two as oracles.
import { civilMs, DAY, daysInMonth, MILLISECOND, MINUTE, MONTH, SECOND, YEAR } from '../time/calendar.js';
import { intervalForm, WRITTEN } from './stated-form.js';

const MS_PER_DAY = 86_400_000;
const QUOTE = 0x22;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;
const T = 0x54;
const Z = 0x5a;

// A point's form code is its unit (src/time/calendar.ts), and one more code for a point to the
// millisecond written with one or two fractional digits: valid, but its text does not rebuild from its
// bounds.
const SHORT_MILLISECOND = 7;

// The start of recently read months, by year and month: a stream's times cluster, so most times skip
// the calendar arithmetic. Direct-mapped, 256 entries.
const MONTHS = 256;

/**
 * Reads fuzzy times and instants from bytes, each in one pass up to its closing quote, into
 * {@link TimeReader.start} and {@link TimeReader.end}. Working memory of the line scanner: reading
 * allocates nothing.
 *
 * @example
 * const reader = new TimeReader();
 * const bytes = new TextEncoder().encode('"2025-02"');
 * reader.fuzzyTime(bytes, 1, 9); //=> 8 (its closing quote)
 * reader.form; //=> 2 (a month)
 * reader.end === Date.UTC(2025, 2, 1); //=> true
 */
export class TimeReader {
  /** The first millisecond of the last time read. */
  start = 0;
  /** The first millisecond after it. */
  end = 0;
  /** The form code of the last fuzzy time read (src/columns/stated-form.ts; 0 when kept as written). */
  form = 0;
  #after = 0;
  readonly #monthKeys = new Int32Array(MONTHS).fill(-1);
  readonly #monthStarts = new Float64Array(MONTHS);

  /**
   * Reads the fuzzy time whose text starts at `at` (after its opening quote) and returns the position
   * of its closing quote, or -1 when it is not a UTC point, or an interval of two, that
   * `parseFuzzyTime` accepts. Sets `start`, `end` and `form`.
   */
  fuzzyTime(bytes: Uint8Array, at: number, end: number): number {
    const first = this.#point(bytes, at, end);
    if (first === 0) return -1;
    let i = this.#after;
    if (i >= end) return -1;
    if (bytes[i] === QUOTE) {
      this.form = first === SHORT_MILLISECOND ? WRITTEN : first;
      return i;
    }
    if (bytes[i] !== SLASH) return -1;
    const start = this.start;
    const second = this.#point(bytes, i + 1, end);
    if (second === 0) return -1;
    i = this.#after;
    // An interval must end after it starts (parseFuzzyTime's rule).
    if (i >= end || bytes[i] !== QUOTE || !(this.end > start)) return -1;
    this.start = start;
    this.form = first === SHORT_MILLISECOND || second === SHORT_MILLISECOND ? WRITTEN : intervalForm(first, second);
    return i;
  }

  /**
   * Reads the instant whose text starts at `at` (after its opening quote), a
   * `YYYY-MM-DDThh:mm[:ss[.s{1,3}]]Z`, into `start` (what `instantMs` returns for it) and returns the
   * position of its closing quote, or -1 for anything else.
   */
  instant(bytes: Uint8Array, at: number, end: number): number {
    const unit = this.#point(bytes, at, end);
    const i = this.#after;
    return unit >= MINUTE && i < end && bytes[i] === QUOTE ? i : -1;
  }

  /** Reads one UTC point at `at` and returns its unit (0 for none), with #after just past it. */
  #point(bytes: Uint8Array, at: number, end: number): number {
    if (at + 4 >= end) return 0;
    const year = digits(bytes, at, 4);
    if (year < 0) return 0;
    if (bytes[at + 4] !== DASH) {
      this.start = this.#month(year, 1);
      this.end = this.#month(year + 1, 1);
      this.#after = at + 4;
      return YEAR;
    }
    if (at + 7 >= end) return 0;
    const month = digits(bytes, at + 5, 2);
    if (month < 1 || month > 12) return 0;
    if (bytes[at + 7] !== DASH) {
      this.start = this.#month(year, month);
      // Month 13 is January of the next year in civilMs's arithmetic: exactly "start of the next unit".
      this.end = this.#month(year, month + 1);
      this.#after = at + 7;
      return MONTH;
    }
    if (at + 10 >= end) return 0;
    const day = digits(bytes, at + 8, 2);
    if (day < 1 || day > daysInMonth(year, month)) return 0;
    const date = this.#month(year, month) + (day - 1) * MS_PER_DAY;
    if (bytes[at + 10] !== T) {
      this.start = date;
      this.end = date + MS_PER_DAY;
      this.#after = at + 10;
      return DAY;
    }
    if (at + 16 >= end || bytes[at + 13] !== COLON) return 0;
    const hours = digits(bytes, at + 11, 2);
    const minutes = digits(bytes, at + 14, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return 0;
    const minute = date + (hours * 60 + minutes) * 60_000;
    const next = bytes[at + 16];
    if (next === Z) return this.#unit(minute, 60_000, at + 17, MINUTE);
    if (next !== COLON || at + 19 >= end) return 0;
    const seconds = digits(bytes, at + 17, 2);
    if (seconds < 0 || seconds > 59) return 0;
    const second = minute + seconds * 1000;
    const after = bytes[at + 19];
    if (after === Z) return this.#unit(second, 1000, at + 20, SECOND);
    if (after !== DOT) return 0;
    // One to three digits of a decimal fraction: '.5' is 500 ms, '.05' is 50 ms.
    let i = at + 20;
    let fraction = 0;
    let scale = 100;
    for (; i < at + 23 && i < end; i++) {
      const digit = (bytes[i] as number) - 0x30;
      if (digit < 0 || digit > 9) break;
      fraction += digit * scale;
      scale /= 10;
    }
    if (i === at + 20 || i >= end || bytes[i] !== Z) return 0;
    return this.#unit(second + fraction, 1, i + 1, i === at + 23 ? MILLISECOND : SHORT_MILLISECOND);
  }

  #unit(start: number, length: number, after: number, unit: number): number {
    this.start = start;
    this.end = start + length;
    this.#after = after;
    return unit;
  }

  /** Epoch ms of the first of `month` (1–13) of `year`. */
  #month(year: number, month: number): number {
    const key = year * 16 + month;
    const slot = key & (MONTHS - 1);
    if (this.#monthKeys[slot] === key) return this.#monthStarts[slot] as number;
    const start = civilMs(year, month, 1);
    this.#monthKeys[slot] = key;
    this.#monthStarts[slot] = start;
    return start;
  }
}

/** The value of `count` ASCII digits at `at`, or -1 if any is not one. */
function digits(bytes: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = (bytes[i] as number) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
