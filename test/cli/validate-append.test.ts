// validate: every bad line reported by number; append: all or nothing, idempotent, nothing lost.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledDatasetFolder, readDataset } from '../../src/dataset/index.js';
import { cliPath, ensureCliBuilt, positions, positionsJson, root } from './support/cli.js';
import { csvObjects } from './support/csv-parse.js';

beforeAll(() => ensureCliBuilt());

const DOC = '002_6b334276d8319bd6';
const statement = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'statement',
    parties: ['ukraine'],
    issue: 'ukraine-in-nato',
    stance: 'demands',
    act: 'reaffirm',
    attribution: 'on-record',
    statedAt: '2026-02',
    recordedAt: '2026-02-10T00:00Z',
    summary: 'Kyiv again insists on membership.',
    sources: [{ document: DOC }],
    ...over,
  });

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'positions-cli-')), name);
  writeFileSync(file, text);
  return file;
}

function datasetCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'positions-cli-'));
  for (const name of ['vocabulary.json', 'sources.json', 'events.ndjson'])
    copyFileSync(join(bundledDatasetFolder(), name), join(folder, name));
  return folder;
}

// Line 1 valid, 2 bad JSON, 3 blank, 4 schema violation, 5 unknown party, 6 bad date, 7 valid, 8 unknown target.
const MIXED = [
  statement(),
  '{"type": "statement", ',
  '',
  statement({ stance: 'loves' }),
  statement({ parties: ['ukriane'], summary: 'typo' }),
  statement({ statedAt: '2026-02-30', summary: 'bad date' }),
  statement({ issue: 'ukraine-in-eu', summary: 'fine too' }),
  JSON.stringify({
    type: 'corroboration',
    target: 'no-such-event',
    source: { document: DOC },
    recordedAt: '2026-03-01T00:00Z',
  }),
].join('\n');

describe('validate', () => {
  test('reports each bad line by number, with the field and a suggestion, and exits 1', () => {
    const run = positions(['validate', tempFile('mixed.ndjson', MIXED)]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.map((l) => /^line (\d+):/.exec(l)?.[1])).toEqual(['2', '4', '5', '6', '8']);
    expect(lines[0]).toContain('not valid JSON');
    expect(lines[1]).toMatch(/^line 4: stance: .*"loves"/);
    expect(lines[2]).toBe("line 5: parties[0]: unknown party 'ukriane' — did you mean 'ukraine'?");
    expect(lines[3]).toMatch(/^line 6: statedAt: .*not a calendar date/);
    expect(lines[4]).toMatch(/^line 8: target: .*no-such-event/);
  });

  test('json and csv give the same problems as data; a valid file exits 0', () => {
    const file = tempFile('mixed.ndjson', MIXED);
    const json = positions(['validate', file, '--format', 'json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as {
      valid: boolean;
      events: number;
      problems: { line: number; code: string; suggestion?: string }[];
    };
    expect(doc.valid).toBe(false);
    expect(doc.events).toBe(7);
    expect(doc.problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 8]);
    expect(doc.problems.find((p) => p.line === 5)).toMatchObject({
      code: 'unknown-party',
      suggestion: "did you mean 'ukraine'?",
    });
    const csv = csvObjects(positions(['validate', file, '--format', 'csv']).stdout);
    expect(csv.map((r) => [r['line'], r['code']])).toEqual(doc.problems.map((p) => [String(p.line), p.code]));

    const good = positions([
      'validate',
      tempFile('good.ndjson', `${statement()}\n${statement({ issue: 'ukraine-in-eu' })}\n`),
    ]);
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('2 events, all valid');
  });

  test('a bare events file as --data has no vocabulary: any party passes, references still count', () => {
    const file = tempFile('mixed.ndjson', MIXED);
    const run = positions(['validate', file, '--data', join(bundledDatasetFolder(), 'events.ndjson')]);
    expect(
      run.stderr
        .trimEnd()
        .split('\n')
        .map((l) => /^line (\d+):/.exec(l)?.[1]),
    ).toEqual(['2', '4', '6', '8']);
  });

  test('a dataset folder as --data checks cited documents against its sources.json', () => {
    const run = positions([
      'validate',
      tempFile('doc.ndjson', statement({ sources: [{ document: '002_6b334276d8319bd7' }] })),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `line 1: sources[0].document: unknown source document '002_6b334276d8319bd7' — did you mean '${DOC}'?`,
    );
  });

  test('reads FILE from stdin with -', () => {
    const run = positions(['validate', '-'], { input: MIXED });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("line 5: parties[0]: unknown party 'ukriane'");
  });
});

describe('append', () => {
  test('appends a valid batch to a dataset folder, then treats it as already there', async () => {
    const folder = datasetCopy();
    const eventsFile = join(folder, 'events.ndjson');
    const before = readFileSync(eventsFile, 'utf8');
    const batch = tempFile(
      'new.ndjson',
      `${statement()}\n${statement({ issue: 'ukraine-in-eu', stance: 'supports' })}\n`,
    );

    const run = positions(['append', batch, '--data', folder, '--format', 'json']);
    expect(run.stderr).toBe('');
    const first = JSON.parse(run.stdout) as { store: string; added: string[]; unchanged: string[] };
    expect(first.added).toHaveLength(2);
    expect(first.unchanged).toEqual([]);
    const after = readFileSync(eventsFile, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const { ledger } = await readDataset(folder);
    expect(ledger.size).toBe((await readDataset()).ledger.size + 2);
    expect(ledger.cell('ukraine', 'ukraine-in-eu', { at: '2026-02' })?.stance).toBe('supports');

    const again = positions(['append', batch, '--data', folder, '--format', 'csv']);
    expect(again.code).toBe(0);
    expect(csvObjects(again.stdout).map((r) => [r['status'], r['id']])).toEqual(
      first.added.map((id) => ['unchanged', id]),
    );
    expect(readFileSync(eventsFile, 'utf8')).toBe(after);
  });

  test('writes nothing when any line is bad, and reports every error', () => {
    const folder = datasetCopy();
    const eventsFile = join(folder, 'events.ndjson');
    const before = readFileSync(eventsFile, 'utf8');
    const run = positions(['append', tempFile('mixed.ndjson', MIXED), '--data', folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("line 5: parties[0]: unknown party 'ukriane' — did you mean 'ukraine'?");
    expect(run.stderr).toContain('nothing appended');
    expect(readFileSync(eventsFile, 'utf8')).toBe(before);
  });

  test('two appends running at once both land whole (the file store locks)', async () => {
    const folder = datasetCopy();
    const batches = [0, 1, 2, 3].map((n) =>
      tempFile(
        `b${n}.ndjson`,
        Array.from({ length: 50 }, (_, i) => statement({ summary: `batch ${n} event ${i}` })).join('\n'),
      ),
    );
    const runs = await Promise.all(
      batches.map(
        (batch) =>
          new Promise<{ code: number | null; stderr: string }>((done) => {
            const child = spawn(process.execPath, [cliPath, 'append', batch, '--data', folder], { cwd: root });
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('close', (code) => done({ code, stderr }));
          }),
      ),
    );
    for (const run of runs) expect(run).toEqual({ code: 0, stderr: '' });
    const { ledger } = await readDataset(folder);
    expect(ledger.size).toBe((await readDataset()).ledger.size + 200);
  });

  test('starts a new events file, and appends to it in table format', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'positions-cli-')), 'events.ndjson');
    const run = positions(['append', tempFile('new.ndjson', statement()), '--data', store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Appended 1 event');
    const more = positions(['append', '-', '--data', store], { input: statement({ issue: 'ukraine-in-eu' }) });
    expect(more.code).toBe(0);
    expect(readFileSync(store, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(positionsJson(['stances', '--at', '2026', '--data', store])).toMatchObject({
      stances: [{ issue: 'ukraine-in-eu' }, { issue: 'ukraine-in-nato' }],
    });
  });
});

describe('progress on large input', () => {
  const big = Array.from({ length: 25_000 }, (_, i) => statement({ summary: `reaffirmation ${i}` })).join('\n');

  test('nothing extra on stderr when it is not a terminal', () => {
    const run = positions(['validate', tempFile('big.ndjson', big)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('25000 events, all valid');
  });

  test('progress lines on stderr when it is a terminal', () => {
    const file = tempFile('big.ndjson', big);
    const out = execFileSync(
      'script',
      ['-qec', `"${process.execPath}" "${cliPath}" validate "${file}" > /dev/null`, '/dev/null'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out).toContain('reading');
    expect(out).toContain('checking 25,000 events');
  });
});
