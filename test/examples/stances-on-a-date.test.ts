// examples/stances-on-a-date.mjs (what `npm start` runs): its table holds the reference model's answers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import { ensureBuilt, packageRoot, runExample } from './run-example.js';

/** The expected answers: the reference model over the dataset's raw files, not the library. */
let data: RawDataset;
beforeAll(() => {
  ensureBuilt();
  data = rawDataset();
});

/** The table as printed: the column count, and per row its topic heading, issue title and cells. */
function parseTable(output: string) {
  const lines = output.split('\n');
  const header = lines[2] ?? '';
  const rows: { topic: string; title: string; cells: string[] }[] = [];
  let topic = '';
  for (const line of lines.slice(3)) {
    if (line.startsWith('Terms:') || line.startsWith('?')) break;
    const heading = /^\[(.+)\]$/.exec(line);
    if (heading) topic = heading[1]!;
    else if (line.trim() !== '') {
      const [title = '', ...cells] = line.split(/\s{2,}/);
      rows.push({ topic, title, cells });
    }
  }
  const terms = lines.filter((l) => /^ {2}\S+ on \S+: \{/.test(l)).map((l) => l.trim());
  return { title: lines[0] ?? '', columns: header.trim().split(/\s{2,}/).length, rows, terms };
}

function expectTableMatchesModel(output: string, at: string) {
  const { model, vocabulary } = data;
  const cells = model.cells(at, undefined);
  const parties = vocabulary.parties.filter((p) => cells.some((c) => c.party === p.id)).map((p) => p.id);
  const table = parseTable(output);
  expect(table.title).toContain(at);
  expect(table.columns).toBe(parties.length);
  // Every issue once, under its own topic, with one cell per party column.
  expect(table.rows.map((r) => r.title)).toEqual(vocabulary.issues.map((i) => i.title));
  const expectedTerms: string[] = [];
  for (const [n, issue] of vocabulary.issues.entries()) {
    const row = table.rows[n]!;
    expect(row.topic, issue.id).toBe(issue.topic);
    const expected = parties.map((party) => {
      const cell = cells.find((c) => c.party === party && c.issue === issue.id);
      if (cell?.terms) expectedTerms.push(`${party} on ${issue.id}: ${JSON.stringify(cell.terms)}`);
      return cell === undefined ? '·' : `${cell.stance}${cell.tentative ? '?' : ''}`;
    });
    expect(row.cells, issue.id).toEqual(expected);
  }
  expect(table.terms).toEqual(expectedTerms);
}

describe('examples/stances-on-a-date.mjs', () => {
  test('by default, prints every stance on a recent date of the talks (2026-01-06)', () => {
    expectTableMatchesModel(runExample('stances-on-a-date.mjs'), '2026-01-06');
  });

  test('for a date given on the command line, with terms listed under the table', () => {
    const output = runExample('stances-on-a-date.mjs', '2025-12-31');
    expectTableMatchesModel(output, '2025-12-31');
    expect(parseTable(output).terms.length).toBeGreaterThan(0);
  });

  test('early in 2025, marks tentative cells with ?', () => {
    const output = runExample('stances-on-a-date.mjs', '2025-03-05');
    expectTableMatchesModel(output, '2025-03-05');
    expect(data.model.cells('2025-03-05', undefined).some((c) => c.tentative)).toBe(true);
  });

  test('is what `npm start` runs', () => {
    const scripts = (
      JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['start']).toBe('node examples/stances-on-a-date.mjs');
    // Without prestart: it builds, and dist/ is built already; a rebuild would clean dist/ under the tests beside this one.
    const viaNpm = execFileSync('npm', ['start', '--silent', '--ignore-scripts'], {
      cwd: packageRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(viaNpm).toBe(runExample('stances-on-a-date.mjs'));
  });
});
