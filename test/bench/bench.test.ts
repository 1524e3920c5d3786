import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every benchmark runs once at a tiny size so none of them rots. Nothing here looks at how long
// anything took: speed is judged only by `npm run bench` on a full-size run.

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

interface Row {
  key: string;
  figure: string;
  value?: number;
  baselineValue?: number;
  baseline?: string;
  error?: string;
  met: boolean | null;
  mismatches?: number;
}

const EXPECTED = [
  'fold.stream.vs-loop',
  'fold.stream.vs-emmett',
  'fold.build.vs-loop',
  'fold.objects.vs-loop',
  'fold.snapshot.vs-loop',
  'fold.snapshot.vs-emmett',
  'asof.vs-replay',
  'asof.vs-replay-preparsed',
  'asof.vs-emmett',
  'cell',
  'incremental',
  'ingest',
  'ingest.rss',
  'ingest.rss.one-thread',
  'scaling.stream',
  'anatomy.read',
  'anatomy.columns',
  'anatomy.columns.one-thread',
  'anatomy.index',
  'cli-large.time',
  'cli-large.rss',
  'bundle',
  'scaling',
  'postgres',
  'postgres.growth',
  'postgres.timeline',
  'postgres.diff',
  'postgres.divergence',
  'postgres.alignment',
  'postgres.load',
  'cli',
  'lock.after-kill',
];

describe('npm run bench, at a tiny size', () => {
  let dir: string;
  let result: { events: number; rows: Row[]; machine: Record<string, unknown> };
  let stdout: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-test-'));
    const out = join(dir, 'latest.json');
    ({ stdout } = await run(process.execPath, [join(root, 'bench', 'run.mjs'), '--size', 'tiny', '--out', out], {
      cwd: root,
      maxBuffer: 1 << 24,
    }));
    result = JSON.parse(await readFile(out, 'utf8'));
  }, 600_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('produces every row, each with a number and, where it has one, its baseline number', () => {
    expect(result.rows.map((row) => row.key).sort()).toEqual([...EXPECTED].sort());
    for (const row of result.rows) {
      expect(row.error, `${row.key}: ${row.error}`).toBeUndefined();
      expect(Number.isFinite(row.value), row.key).toBe(true);
      if (row.baseline !== undefined) expect(Number.isFinite(row.baselineValue), row.key).toBe(true);
    }
  });

  it('checks that the library and the as-of baselines give the same answers', () => {
    expect(result.rows.find((row) => row.key === 'asof.vs-replay')?.mismatches).toBe(0);
    expect(result.rows.find((row) => row.key === 'fold.stream.vs-loop')?.mismatches).toBe(0);
    expect(result.rows.find((row) => row.key === 'postgres')?.mismatches).toBe(0);
  });

  it('prints one table with a line per row, and describes the machine', () => {
    const tableLines = stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(tableLines).toHaveLength(result.rows.length + 1);
    expect(result.events).toBe(2000);
    expect(Object.keys(result.machine)).toEqual(expect.arrayContaining(['cpus', 'model', 'memoryGb', 'node']));
  });
});
