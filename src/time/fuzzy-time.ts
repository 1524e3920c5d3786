import { civilMs, isCalendarDate, MS_PER_DAY } from './calendar.js';
import { fastBoundsInto, fastFuzzyTime, fastIntervalBoundsInto } from './fast-path.js';
import { InvalidTimeError } from './invalid-time-error.js';

/** The last field a fuzzy time names; it stands for one whole such unit. */
export type TimeUnit = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/**
 * How precise a fuzzy time is: its unit, or `interval` for `A/B`.
 *
 * @example
 * parseFuzzyTime('2025-12-20/2025-12-31').precision; //=> 'interval'
 */
export type TimePrecision = TimeUnit | 'interval';

/**
 * A parsed fuzzy time: the half-open UTC interval `[start, end)` it stands for (docs/design.md §2.2).
 *
 * @example
 * parseFuzzyTime('2025-12').precision; //=> 'month'
 */
export interface FuzzyTime {
  /** The text it was parsed from, unchanged. */
  readonly text: string;
  /** First millisecond of the interval (epoch milliseconds, UTC). */
  readonly start: number;
  /** First millisecond after the interval (exclusive). */
  readonly end: number;
  /** The unit of its last field, or `interval` for `A/B`. */
  readonly precision: TimePrecision;
}

const MS_PER_MINUTE = 60_000;

// One pattern per shape keeps each error message specific about which rule broke.
const POINT =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Parses a fuzzy time: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `YYYY-MM-DDThh:mm[:ss[.sss]]` with `Z` or `±hh:mm`, or an interval `A/B` of two of them.
 *
 * @throws {InvalidTimeError} naming the rule the text broke.
 * @example
 * parseFuzzyTime('2025-02');
 * //=> { text: '2025-02', start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 2, 1), precision: 'month' }
 * parseFuzzyTime('2025-12-20/2025-12-31').end === Date.UTC(2026, 0, 1); //=> true
 */
export function parseFuzzyTime(text: string): FuzzyTime {
  if (typeof text !== 'string') {
    throw new InvalidTimeError(String(text), 'a fuzzy time must be a string');
  }
  // The common UTC shapes are read by hand; the rest (offsets, errors) take the general path.
  return fastFuzzyTime(text) ?? parseGeneral(text);
}

/**
 * The bounds of a fuzzy time written into `into`: `parseFuzzyTime`'s `start` and `end` without a result
 * object for the common UTC points, for folds over millions of statements (an object per call keeps the
 * garbage collector busy).
 *
 * @throws {InvalidTimeError} as {@link parseFuzzyTime} does.
 * @example
 * const bounds = { start: 0, end: 0 };
 * fuzzyTimeBounds('2025-02', bounds);
 * bounds.end === Date.UTC(2025, 2, 1); //=> true
 */
export function fuzzyTimeBounds(text: string, into: { start: number; end: number }): void {
  if (typeof text === 'string') {
    if (fastBoundsInto(text, into)) return;
    // Intervals are a few percent of real statedAt and nearly all distinct: read them by hand too.
    const slash = text.indexOf('/');
    if (slash > 0 && fastIntervalBoundsInto(text, slash, into)) return;
  }
  const time = parseFuzzyTime(text);
  into.start = time.start;
  into.end = time.end;
}

/**
 * The general parser behind {@link parseFuzzyTime}, without its hand-written fast path:
 * internal, kept reachable as the oracle the fast path is tested against.
 *
 * @throws {InvalidTimeError} exactly as {@link parseFuzzyTime} does.
 * @example
 * parseFuzzyTimeGeneral('2025-02').end === parseFuzzyTime('2025-02').end; //=> true
 */
export function parseFuzzyTimeGeneral(text: string): FuzzyTime {
  if (typeof text !== 'string') {
    throw new InvalidTimeError(String(text), 'a fuzzy time must be a string');
  }
  return parseGeneral(text);
}

function parseGeneral(text: string): FuzzyTime {
  const slash = text.indexOf('/');
  if (slash === -1) return parsePoint(text, text);
  // "31/12/2025" is a day-first date, not an interval: say so rather than blame its first part.
  if (DAY_FIRST.test(text)) throw new InvalidTimeError(text, `'${text}' is not in year-first ISO form`, SHAPES_HINT);
  const from = parsePoint(text.slice(0, slash), text);
  const to = parsePoint(text.slice(slash + 1), text);
  if (!(to.end > from.start)) {
    throw new InvalidTimeError(
      text,
      `interval ends before it starts: '${to.text}' ends at or before '${from.text}' begins`,
      'write the earlier time first, as A/B',
    );
  }
  return Object.freeze({ text, start: from.start, end: to.end, precision: 'interval' });
}

function parsePoint(part: string, whole: string): FuzzyTime {
  const match = POINT.exec(part);
  if (!match) throw new InvalidTimeError(whole, describeShapeError(part), SHAPES_HINT);
  const [, y, mo, d, h, mi, s, ms, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) {
    throw new InvalidTimeError(whole, `month ${mo} does not exist (months run 01 to 12)`);
  }
  if (!isCalendarDate(year, month, day)) {
    throw new InvalidTimeError(whole, `${y}-${mo}-${d} is not a calendar date`);
  }
  const midnight = civilMs(year, month, day);
  if (h === undefined) {
    if (d !== undefined) return point(part, midnight, midnight + MS_PER_DAY, 'day');
    if (mo !== undefined) return point(part, midnight, civilMs(year, month + 1, 1), 'month');
    return point(part, midnight, civilMs(year + 1, 1, 1), 'year');
  }
  if (zone === undefined) {
    throw new InvalidTimeError(whole, `time '${part}' has no zone`, `add 'Z' for UTC or an offset such as '+02:00'`);
  }
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23) throw new InvalidTimeError(whole, `hour ${h} does not exist (hours run 00 to 23)`);
  if (minutes > 59) throw new InvalidTimeError(whole, `minute ${mi} does not exist (minutes run 00 to 59)`);
  if (seconds > 59) throw new InvalidTimeError(whole, `second ${s} does not exist (seconds run 00 to 59)`);
  const offset = parseOffset(zone, whole);
  const millis = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  const start = midnight + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis - offset;
  if (ms !== undefined) return point(part, start, start + 1, 'millisecond');
  if (s !== undefined) return point(part, start, start + 1000, 'second');
  return point(part, start, start + MS_PER_MINUTE, 'minute');
}

function parseOffset(zone: string, whole: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) throw new InvalidTimeError(whole, `offset '${zone}' does not exist`);
  return sign * (hours * 60 + minutes) * MS_PER_MINUTE;
}

function point(text: string, start: number, end: number, precision: TimeUnit): FuzzyTime {
  return Object.freeze({ text, start, end, precision });
}

const DAY_FIRST = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

const SHAPES_HINT = 'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]]Z (or ±hh:mm), or A/B';

function describeShapeError(part: string): string {
  if (part === '') return 'empty time';
  if (part !== part.trim()) return `'${part}' has white space around it`;
  if (/^\d{4}-\d{2}-\d{2}[ t]/.test(part)) return `'${part}' must separate date and time with a capital 'T'`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{4}$/.test(part)) {
    return `offset in '${part}' needs a colon, as ±hh:mm`;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{4,}/.test(part)) {
    return `'${part}' has more than three digits of fractional seconds`;
  }
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(part)) return `'${part}' is not in year-first ISO form`;
  return `'${part}' is not a fuzzy time`;
}
