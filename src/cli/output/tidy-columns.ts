import { parseFuzzyTime, type Terms } from '../../index.js';

// The tidy CSV of the query commands (docs/cli.md): dates a spreadsheet, pandas or R reads as dates,
// numbers as numbers, one value per cell but for lists joined by `;`.

/**
 * The first and the last day (`YYYY-MM-DD`, UTC) a fuzzy time may fall on, both inclusive: the days
 * holding the first and the last instant of its interval (docs/design.md §2.2).
 *
 * @example
 * sinceDays('2025-03'); //=> ['2025-03-01', '2025-03-31']
 * sinceDays('2025-12-06/2025-12-07'); //=> ['2025-12-06', '2025-12-07']
 */
export function sinceDays(since: string): [start: string, end: string] {
  const { start, end } = parseFuzzyTime(since);
  return [utcDay(start), utcDay(end - 1)];
}

/**
 * {@link sinceDays} remembering its answers, for one command's rows: a panel repeats the same `since`
 * on every period, and writing a day is what a panel's CSV spends most of its time on otherwise.
 * The memory lives as long as the function returned.
 *
 * @example
 * const days = sinceDaysMemo();
 * days('2025-03'); //=> ['2025-03-01', '2025-03-31']
 */
export function sinceDaysMemo(): (since: string) => [start: string, end: string] {
  const known = new Map<string, [string, string]>();
  return (since) => {
    let days = known.get(since);
    if (days === undefined) {
      days = sinceDays(since);
      known.set(since, days);
    }
    return days;
  };
}

/**
 * The term keys that get a `term_<key>` column: those the vocabulary declares for the issues asked
 * about, and any other a row holds, sorted; so one question asked at several dates has one set of columns.
 *
 * @example
 * termKeys([{ durationYears: 15 }, undefined], ['durationYears', 'forceSize']); //=> ['durationYears', 'forceSize']
 */
export function termKeys(rows: Iterable<Terms | undefined>, declared: Iterable<string> = []): string[] {
  const keys = new Set(declared);
  for (const terms of rows) if (terms !== undefined) for (const key of Object.keys(terms)) keys.add(key);
  return [...keys].sort();
}

/**
 * A row's `term_<key>` cells, in the order of `keys`: a number stays a number, a string a string; a
 * term the row does not have is an empty cell.
 *
 * @example
 * termCells({ durationYears: 15 }, ['durationYears', 'forceSize']); //=> [15, '']
 */
export function termCells(terms: Terms | undefined, keys: readonly string[]): (string | number | boolean)[] {
  return keys.map((key) => terms?.[key] ?? '');
}

/**
 * The header cells for `keys`, each prefixed: `term_durationYears`, or `before_term_durationYears` for diff.
 *
 * @example
 * termHeaders(['durationYears']); //=> ['term_durationYears']
 */
export function termHeaders(keys: readonly string[], prefix = ''): string[] {
  return keys.map((key) => `${prefix}term_${key}`);
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
