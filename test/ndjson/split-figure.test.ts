import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

// The splitting figure runs once at a tiny size so it cannot rot; how long anything took is not
// looked at (speed is judged only on a full-size run).
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

it('bench/figures/split.mjs reports every row with its number and its baseline number', async () => {
  const args = JSON.stringify({ events: 2000, runs: 1, chunksKiB: [1, 64] });
  const { stdout } = await run(process.execPath, [join(root, 'bench', 'figures', 'split.mjs'), args], {
    cwd: root,
    maxBuffer: 1 << 24,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('@@rows '));
  const rows = JSON.parse(line?.slice('@@rows '.length) ?? '[]') as {
    key: string;
    value: number;
    baselineValue: number;
    note: string;
  }[];
  expect(rows.map((row) => row.key)).toEqual([
    'split.vs-read.1k',
    'split.vs-indexof.1k',
    'split.vs-read.64k',
    'split.vs-indexof.64k',
    'split.stream',
    'split.uint8array',
  ]);
  for (const row of rows) {
    expect(Number.isFinite(row.value), row.key).toBe(true);
    expect(Number.isFinite(row.baselineValue), row.key).toBe(true);
  }
  expect(rows[1]?.note).toBe('2000 lines');
});
