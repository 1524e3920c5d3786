// Every refusal of the time rules (docs/design.md §2), pinned whole: which texts are refused, with which
// rule and suggestion, and the offsets that are accepted at the very edge of the range. The expected
// messages and instants are written out here, not read from the parser: a changed word, a bound moved by
// one or a regular expression that lost an anchor fails a case.
import { describe, expect, it } from 'vitest';
import { fuzzyTimeBounds, type InvalidTimeError, parseFuzzyTime, queryBound } from '../../src/index.js';
import { instantMs, normalizeInstant } from '../../src/time/index.js';

const SHAPES = 'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]]Z (or ±hh:mm), or A/B';

function refusal(run: () => unknown): { input: string; rule: string; suggestion: string | undefined } {
  try {
    run();
  } catch (error) {
    // By name: under the `dist` project the public functions come from the bundle and `normalizeInstant`
    // from src/, each with its own class.
    if (!(error instanceof Error) || error.name !== 'InvalidTimeError') throw error;
    const { input, rule, suggestion } = error as InvalidTimeError;
    const whole = `invalid time '${input}': ${rule}${suggestion === undefined ? '' : ` (${suggestion})`}`;
    expect(error.message).toBe(whole);
    return { input, rule, suggestion };
  }
  throw new Error('the time was accepted');
}

/** Both readers of a fuzzy time refuse `text` with `rule` and `suggestion`. */
function expectRefused(text: string, rule: string, suggestion: string | undefined): void {
  expect(refusal(() => parseFuzzyTime(text))).toEqual({ input: text, rule, suggestion });
  // The bounds-only reader refuses exactly the same way.
  expect(refusal(() => fuzzyTimeBounds(text, { start: 0, end: 0 }))).toEqual({ input: text, rule, suggestion });
}

describe('a fuzzy time is refused with the rule it broke', () => {
  it.each([
    ['2025-12-28T14:00:60Z', 'second 60 does not exist (seconds run 00 to 59)', undefined],
    ['2025-12-28T14:00:60+01:00', 'second 60 does not exist (seconds run 00 to 59)', undefined],
    ['2025-12-28T14:00+24:00', "offset '+24:00' does not exist", undefined],
    ['2025-12-28T14:00-23:60', "offset '-23:60' does not exist", undefined],
    ['2025-12-28t14:00Z', "'2025-12-28t14:00Z' must separate date and time with a capital 'T'", SHAPES],
    ['2025-12-28 14:00Z', "'2025-12-28 14:00Z' must separate date and time with a capital 'T'", SHAPES],
    ['12025-12-28 14:00Z', "'12025-12-28 14:00Z' is not a fuzzy time", SHAPES],
    ['2025-12-28T14:00+0200', "offset in '2025-12-28T14:00+0200' needs a colon, as ±hh:mm", SHAPES],
    ['2025-12-28T14:00:30-0500', "offset in '2025-12-28T14:00:30-0500' needs a colon, as ±hh:mm", SHAPES],
    ['2025-12-28T14:00:30.55+0200', "offset in '2025-12-28T14:00:30.55+0200' needs a colon, as ±hh:mm", SHAPES],
    ['x2025-12-28T14:00+0200', "'x2025-12-28T14:00+0200' is not a fuzzy time", SHAPES],
    ['2025-12-28T14:00+02000', "'2025-12-28T14:00+02000' is not a fuzzy time", SHAPES],
    [
      '2025-12-28T14:00:00.1234Z',
      "'2025-12-28T14:00:00.1234Z' has more than three digits of fractional seconds",
      SHAPES,
    ],
    ['x2025-12-28T14:00:00.1234Z', "'x2025-12-28T14:00:00.1234Z' is not a fuzzy time", SHAPES],
    ['2025-12-28T14:00:00.12Q', "'2025-12-28T14:00:00.12Q' is not a fuzzy time", SHAPES],
    ['31.12.2025', "'31.12.2025' is not in year-first ISO form", SHAPES],
    ['1-2-25', "'1-2-25' is not in year-first ISO form", SHAPES],
    ['x1.12.2025', "'x1.12.2025' is not a fuzzy time", SHAPES],
    ['31.12.20255', "'31.12.20255' is not a fuzzy time", SHAPES],
    ['', 'empty time', SHAPES],
    [' 2025', "' 2025' has white space around it", SHAPES],
  ])('%j', expectRefused);

  it.each([
    // A day-first date with slashes is one date, not an interval of its parts.
    ['31/12/2025', "'31/12/2025' is not in year-first ISO form", SHAPES],
    ['1/2/25', "'1/2/25' is not in year-first ISO form", SHAPES],
    // Without the whole day-first shape, the slash is an interval and its first part is blamed.
    ['x1/2/2025', "'x1' is not a fuzzy time", SHAPES],
    ['1/2/20255', "'1' is not a fuzzy time", SHAPES],
    ['123/2/2025', "'123' is not a fuzzy time", SHAPES],
    ['1/234/2025', "'1' is not a fuzzy time", SHAPES],
    ['1/2/2', "'1' is not a fuzzy time", SHAPES],
    [
      '2025-05/2025-04',
      "interval ends before it starts: '2025-04' ends at or before '2025-05' begins",
      'write the earlier time first, as A/B',
    ],
  ])('%j (with a slash)', expectRefused);

  it('a time that is not a string is refused as such, by every reader', () => {
    const rule = 'a fuzzy time must be a string';
    expect(refusal(() => parseFuzzyTime(2025 as never))).toEqual({ input: '2025', rule, suggestion: undefined });
    expect(refusal(() => fuzzyTimeBounds(2025 as never, { start: 0, end: 0 }))).toEqual({
      input: '2025',
      rule,
      suggestion: undefined,
    });
    expect(refusal(() => queryBound(2025 as never))).toEqual({ input: '2025', rule, suggestion: undefined });
    expect(refusal(() => normalizeInstant(2025 as never))).toEqual({ input: '2025', rule, suggestion: undefined });
  });
});

describe('offsets at the edge of their range', () => {
  it.each([
    // +23:59 is the largest offset there is: local 14:00 is 14:01 UTC of the day before.
    ['2025-12-28T14:00+23:59', Date.UTC(2025, 11, 27, 14, 1)],
    ['2025-12-28T14:00-23:59', Date.UTC(2025, 11, 29, 13, 59)],
    // Half-hour offsets: the minutes count with the hours' sign.
    ['2025-12-28T14:00+05:30', Date.UTC(2025, 11, 28, 8, 30)],
    ['2025-12-28T14:00-05:30', Date.UTC(2025, 11, 28, 19, 30)],
    ['2025-12-28T14:00:59.5-00:01', Date.UTC(2025, 11, 28, 14, 1, 59, 500)],
  ])('%s starts at the UTC instant it names', (text, start) => {
    expect(parseFuzzyTime(text).start).toBe(start);
    expect(instantMs(text)).toBe(start);
    expect(normalizeInstant(text)).toBe(new Date(start).toISOString());
  });
});

describe('an instant needs a time of day and a zone', () => {
  const rule = 'an instant needs a time of day and a zone';
  it.each([
    ['2025', undefined],
    ['2025-12', undefined],
    ['2025-12-28', "write '2025-12-28T00:00:00Z' for the start of that day, UTC"],
    ['2025-12-28T10:00Z/2025-12-28T11:00Z', undefined],
    ['2025-12-27/2025-12-28', undefined],
  ])('%s is refused', (text, suggestion) => {
    expect(refusal(() => normalizeInstant(text))).toEqual({ input: text, rule, suggestion });
    expect(refusal(() => instantMs(text))).toEqual({ input: text, rule, suggestion });
  });
});
