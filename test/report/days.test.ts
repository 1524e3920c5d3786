// The report steps and counts days with date-fns on local midnights. The days it writes must not depend on
// the reader's time zone: here every function is run under zones with daylight-saving jumps at midnight
// (São Paulo, 2018), far from UTC (Kiritimati, UTC+14; Pago Pago, UTC−11) and at a half-hour offset
// (St John's), against plain UTC arithmetic.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, monthsBetween, startOfYearBefore } from '../../src/report/page/days.js';

const DAY = 86_400_000;
const ZONES = ['UTC', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns'];
const original = process.env['TZ'];

afterEach(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe.each(ZONES)('days in the zone %s', (zone) => {
  it('addDays and daysBetween step through 2016–2019 day by day as UTC arithmetic does', () => {
    process.env['TZ'] = zone;
    // The zone really is in force (São Paulo is behind UTC, Kiritimati ahead).
    if (zone !== 'UTC') expect(new Date(Date.UTC(2018, 0, 1)).getTimezoneOffset()).not.toBe(0);
    const first = '2016-01-01';
    const wrong: string[] = [];
    let day = first;
    for (let n = 1; n <= 4 * 366; n++) {
      const next = addDays(day, 1);
      if (next !== utcDay(utcMs(first) + n * DAY)) wrong.push(`${day} + 1 = ${next}`);
      if (daysBetween(first, next) !== n) wrong.push(`${first} to ${next}: ${daysBetween(first, next)}`);
      day = next;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(addDays('2018-11-04', -400)).toBe(utcDay(utcMs('2018-11-04') - 400 * DAY));
    expect(daysBetween('2019-03-01', '2018-03-01')).toBe(-365);
  });

  it('isDay takes exactly the real days written YYYY-MM-DD', () => {
    process.env['TZ'] = zone;
    for (const text of ['2018-11-04', '2024-02-29', '2025-12-31', '0025-03-01']) expect(isDay(text), text).toBe(true);
    for (const text of ['2025-02-29', '2025-13-01', '2025-2-3', '20251231', '2025-W01-1', '12/31/2025', '']) {
      expect(isDay(text), text).toBe(false);
    }
  });

  it('monthsBetween names each month that begins in the span, and startOfYearBefore finds 1 January', () => {
    process.env['TZ'] = zone;
    expect(monthsBetween('2018-10-15', '2019-02-01')).toEqual([
      { day: '2018-11-01', label: 'Nov' },
      { day: '2018-12-01', label: 'Dec' },
      { day: '2019-01-01', label: 'Jan 2019' },
      { day: '2019-02-01', label: 'Feb' },
    ]);
    expect(monthsBetween('2018-11-01', '2018-11-30').map((m) => m.day)).toEqual(['2018-11-01']);
    expect(startOfYearBefore('2025-12-31', 365)).toBe('2024-01-01');
    expect(startOfYearBefore('2025-01-01', 0)).toBe('2025-01-01');
  });
});
