// Answers that say which day they are about and show what was said, on the hand-made dataset of
// support/hand-made.ts; every expected value is worked out by hand from docs/design.md §2–§6.
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt, positions, positionsJson } from './support/cli.js';
import { csvObjects } from './support/csv-parse.js';
import { tableRows } from './support/expected.js';
import { handMadeEventsFile, handMadeFolder } from './support/hand-made.js';

let folder: string;
beforeAll(() => {
  ensureCliBuilt();
  folder = handMadeFolder();
});

describe('a query without --at', () => {
  // The latest-ending statedAt is s9's 2025-07/2025-08-15, whose last day is 15 August (§2.2).
  test('stances asks about the last day the statements reach, and says so', () => {
    const run = positions(['stances', '--data', folder]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Stances at 2025-08-15 (the last day the statements reach): 7 known');
    const json = positionsJson(['stances', '--data', folder]) as { at: string; stances: unknown[] };
    expect(json.at).toBe('2025-08-15');
    // The same answer as asking for that day.
    expect(json).toStrictEqual(positionsJson(['stances', '--data', folder, '--at', '2025-08-15']));
  });

  test('with --known-at, only the statements known then count: s3 (10 June) is the last of them', () => {
    // As known at 15 June, s9 (recorded 16 August) is not on record; s3 is, and is still live (r1 comes
    // on 20 June), so the last day is 2025-06-10.
    const json = positionsJson(['stances', '--data', folder, '--known-at', '2025-06-15']) as {
      at: string;
      knownAt: string;
      stances: { party: string; issue: string; stance: string }[];
    };
    expect(json.at).toBe('2025-06-10');
    expect(json.knownAt).toBe('2025-06-15');
    expect(json.stances.find((s) => s.party === 'north' && s.issue === 'truce')?.stance).toBe('opposes');
  });

  test('divergence and alignment take the same default', () => {
    const divergence = positions(['divergence', '--data', folder]);
    expect(divergence.stdout.split('\n')[0]).toMatch(
      /^Divergence at 2025-08-15 \(the last day the statements reach\): /,
    );
    expect((positionsJson(['divergence', '--data', folder]) as { at: string }).at).toBe('2025-08-15');
    expect((positionsJson(['alignment', '--data', folder]) as { at: string }).at).toBe('2025-08-15');
  });

  test('diff still needs both dates', () => {
    const run = positions(['diff', '--data', folder, '--to', '2025-08']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--from');
  });

  test('an empty events file answers with nothing rather than an error', () => {
    const run = positions(['stances', '--data', '-', '--format', 'json'], { input: '' });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { stances: unknown[] }).stances).toEqual([]);
  });
});

describe('tables name sources by title', () => {
  test('from sources.json in a dataset folder, several joined by " | "', () => {
    const rows = tableRows(positions(['stances', '--data', folder, '--party', 'north']).stdout, 'PARTY');
    // north/truce: s2 (wire-2) wins, corroborated by c1 (paper-1), §3.6.
    expect(rows).toEqual([
      ['north', 'border', 'supports', '2025-05-20/2025-05-25', 'km=20', 'Wire two: offers on the border'],
      ['north', 'truce', 'supports', '2025-03', 'Wire two: offers on the border | Paper one: the long view'],
    ]);
  });

  test('by document id from a bare events file, which has no titles', () => {
    const rows = tableRows(
      positions(['stances', '--data', handMadeEventsFile(), '--party', 'north', '--issue', 'truce']).stdout,
      'PARTY',
    );
    expect(rows).toEqual([['north', 'truce', 'supports', '2025-03', 'wire-2 | paper-1']]);
  });

  test('in the timeline too', () => {
    const rows = tableRows(
      positions(['timeline', '--data', folder, '--party', 'south', '--issue', 'truce']).stdout,
      'SINCE',
    );
    expect(rows).toEqual([
      ['2025-03-05', 'rejects', 'Wire one: talks open'],
      ['2025-05-10', 'opposes', 'Wire two: offers on the border'],
    ]);
  });
});

describe('--show summary and --show quote', () => {
  test('stances: the winner’s summary and the evidence’s quotes, in every format', () => {
    // At 2025-03-31, north/truce has only s1 (quoted) as candidate.
    const args = ['stances', '--data', folder, '--at', '2025-03-31', '--party', 'north', '--issue', 'truce'];
    const table = positions([...args, '--show', 'summary', '--show', 'quote']);
    expect(table.stdout).toBe(
      [
        'Stances at 2025-03-31: 1 known',
        'PARTY  ISSUE  STANCE    SINCE    SOURCES',
        'north  truce  supports  2025-03  Wire one: talks open',
        '  summary: Summary of s1.',
        '  quote: "a truce now" (Wire one: talks open)',
        '',
      ].join('\n'),
    );
    const json = positionsJson([...args, '--show', 'summary']) as { stances: Record<string, unknown>[] };
    expect(json.stances[0]).toMatchObject({ summary: 'Summary of s1.', evidence: [{ quote: 'a truce now' }] });
    expect(Object.keys(json.stances[0] ?? {})).toEqual([
      'party',
      'issue',
      'stance',
      'value',
      'since',
      'tentative',
      'summary',
      'evidence',
    ]);
    // Without --show, the JSON is the contract as before: no summary.
    expect(Object.keys((positionsJson(args) as { stances: object[] }).stances[0] ?? {})).not.toContain('summary');
    const csv = csvObjects(positions([...args, '--show', 'quote', '--show', 'summary', '--format', 'csv']).stdout);
    expect(csv.map((r) => [r['quote'], r['summary']])).toEqual([['a truce now', 'Summary of s1.']]);
    expect(Object.keys(csv[0] ?? {}).slice(-2)).toEqual(['quote', 'summary']);
  });

  test('timeline: each change’s summary is that of the statement that began it', () => {
    // north/truce: s1 and s2 hold one position (s3 is retracted), so one change, begun by s1.
    const args = ['timeline', '--data', folder, '--party', 'north', '--issue', 'truce', '--show', 'summary'];
    const json = positionsJson(args) as { changes: { summary: string; since: string }[] };
    expect(json.changes.map((c) => [c.since, c.summary])).toEqual([['2025-03', 'Summary of s1.']]);
    const csv = csvObjects(positions([...args, '--format', 'csv']).stdout);
    expect(csv.map((r) => [r['statements'], r['summary']])).toEqual([['s1;s2', 'Summary of s1.']]);
  });

  test('anything else is refused with the allowed values', () => {
    const run = positions(['stances', '--show', 'quotes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'quotes'");
    expect(run.stderr).toContain('summary, quote');
  });
});

describe('positions show', () => {
  const show = (id: string) => positionsJson(['show', id, '--data', folder]) as Record<string, unknown>;

  test('a statement with a corroboration: its documents by title', () => {
    expect(show('s2')).toMatchObject({
      id: 's2',
      type: 'statement',
      live: true,
      event: { id: 's2', summary: 'Summary of s2.', statedAt: '2025-04' },
      documents: [
        { id: 'wire-2', title: 'Wire two: offers on the border', publishedAt: '2025-05' },
        { id: 'paper-1', title: 'Paper one: the long view', publishedAt: '2025-06' },
      ],
      corroborations: [{ id: 'c1', type: 'corroboration', document: 'paper-1', live: true }],
      retractedBy: [],
    });
  });

  test('a retracted statement is not live, and names its retraction', () => {
    const shown = show('s3');
    expect(shown).toMatchObject({ live: false, corroborations: [] });
    expect(shown['retractedBy']).toEqual([
      { id: 'r1', type: 'retraction', recordedAt: '2025-06-20T00:00:00.000Z', live: true, reason: 'misreport' },
    ]);
  });

  test('a corrected statement names the correction and its replacement; the replacement names both', () => {
    expect(show('s8')).toMatchObject({
      live: false,
      retractedBy: [{ id: 'k1', type: 'correction', reason: 'coding-error', live: true, replacement: 's8c' }],
    });
    expect(show('s8c')).toMatchObject({
      id: 's8c',
      type: 'statement',
      live: true,
      replacementOf: { correction: 'k1', statement: 's8', live: true },
      event: { terms: { km: 7 } },
    });
  });

  test('a retraction names its target, no longer live', () => {
    expect(show('r1')).toMatchObject({
      type: 'retraction',
      live: true,
      target: { id: 's3', type: 'statement', live: false },
    });
  });

  test('the table shows the event field by field, then what refers to it', () => {
    const run = positions(['show', 's2', '--data', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'statement s2: live, as known now',
        '  parties   north',
        '  issue     truce (Truce now)',
        '  stance    supports',
        '  act       assert, on-record',
        '  stated    2025-04',
        '  summary   Summary of s2.',
        '  sources   Wire two: offers on the border (wire-2)',
        '  recorded  2025-05-02T00:00:00.000Z',
        'Corroborated by',
        '  c1: Paper one: the long view (paper-1), recorded 2025-06-01T00:00:00.000Z (live)',
        '',
      ].join('\n'),
    );
  });

  test('an unknown id exits with 1 and names the ids it may have meant', () => {
    const run = positions(['show', 'k', '--data', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`positions: no event 'k' in ${folder} — did you mean 'k1'?\n`);
  });
});
