// The calendar module is the one answer both time parsers take for "does this date exist, and where does it
// fall", so the fast-path oracle test cannot catch a mistake in it. Here it is held against an independent
// calendar, the Date object's (set with setUTCFullYear, which keeps years 0–99 as written), on the edges of
// months, leap years and eras (test/internals/calendar-days.test.ts walks every day of the four-digit years).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property.js';
import { civilMs, daysFromCivil, daysInMonth, isCalendarDate, isLeapYear, utcText } from '../../src/time/calendar.js';
import { DAY, dateUtc } from '../support/date-oracle.js';

describe('the calendar agrees with Date on the edges of years 0000–9999', () => {
  it('month lengths and leap years, and months past their last day, are what Date says', () => {
    for (const year of [0, 1, 4, 99, 100, 400, 1582, 1900, 2000, 2023, 2024, 2025, 2100, 9999]) {
      expect(isLeapYear(year), String(year)).toBe(new Date(dateUtc(year, 2, 29)).getUTCMonth() === 1);
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(dateUtc(year, month + 1, 0)).getUTCDate());
        for (const day of [1, daysInMonth(year, month)]) {
          expect(daysFromCivil(year, month, day), `${year}-${month}-${day}`).toBe(dateUtc(year, month, day) / DAY);
        }
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const exists = new Date(dateUtc(year, month, day)).getUTCDate() === day;
          expect(isCalendarDate(year, month, day), `${year}-${month}-${day}`).toBe(exists);
        }
      }
      expect(isCalendarDate(year, 0, 1)).toBe(false);
      expect(isCalendarDate(year, 13, 1)).toBe(false);
      expect(civilMs(year, 13, 1), String(year)).toBe(dateUtc(year + 1, 1, 1));
    }
  });
});

describe('utcText prints an instant as toISOString does, cut to a unit', () => {
  const cut = [0, 4, 7, 10, 16, 19, 23];
  it('on any instant of years 0000–9999, at every unit (seed 1129)', () => {
    checkProperty(
      fc.property(
        fc.integer({ min: dateUtc(0, 1, 1), max: dateUtc(10000, 1, 1) - 1 }),
        fc.integer({ min: 1, max: 6 }),
        (ms, unit) => {
          const iso = new Date(ms).toISOString();
          const expected = unit <= 3 ? iso.slice(0, cut[unit]) : `${iso.slice(0, cut[unit])}Z`;
          expect(utcText(ms, unit)).toBe(expected);
        },
      ),
      { seed: 1129, numRuns: 5000 },
    );
  });

  it('on the edges of days, months, leap days and eras', () => {
    for (const [y, m, d] of [
      [0, 1, 1],
      [0, 2, 29],
      [1600, 3, 1],
      [1900, 2, 28],
      [1970, 1, 1],
      [2000, 2, 29],
      [2100, 3, 1],
      [9999, 12, 31],
    ] as const) {
      for (const offset of [-1, 0, 1, 86_399_999]) {
        const ms = dateUtc(y, m, d) + offset;
        if (ms < dateUtc(0, 1, 1)) continue;
        expect(utcText(ms, 6)).toBe(new Date(ms).toISOString());
      }
    }
  });
});
