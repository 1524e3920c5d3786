import { fastInstantMs } from './fast-path.js';
import { parseFuzzyTime, parseFuzzyTimeGeneral, type FuzzyTime } from './fuzzy-time.js';
import { InvalidTimeError } from './invalid-time-error.js';

/**
 * Normalises an instant (a date-time with a zone, to the minute or finer) to
 * `YYYY-MM-DDThh:mm:ss.sssZ`, the form `recordedAt` is stored and hashed in.
 *
 * @throws {InvalidTimeError} for a date without a time, a time without a zone, or any non-instant.
 * @example
 * normalizeInstant('2025-12-30T01:00+01:00'); //=> '2025-12-30T00:00:00.000Z'
 */
export function normalizeInstant(text: string): string {
  // Stored events are already canonical, so that case returns its input: a valid canonical instant
  // (years 0000–9999) is exactly what toISOString would print for it.
  if (typeof text === 'string') {
    const ms = fastInstantMs(text);
    if (!Number.isNaN(ms)) return text.length === 24 ? text : new Date(ms).toISOString();
  }
  return new Date(instantStart(text, parseFuzzyTime)).toISOString();
}

/**
 * Epoch milliseconds of an instant, accepting and rejecting exactly what {@link normalizeInstant}
 * does: `instantMs(t) === Date.parse(normalizeInstant(t))`, without building or re-reading the string.
 *
 * @throws {InvalidTimeError} as {@link normalizeInstant} does.
 * @example
 * instantMs('2025-12-30T01:00+01:00') === Date.UTC(2025, 11, 30); //=> true
 */
export function instantMs(text: string): number {
  if (typeof text === 'string') {
    const ms = fastInstantMs(text);
    if (!Number.isNaN(ms)) return ms;
  }
  return instantStart(text, parseFuzzyTime);
}

/**
 * {@link normalizeInstant} on the general parser only, without the fast path: internal, kept
 * reachable as the oracle the fast path is tested against.
 *
 * @example
 * normalizeInstantGeneral('2025-12-30T01:00+01:00'); //=> '2025-12-30T00:00:00.000Z'
 */
export function normalizeInstantGeneral(text: string): string {
  return new Date(instantStart(text, parseFuzzyTimeGeneral)).toISOString();
}

function instantStart(text: string, parse: (text: string) => FuzzyTime): number {
  const time = parse(text);
  if (
    time.precision === 'interval' ||
    time.precision === 'year' ||
    time.precision === 'month' ||
    time.precision === 'day'
  ) {
    const suggestion =
      time.precision === 'day' ? `write '${text}T00:00:00Z' for the start of that day, UTC` : undefined;
    throw new InvalidTimeError(text, 'an instant needs a time of day and a zone', suggestion);
  }
  return time.start;
}
