// Figure: `positions stances --at T --format json` on an NDJSON file larger than 512 MB (1.7M events of
// the bench stream), against DuckDB answering the same question from the same file, each a fresh
// process timed spawn to exit, alternating so load affects both alike. Peak RSS of each process too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryFile } from '../lib/library.mjs';
import { figureArgs, median, report } from '../lib/measure.mjs';

const { file, events, runs = 5, at = '2020-01-01' } = figureArgs();
const cli = libraryFile('cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
const duckdb = fileURLToPath(new URL('../baselines/duckdb-stances.mjs', import.meta.url));
const rssPreload = fileURLToPath(new URL('../lib/peak-rss.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'positions-cli-large-'));
const rssFile = join(scratch, 'rss');

const run = (args) => {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', rssPreload, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, POSITIONS_BENCH_RSS: rssFile },
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return { elapsed, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, stdout: result.stdout };
};

const cliRuns = [];
const duckRuns = [];
let stances = 0;
let rows = 0;
try {
  for (let n = -1; n < runs; n++) {
    const a = run([cli, 'stances', '--at', at, '--format', 'json', '--data', file]);
    const b = run([duckdb, file, at]);
    if (n < 0) continue;
    cliRuns.push(a);
    duckRuns.push(b);
    stances = JSON.parse(a.stdout).stances.length;
    rows = b.stdout.split('\n').filter(Boolean).length;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const mb = (statSync(file).size / 2 ** 20).toFixed(0);
const figure = `CLI on a ${mb} MB file: positions stances --at ${at} (${events} events)`;
report([
  {
    key: 'cli-large.time',
    figure,
    measure: `node dist/cli.js stances --at ${at} --format json --data FILE (${stances} stances), wall time`,
    value: median(cliRuns.map((r) => r.elapsed)),
    baseline: `DuckDB read_json + arg_max per (party, issue), @duckdb/node-api, default threads (${rows} rows)`,
    baselineValue: median(duckRuns.map((r) => r.elapsed)),
    target: '≤ 2× DuckDB (must not exceed 4×)',
    rule: 'ratio<=2',
  },
  {
    key: 'cli-large.rss',
    figure,
    measure: 'peak RSS of the CLI process',
    value: median(cliRuns.map((r) => r.rssMb)),
    unit: 'MB',
    baseline: 'peak RSS of the DuckDB process',
    baselineValue: median(duckRuns.map((r) => r.rssMb)),
    target: '≤ 400 MB (must not exceed 600 MB)',
    rule: 'value<=400',
  },
]);
