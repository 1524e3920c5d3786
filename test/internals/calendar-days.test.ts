// The calendar against the Date object's, day by day over the four-digit years: every date it accepts is
// the day after the one before, where Date puts it. A test of its own because it takes minutes under
// mutation testing's instrumentation, for every calendar mutant (vitest.mutation.config.ts leaves it out;
// test/internals/calendar.test.ts, which it runs, checks the edges).
import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth } from '../../src/time/calendar.js';
import { DAY, dateUtc } from '../support/date-oracle.js';

describe('the calendar agrees with Date on years 0000–9999', () => {
  it('day by day: every date it accepts is the next day after the one before, and Date puts it there', () => {
    let expected = dateUtc(0, 1, 1) / DAY;
    let days = 0;
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = daysInMonth(year, month);
        // The first day past the month's end must be where Date rolls over to the next month.
        if (dateUtc(year, month, length + 1) !== dateUtc(year, month + 1, 1)) wrong.push(`${year}-${month} length`);
        for (let day = 1; day <= length; day++) {
          if (daysFromCivil(year, month, day) !== expected) wrong.push(`${year}-${month}-${day}`);
          expected++;
          days++;
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(expected).toBe(dateUtc(10000, 1, 1) / DAY);
    // 10,000 years of the Gregorian cycle: 25 cycles of 146,097 days.
    expect(days).toBe(25 * 146_097);
  });
});
