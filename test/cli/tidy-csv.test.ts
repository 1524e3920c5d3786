// The tidy CSV of every query command, parsed back: dates as dates, numbers as numbers, one value a
// cell but for lists joined by ';'. The data is the hand-made dataset of support/hand-made.ts.
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt, positions } from './support/cli.js';
import { csvObjects } from './support/csv-parse.js';
import { handMadeFolder } from './support/hand-made.js';

let folder: string;
beforeAll(() => {
  ensureCliBuilt();
  folder = handMadeFolder();
});

const csv = (...args: string[]) => {
  const run = positions([...args, '--data', folder, '--format', 'csv']);
  expect(run.code, run.stderr).toBe(0);
  return csvObjects(run.stdout);
};
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

describe('stances', () => {
  const rows = () => csv('stances');

  test('since_start and since_end are the first and last day the fuzzy since may be', () => {
    // By hand from §2.2: a month is all its days, an interval runs from its first day to its last.
    expect(rows().map((r) => [r['party'], r['issue'], r['since'], r['since_start'], r['since_end']])).toEqual([
      ['east', 'truce', '2025-07/2025-08-15', '2025-07-01', '2025-08-15'],
      ['league', 'truce', '2025-04-01', '2025-04-01', '2025-04-01'],
      ['monitor', 'truce', '2025-05-11', '2025-05-11', '2025-05-11'],
      ['north', 'border', '2025-05-20/2025-05-25', '2025-05-20', '2025-05-25'],
      ['north', 'truce', '2025-03', '2025-03-01', '2025-03-31'],
      ['south', 'border', '2025-05-21', '2025-05-21', '2025-05-21'],
      ['south', 'truce', '2025-05-10', '2025-05-10', '2025-05-10'],
    ]);
  });

  test('dates parse as dates, with since_start <= since_end, and at as a date', () => {
    for (const row of rows()) {
      for (const key of ['since_start', 'since_end', 'at']) {
        expect(row[key]).toMatch(ISO_DAY);
        expect(Number.isNaN(asDate(row[key] as string).getTime())).toBe(false);
      }
      expect(asDate(row['since_start'] as string) <= asDate(row['since_end'] as string)).toBe(true);
      expect(row['at']).toBe('2025-08-15');
      expect(row['known_at']).toBe('');
    }
  });

  test('numbers parse as numbers: value, and terms given as numbers in term_<key>', () => {
    const parsed = rows();
    expect(parsed.map((r) => Number(r['value']))).toEqual([-1, 1, 1, 1, 1, 1, -1]);
    // `km` is declared by the vocabulary, so its column is there; 20 for north (s7), 7 for south (s8c).
    expect(parsed.map((r) => r['term_km'])).toEqual(['', '', '', '20', '', '7', '']);
    for (const r of parsed) if (r['term_km'] !== '') expect(Number.isFinite(Number(r['term_km']))).toBe(true);
    expect(Object.keys(parsed[0] ?? {})).not.toContain('terms');
  });

  test('several values are joined by ;', () => {
    const north = rows().find((r) => r['party'] === 'north' && r['issue'] === 'truce');
    // s2's source, then its corroboration c1's (§3.6).
    expect(north?.['documents']).toBe('wire-2;paper-1');
    expect(north?.['statement']).toBe('s2');
  });

  test('--known-at fills known_at', () => {
    expect(new Set(csv('stances', '--known-at', '2025-06-15').map((r) => `${r['at']} ${r['known_at']}`))).toEqual(
      new Set(['2025-06-10 2025-06-15']),
    );
  });
});

describe('the other query commands', () => {
  test('timeline: since days, term_km as numbers, statements joined by ;', () => {
    expect(
      csv('timeline', '--party', 'north', '--issue', 'border').map((r) => [
        r['since_start'],
        r['since_end'],
        r['term_km'],
        r['statements'],
      ]),
    ).toEqual([
      ['2025-03-20', '2025-03-20', '10', 's6'],
      ['2025-05-20', '2025-05-25', '20', 's7'],
    ]);
  });

  test('diff: from, to, values and terms on both sides', () => {
    // Between the end of April and the end of May: north's border terms 10 → 20 km; south's border
    // appears (s8c, 7 km); south's truce rejects → opposes; the monitor's truce appears.
    expect(
      csv('diff', '--from', '2025-04', '--to', '2025-05').map((r) => [
        r['from'],
        r['to'],
        r['party'],
        r['issue'],
        r['before_value'],
        r['after_value'],
        r['before_term_km'],
        r['after_term_km'],
      ]),
    ).toEqual([
      ['2025-04', '2025-05', 'monitor', 'truce', '', '1', '', ''],
      ['2025-04', '2025-05', 'north', 'border', '1', '1', '10', '20'],
      ['2025-04', '2025-05', 'south', 'border', '', '1', '', '7'],
      ['2025-04', '2025-05', 'south', 'truce', '-2', '-1', '', ''],
    ]);
  });

  test('divergence: at, and each stance with its value', () => {
    // States and blocs only (§6.4): the monitor is a commentator.
    expect(
      csv('divergence', '--issue', 'truce').map((r) => [r['at'], r['verdict'], r['spread'], r['party'], r['value']]),
    ).toEqual([
      ['2025-08-15', 'contested', '2', 'east', '-1'],
      ['2025-08-15', 'contested', '2', 'league', '1'],
      ['2025-08-15', 'contested', '2', 'north', '1'],
      ['2025-08-15', 'contested', '2', 'south', '-1'],
    ]);
  });

  test('alignment: at and known_at beside each pair', () => {
    const rows = csv(
      'alignment',
      '--at',
      '2025-05',
      '--known-at',
      '2025-05-31',
      '--party',
      'north',
      '--party',
      'south',
    );
    expect(rows.map((r) => [r['at'], r['known_at'], r['party_a'], r['party_b'], r['issue'], r['relation']])).toEqual([
      ['2025-05', '2025-05-31', 'north', 'south', 'border', 'agree'],
      ['2025-05', '2025-05-31', 'north', 'south', 'truce', 'disagree'],
    ]);
  });
});
