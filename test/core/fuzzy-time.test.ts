// Fuzzy time (docs/design.md §2.2): each form stands for [start, start + 1 unit) in UTC; A/B for [start(A), end(B));
// a query time q for the bound U(q) = end(q). Expected instants are written with Date.UTC, independently.
import { describe, expect, it } from 'vitest';
import { InvalidTimeError, Ledger, ValidationError, parseFuzzyTime, queryBound } from '../../src/index.js';
import { statement } from '../support/fixtures.js';

const U = Date.UTC;

function rejects(text: string, rule: RegExp): void {
  let error: unknown;
  try {
    parseFuzzyTime(text);
  } catch (caught) {
    error = caught;
  }
  expect(error, text).toBeInstanceOf(InvalidTimeError);
  expect((error as InvalidTimeError).message).toMatch(rule);
}

describe('fuzzy time: spans', () => {
  it.each([
    ['2025', U(2025, 0, 1), U(2026, 0, 1), 'year'],
    ['2025-01', U(2025, 0, 1), U(2025, 1, 1), 'month'],
    ['2025-02', U(2025, 1, 1), U(2025, 2, 1), 'month'],
    ['2024-02', U(2024, 1, 1), U(2024, 2, 1), 'month'],
    ['2025-12', U(2025, 11, 1), U(2026, 0, 1), 'month'],
    ['2025-04-30', U(2025, 3, 30), U(2025, 4, 1), 'day'],
    ['2025-12-31', U(2025, 11, 31), U(2026, 0, 1), 'day'],
    ['2025-01-31', U(2025, 0, 31), U(2025, 1, 1), 'day'],
    ['2024-02-29', U(2024, 1, 29), U(2024, 2, 1), 'day'],
    ['2000-02-29', U(2000, 1, 29), U(2000, 2, 1), 'day'],
    ['2025-12-28T14:00Z', U(2025, 11, 28, 14), U(2025, 11, 28, 14, 1), 'minute'],
    ['2025-12-28T14:00:30Z', U(2025, 11, 28, 14, 0, 30), U(2025, 11, 28, 14, 0, 31), 'second'],
    ['2025-12-28T14:00:30.5Z', U(2025, 11, 28, 14, 0, 30, 500), U(2025, 11, 28, 14, 0, 30, 501), 'millisecond'],
    ['2025-12-28T14:00:30.123Z', U(2025, 11, 28, 14, 0, 30, 123), U(2025, 11, 28, 14, 0, 30, 124), 'millisecond'],
    ['2025-12-28T14:00+02:00', U(2025, 11, 28, 12), U(2025, 11, 28, 12, 1), 'minute'],
    ['2025-12-31T23:30-05:00', U(2026, 0, 1, 4, 30), U(2026, 0, 1, 4, 31), 'minute'],
    ['2025-01-01T00:30+01:00', U(2024, 11, 31, 23, 30), U(2024, 11, 31, 23, 31), 'minute'],
  ])('%s stands for its whole unit', (text, start, end, precision) => {
    expect(parseFuzzyTime(text)).toMatchObject({ text, start, end, precision });
  });

  it.each([
    ['2025-03/2025-03', U(2025, 2, 1), U(2025, 3, 1)],
    ['2025-12-20/2025-12-31', U(2025, 11, 20), U(2026, 0, 1)],
    ['2024/2025-02', U(2024, 0, 1), U(2025, 2, 1)],
    ['2025-03-01T10:00Z/2025-03-01T10:00Z', U(2025, 2, 1, 10), U(2025, 2, 1, 10, 1)],
    ['2025-02-28/2025-03', U(2025, 1, 28), U(2025, 3, 1)],
  ])('interval %s runs from start(A) to end(B)', (text, start, end) => {
    expect(parseFuzzyTime(text)).toMatchObject({ start, end, precision: 'interval' });
  });
});

describe('fuzzy time: errors say which rule broke', () => {
  it.each([
    ['2025-02-29', /not a calendar date/],
    ['1900-02-29', /not a calendar date/],
    ['2025-02-30', /not a calendar date/],
    ['2025-04-31', /not a calendar date/],
    ['2025-13', /month 13 does not exist/],
    ['2025-00', /month 00 does not exist/],
    ['2025-12-28T14:00', /no zone/],
    ['2025-12-28T14:00:00.000', /no zone/],
    ['2025-12-28T24:00Z', /hour 24/],
    ['2025-12-28T14:60Z', /minute 60/],
    ['2025-12-28 14:00Z', /capital 'T'/],
    ['2025-12-28T14:00+0200', /colon/],
    ['2025-12-28T14:00:00.1234Z', /three digits/],
    ['31.12.2025', /year-first/],
    ['31/12/2025', /year-first/],
    ['', /empty/],
    ['2025-12-31/2025-12-01', /ends before it starts/],
    ['2026/2025', /ends before it starts/],
    ['yesterday', /not a fuzzy time/],
  ])('%s is rejected', (text, rule) => rejects(text, rule));

  it('an impossible statedAt in an event is a problem at its field path, with the rule', () => {
    const error = (() => {
      try {
        new Ledger().append([statement({ statedAt: '2025-02-30' })]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      expect.objectContaining({
        code: 'invalid-time',
        path: ['statedAt'],
        message: expect.stringMatching(/not a calendar date/),
      }),
    ]);
  });
});

describe('query bound U(q) = end(q)', () => {
  it.each([
    ['2025-12-31', U(2026, 0, 1)],
    ['2025-12', U(2026, 0, 1)],
    ['2025-02', U(2025, 2, 1)],
    ['2024-02', U(2024, 2, 1)],
    ['2024-02-28', U(2024, 1, 29)],
    ['2025-02-28', U(2025, 2, 1)],
    ['2025', U(2026, 0, 1)],
    ['2025-12-28T14:00Z', U(2025, 11, 28, 14, 1)],
    ['2025-12-28T14:00:59Z', U(2025, 11, 28, 14, 1)],
    ['2025-12-28T14:00:59.999Z', U(2025, 11, 28, 14, 1)],
  ])('%s', (query, bound) => {
    expect(queryBound(query)).toBe(bound);
  });

  it('a Date is the millisecond it holds', () => {
    expect(queryBound(new Date(U(2025, 11, 31, 23, 59, 59, 999)))).toBe(U(2026, 0, 1));
  });

  it('an interval or an invalid Date is not a query time', () => {
    expect(() => queryBound('2025-01/2025-02')).toThrow(InvalidTimeError);
    expect(() => queryBound(new Date(Number.NaN))).toThrow(InvalidTimeError);
    expect(() => new Ledger().at('2025-01/2025-02')).toThrow(ValidationError);
    expect(() => new Ledger().cell('a', 'b', { at: '2025-02-29' })).toThrow(ValidationError);
  });

  it('a statement said on a day counts all of that day, and only from that day', () => {
    const ledger = new Ledger();
    ledger.append([statement({ statedAt: '2025-12-31', recordedAt: '2025-12-31T18:00Z' })]);
    expect(ledger.cell('ukraine', 'nato', { at: '2025-12-30' })).toBeUndefined();
    expect(ledger.cell('ukraine', 'nato', { at: '2025-12-31' })?.tentative).toBe(false);
    // Asked at a minute inside that day, the statement may not have been made yet: tentative.
    expect(ledger.cell('ukraine', 'nato', { at: '2025-12-31T08:00Z' })?.tentative).toBe(true);
    expect(ledger.cell('ukraine', 'nato', { at: new Date(U(2025, 11, 31)) })?.tentative).toBe(true);
    expect(ledger.cell('ukraine', 'nato', { at: new Date(U(2025, 11, 30, 23, 59, 59, 999)) })).toBeUndefined();
    // Known at: recorded at 18:00 that day, so known "as of" the day but not as of its morning.
    expect(ledger.cell('ukraine', 'nato', { at: '2026', knownAt: '2025-12-31' })).toBeDefined();
    expect(ledger.cell('ukraine', 'nato', { at: '2026', knownAt: '2025-12-31T17:59Z' })).toBeUndefined();
    expect(ledger.cell('ukraine', 'nato', { at: '2026', knownAt: '2025-12-31T18:00Z' })).toBeDefined();
    expect(ledger.cell('ukraine', 'nato', { at: '2026', knownAt: '2025-12-31T20:00+02:00' })).toBeDefined();
    expect(ledger.cell('ukraine', 'nato', { at: '2026', knownAt: '2025-12-31T19:59:59.999+02:00' })).toBeUndefined();
  });

  it('recordedAt is stored normalised to UTC milliseconds whatever form it was written in', () => {
    const ledger = new Ledger();
    const [event] = ledger.append([statement({ recordedAt: '2025-04-23T02:00+02:00' })]).added;
    expect(event?.recordedAt).toBe('2025-04-23T00:00:00.000Z');
    expect(() => new Ledger().append([statement({ recordedAt: '2025-04-23' })])).toThrow(/time of day and a zone/);
  });
});

describe('years 0000–0099 (not read as 19xx)', () => {
  it.each([
    ['0050', Date.UTC(2050, 0, 1) - Date.UTC(2000, 0, 1), 'year'],
    ['0099-12', Date.UTC(2099, 11, 1) - Date.UTC(2000, 0, 1), 'month'],
    ['0004-02-29', Date.UTC(2004, 1, 29) - Date.UTC(2000, 0, 1), 'day'],
    ['0050-03-04T10:00Z', Date.UTC(2050, 2, 4, 10) - Date.UTC(2000, 0, 1), 'minute'],
  ])('%s starts in year %s', (text, offsetFrom2000, precision) => {
    // Years 2000 and 0 are both leap years 400·5 apart, so the offset from 1 January is the same.
    const yearZero = -62_167_219_200_000; // 0000-01-01T00:00:00Z, proleptic Gregorian
    const time = parseFuzzyTime(text);
    expect(time.start).toBe(yearZero + offsetFrom2000);
    expect(time.precision).toBe(precision);
    expect(new Date(time.start).toISOString().slice(0, 7)).toBe(`${text.slice(0, 4)}-${text.slice(5, 7) || '01'}`);
  });
  it('0001-02-29 does not exist (year 1 is not a leap year)', () => {
    expect(() => parseFuzzyTime('0001-02-29')).toThrow(/not a calendar date/);
  });
});
