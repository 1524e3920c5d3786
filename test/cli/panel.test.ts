// Panels: `stances --from A --to B --every day|month|year` is one `stances` answer per period, on the
// hand-made dataset of support/hand-made.ts (expected values worked out by hand, docs/design.md §3).
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt, positions, positionsJson } from './support/cli.js';
import { csvObjects } from './support/csv-parse.js';
import { tableRows } from './support/expected.js';
import { handMadeFolder } from './support/hand-made.js';

let folder: string;
beforeAll(() => {
  ensureCliBuilt();
  folder = handMadeFolder();
});

interface Answer {
  at: string;
  knownAt: string | null;
  stances: { party: string; issue: string; stance: string; since: string; tentative: boolean }[];
}

describe('a panel', () => {
  test('its rows equal one stances call per period, in every format', () => {
    const months = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'];
    const panel = positionsJson([
      'stances',
      '--data',
      folder,
      '--from',
      '2025-03',
      '--to',
      '2025-08',
      '--every',
      'month',
    ]) as {
      panel: Answer[];
    };
    expect(Object.keys(panel)).toEqual(['panel']);
    expect(panel.panel.map((p) => p.at)).toEqual(months);
    const single = months.map((at) => positionsJson(['stances', '--data', folder, '--at', at]) as Answer);
    expect(panel.panel).toStrictEqual(single);

    const csv = csvObjects(
      positions([
        'stances',
        '--data',
        folder,
        '--from',
        '2025-03',
        '--to',
        '2025-08',
        '--every',
        'month',
        '--format',
        'csv',
      ]).stdout,
    );
    const singleCsv = months.flatMap((at) =>
      csvObjects(positions(['stances', '--data', folder, '--at', at, '--format', 'csv']).stdout),
    );
    expect(csv).toEqual(singleCsv);

    const table = tableRows(
      positions(['stances', '--data', folder, '--from', '2025-03', '--to', '2025-08', '--every', 'month']).stdout,
      'AT',
    );
    expect(table.map((r) => r.slice(0, 4))).toEqual(
      single.flatMap((a) => a.stances.map((s) => [a.at, s.party, s.issue, s.stance])),
    );
  });

  test('a month row is as of the end of that month: hand-checked rows', () => {
    const panel = (
      positionsJson([
        'stances',
        '--data',
        folder,
        '--from',
        '2025-03-15',
        '--to',
        '2025-07-02',
        '--every',
        'month',
      ]) as {
        panel: Answer[];
      }
    ).panel;
    // From the month holding 15 March to the month holding 2 July.
    expect(panel.map((p) => p.at)).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07']);
    const cell = (at: string, party: string, issue: string) =>
      panel.find((p) => p.at === at)?.stances.find((s) => s.party === party && s.issue === issue);
    // March: only s1 for north's truce; s4 for south's.
    expect(panel[0]?.stances.map((s) => `${s.party}/${s.issue}`)).toEqual([
      'north/border',
      'north/truce',
      'south/truce',
    ]);
    // April: s2 ("2025-04", ends with April) wins and extends s1's run, not tentative at the end of April.
    expect(cell('2025-04', 'north', 'truce')).toMatchObject({ stance: 'supports', since: '2025-03', tentative: false });
    // July: east's s9 (July to 15 August) counts and is tentative at the end of July (§3.4).
    expect(cell('2025-07', 'east', 'truce')).toMatchObject({ stance: 'opposes', tentative: true });
    expect(cell('2025-06', 'east', 'truce')).toBeUndefined();
  });

  test('days and years are labelled as the query times they are', () => {
    const days = (
      positionsJson([
        'stances',
        '--data',
        folder,
        '--party',
        'north',
        '--issue',
        'border',
        '--from',
        '2025-05-19',
        '--to',
        '2025-05-21',
        '--every',
        'day',
      ]) as {
        panel: Answer[];
      }
    ).panel;
    // s7 ("2025-05-20/2025-05-25", 20 km) can count from 20 May and stays tentative until the 25th.
    expect(days.map((p) => [p.at, p.stances[0]?.since, p.stances[0]?.tentative])).toEqual([
      ['2025-05-19', '2025-03-20', false],
      ['2025-05-20', '2025-05-20/2025-05-25', true],
      ['2025-05-21', '2025-05-20/2025-05-25', true],
    ]);
    const years = (
      positionsJson(['stances', '--data', folder, '--from', '2024', '--to', '2025', '--every', 'year']) as {
        panel: Answer[];
      }
    ).panel;
    expect(years.map((p) => [p.at, p.stances.length])).toEqual([
      ['2024', 0],
      ['2025', 7],
    ]);
  });

  test('without --to, it runs to the last day the statements reach; --known-at holds for every row', () => {
    const all = (
      positionsJson(['stances', '--data', folder, '--from', '2025-07', '--every', 'month']) as { panel: Answer[] }
    ).panel;
    // The last day is 15 August (s9), so the last period is August.
    expect(all.map((p) => p.at)).toEqual(['2025-07', '2025-08']);
    const then = (
      positionsJson([
        'stances',
        '--data',
        folder,
        '--from',
        '2025-05',
        '--every',
        'month',
        '--known-at',
        '2025-06-15',
      ]) as {
        panel: Answer[];
      }
    ).panel;
    // As known at 15 June the last statement on record is s3 (10 June), live until r1 (20 June).
    expect(then.map((p) => [p.at, p.knownAt])).toEqual([
      ['2025-05', '2025-06-15'],
      ['2025-06', '2025-06-15'],
    ]);
    expect(then[1]?.stances.find((s) => s.party === 'north' && s.issue === 'truce')?.stance).toBe('opposes');
  });
});

describe('bad panel input: exit 2, one line, with a suggestion', () => {
  const refused = (args: string[], ...fragments: string[]) => {
    const run = positions(['stances', '--data', folder, ...args]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const fragment of fragments) expect(run.stderr).toContain(fragment);
  };

  test('--every week names the periods allowed', () =>
    refused(['--from', '2025-01', '--every', 'week'], "'week'", 'day, month, year'));
  test('--from after --to is refused, with the swap', () =>
    refused(
      ['--from', '2025-08', '--to', '2025-03', '--every', 'month'],
      '--from 2025-08 is after --to 2025-03',
      'swap them',
    ));
  test('--from after the last day the statements reach', () =>
    refused(['--from', '2025-09', '--every', 'month'], 'after 2025-08-15, the last day the statements reach'));
  test('--at with a panel', () =>
    refused(['--at', '2025-05', '--from', '2025-01', '--every', 'month'], '--at asks about one date'));
  test('a panel without --every', () => refused(['--from', '2025-01'], 'a panel needs --every day, month or year'));
  test('a panel without --from', () => refused(['--to', '2025-05', '--every', 'day'], 'a panel needs --from'));
  test('a bad date names its flag', () =>
    refused(['--from', '2025-13', '--every', 'month'], "invalid --from '2025-13'"));
  test('too many periods', () =>
    refused(['--from', '1990', '--to', '2025', '--every', 'day'], 'more than 10,000', 'longer --every'));
  test('diff refuses --from after --to too', () => {
    const run = positions(['diff', '--data', folder, '--from', '2025-08', '--to', '2025-03']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--from 2025-08 is after --to 2025-03');
  });
});
