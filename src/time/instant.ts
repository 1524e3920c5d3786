import { parseFuzzyTime } from './fuzzy-time.js';
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
  const time = parseFuzzyTime(text);
  if (time.precision === 'interval' || time.precision === 'year' || time.precision === 'month' || time.precision === 'day') {
    const suggestion = time.precision === 'day' ? `write '${text}T00:00:00Z' for the start of that day, UTC` : undefined;
    throw new InvalidTimeError(text, 'an instant needs a time of day and a zone', suggestion);
  }
  return new Date(time.start).toISOString();
}
