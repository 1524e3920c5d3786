// Every query command against the bundled dataset, in all three formats, compared with the reference
// model's answers over the dataset's raw files (test/support/dataset-model.ts), never the library's.
import { beforeAll, describe, expect, test } from 'vitest';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import { ensureCliBuilt, positions, positionsJson } from './support/cli.js';
import { csvObjects } from './support/csv-parse.js';
import {
  CHANGE_KEYS,
  EVIDENCE_KEYS,
  STANCE_KEYS,
  expectedAlignment,
  expectedDiff,
  expectedDivergence,
  expectedStances,
  expectedTimeline,
  tableRows,
} from './support/expected.js';

let data: RawDataset;
beforeAll(() => {
  ensureCliBuilt();
  data = rawDataset();
});

/** A term of a cell or change, as the CSV writes it: empty when absent. */
const term = (terms: unknown, name: string): string => {
  const value = (terms as Record<string, unknown> | undefined)?.[name];
  return value === undefined ? '' : String(value);
};

const documents = (evidence: readonly { document: string }[]) =>
  [...new Set(evidence.map((e) => e.document))].join(';');
const titleOf = (document: string) => data.documents.find((d) => d.id === document)?.title ?? document;

describe('stances', () => {
  test('json is the contract, entry by entry, for every cell at a date', () => {
    const json = positionsJson(['stances', '--at', '2025-12-31']) as { stances: Record<string, unknown>[] };
    const cells = data.model.cells('2025-12-31', undefined);
    expect(cells.length).toBeGreaterThan(0);
    expect(Object.keys(json)).toEqual(['at', 'knownAt', 'stances']);
    expect(json).toStrictEqual(expectedStances('2025-12-31', null, cells));
    for (const entry of json.stances) {
      expect(Object.keys(entry).every((k) => STANCE_KEYS.includes(k))).toBe(true);
      for (const e of entry['evidence'] as Record<string, unknown>[])
        expect(Object.keys(e).every((k) => EVIDENCE_KEYS.includes(k))).toBe(true);
    }
    expect(json.stances.some((s) => 'terms' in s)).toBe(true);
    expect(json.stances.some((s) => !('terms' in s))).toBe(true);
  });

  test("--inherit gives members their bloc's positions, with evidence via the bloc", () => {
    const json = positionsJson(['stances', '--at', '2025-12-31', '--inherit', '--party', 'france']) as {
      stances: { evidence: { via?: string }[] }[];
    };
    const cells = data.model.cells('2025-12-31', undefined, true).filter((c) => c.party === 'france');
    expect(json).toStrictEqual(expectedStances('2025-12-31', null, cells));
    expect(json.stances.some((s) => s.evidence.some((e) => e.via === 'european-allies'))).toBe(true);
  });

  test('--party and --issue filter, accept aliases and repeat', () => {
    const json = positionsJson([
      'stances',
      '--at',
      '2025-12-31',
      '--party',
      'Kyiv',
      '--party',
      'the Kremlin',
      '--issue',
      'UKRAINE-IN-NATO',
      '--issue',
      'ceasefire-before-settlement',
    ]);
    const cells = data.model
      .cells('2025-12-31', undefined)
      .filter(
        (c) =>
          ['ukraine', 'russia'].includes(c.party) &&
          ['ukraine-in-nato', 'ceasefire-before-settlement'].includes(c.issue),
      );
    expect(cells.length).toBeGreaterThanOrEqual(3);
    expect(json).toStrictEqual(expectedStances('2025-12-31', null, cells));
  });

  test('csv has a header and one row per cell, parsed back equal to the cells', () => {
    const run = positions(['stances', '--at', '2025-12-31', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = csvObjects(run.stdout);
    const cells = data.model.cells('2025-12-31', undefined);
    expect(rows.map(({ since_start: _s, since_end: _e, term_durationYears: _t, ...rest }) => rest)).toEqual(
      cells.map((c) => ({
        at: '2025-12-31',
        known_at: '',
        party: c.party,
        issue: c.issue,
        stance: c.stance,
        value: String(c.value),
        since: c.since,
        tentative: String(c.tentative),
        statement: c.statement,
        documents: documents(c.evidence),
      })),
    );
    expect(rows.map((r) => r['term_durationYears'])).toEqual(cells.map((c) => term(c.terms, 'durationYears')));
  });

  test('table has one aligned row per cell', () => {
    const run = positions(['stances', '--at', '2025-12-31', '--party', 'united-states']);
    expect(run.code).toBe(0);
    const rows = tableRows(run.stdout, 'PARTY');
    const cells = data.model.cells('2025-12-31', undefined).filter((c) => c.party === 'united-states');
    expect(rows.map((r) => r.slice(0, 3))).toEqual(cells.map((c) => [c.party, c.issue, c.stance]));
    // Aligned: each cell starts at its column's header.
    const lines = run.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('PARTY')) as string;
    for (const cell of cells) {
      const line = lines.find((l) => l.startsWith(`${cell.party} `) && l.includes(` ${cell.issue} `)) as string;
      expect(line.indexOf(` ${cell.issue} `) + 1).toBe(header.indexOf('ISSUE'));
      expect(line.indexOf(` ${cell.stance} `) + 1).toBe(header.indexOf('STANCE'));
    }
  });
});

describe('--known-at', () => {
  // Which knowledge date changes the answer is found from the reference model, not assumed.
  const candidates = ['2025-04-23', '2025-12-07', '2025-12-30', '2026-01-05'];

  test("gives a different answer from the default, each equal to the reference model's", () => {
    const at = '2025-12-31';
    const full = data.model.cells(at, undefined);
    const knownAt = candidates.find((k) => JSON.stringify(data.model.cells(at, k)) !== JSON.stringify(full));
    expect(knownAt).toBeDefined();
    const before = positionsJson(['stances', '--at', at, '--known-at', knownAt as string]);
    const now = positionsJson(['stances', '--at', at]);
    expect(before).toStrictEqual(expectedStances(at, knownAt as string, data.model.cells(at, knownAt)));
    expect((before as { knownAt: string }).knownAt).toBe(knownAt);
    expect(before).not.toStrictEqual({ ...(now as object), knownAt });
  });
});

describe('timeline', () => {
  test.each([
    ['united-states', 'ceasefire-before-settlement', 'Washington'],
    ['ukraine', 'security-guarantees', 'Kiev'],
  ])('json for %s on %s (asked as %s) is the contract', (party, issue, alias) => {
    const json = positionsJson(['timeline', '--party', alias, '--issue', issue]) as {
      changes: Record<string, unknown>[];
    };
    const timeline = data.model.timeline(party, issue, undefined);
    expect(timeline.changes.length).toBeGreaterThan(0);
    expect(json).toStrictEqual(expectedTimeline(timeline));
    for (const change of json.changes) expect(Object.keys(change).every((k) => CHANGE_KEYS.includes(k))).toBe(true);
  });

  test('csv and table list each change in order', () => {
    const timeline = data.model.timeline('ukraine', 'security-guarantees', undefined);
    const csv = csvObjects(
      positions(['timeline', '--party', 'ukraine', '--issue', 'security-guarantees', '--format', 'csv']).stdout,
    );
    expect(
      csv.map((r) => [
        r['party'],
        r['issue'],
        r['stance'],
        r['value'],
        r['since'],
        r['term_durationYears'],
        r['statements'],
        r['documents'],
      ]),
    ).toEqual(
      timeline.changes.map((c) => [
        'ukraine',
        'security-guarantees',
        c.stance,
        String(c.value),
        c.since,
        term(c.terms, 'durationYears'),
        c.statements.join(';'),
        documents(c.evidence),
      ]),
    );
    const table = tableRows(
      positions(['timeline', '--party', 'ukraine', '--issue', 'security-guarantees']).stdout,
      'SINCE',
    );
    expect(table.map((r) => [r[0], r[1], r.at(-1)])).toEqual(
      timeline.changes.map((c) => [
        c.since,
        c.stance,
        [...new Set(c.evidence.map((e) => titleOf(e.document)))].join(' | '),
      ]),
    );
  });
});

describe('diff', () => {
  test("json, csv and table all list exactly the reference model's changes", () => {
    const changes = data.model.diff('2025-04-30', '2025-12-31', undefined);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.some((c) => c.before === null)).toBe(true);
    expect(positionsJson(['diff', '--from', '2025-04-30', '--to', '2025-12-31'])).toStrictEqual(
      expectedDiff('2025-04-30', '2025-12-31', changes),
    );
    const csv = csvObjects(positions(['diff', '--from', '2025-04-30', '--to', '2025-12-31', '--format', 'csv']).stdout);
    expect(csv.map((r) => [r['from'], r['to'], r['party'], r['issue'], r['before'], r['after']])).toEqual(
      changes.map((c) => ['2025-04-30', '2025-12-31', c.party, c.issue, c.before?.stance ?? '', c.after?.stance ?? '']),
    );
    const table = tableRows(positions(['diff', '--from', '2025-04-30', '--to', '2025-12-31']).stdout, 'PARTY');
    expect(table.map((r) => r.slice(0, 2))).toEqual(changes.map((c) => [c.party, c.issue]));
  });
});

describe('divergence', () => {
  test('json, csv and table all match the reference model', () => {
    const issues = data.model.divergence('2025-12-31', undefined);
    expect(positionsJson(['divergence', '--at', '2025-12-31'])).toStrictEqual(expectedDivergence('2025-12-31', issues));
    const csv = csvObjects(positions(['divergence', '--at', '2025-12-31', '--format', 'csv']).stdout);
    expect(csv.map((r) => [r['at'], r['issue'], r['verdict'], r['spread'], r['party'], r['stance']])).toEqual(
      issues.flatMap((d) =>
        Object.entries(d.stances).map(([p, s]) => ['2025-12-31', d.issue, d.verdict, String(d.spread), p, s]),
      ),
    );
    const table = tableRows(positions(['divergence', '--at', '2025-12-31']).stdout, 'ISSUE');
    expect(table.map((r) => r.slice(0, 3))).toEqual(issues.map((d) => [d.issue, d.verdict, String(d.spread)]));
  });
});

describe('alignment', () => {
  test('json, csv and table all match the reference model', () => {
    const pairs = data.model.alignment('2025-12-31', undefined);
    expect(positionsJson(['alignment', '--at', '2025-12-31'])).toStrictEqual(expectedAlignment('2025-12-31', pairs));
    const csv = csvObjects(positions(['alignment', '--at', '2025-12-31', '--format', 'csv']).stdout);
    const expected = pairs.flatMap(({ parties: [a, b], agree, disagree, other }) => [
      ...agree.map((i) => [a, b, i, 'agree']),
      ...disagree.map((i) => [a, b, i, 'disagree']),
      ...other.map((i) => [a, b, i, 'other']),
    ]);
    expect(csv.map((r) => [r['party_a'], r['party_b'], r['issue'], r['relation']])).toEqual(expected);
    expect(new Set(csv.map((r) => `${r['at']}|${r['known_at']}`))).toEqual(new Set(['2025-12-31|']));
    const table = tableRows(positions(['alignment', '--at', '2025-12-31']).stdout, 'PARTY A');
    expect(table.map((r) => r.slice(0, 5))).toEqual(
      pairs.map((p) => [...p.parties, String(p.agree.length), String(p.disagree.length), String(p.other.length)]),
    );
  });
});
