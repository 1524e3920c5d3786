#!/usr/bin/env node
// `npm run bench`: every figure against its baseline in the same run, each heavy figure in its own
// child process (--expose-gc, so runs start from a collected heap and peak RSS is the figure's own),
// printed as one table and written to bench/results/latest.json (and .md) for comparison between runs.
//
//   node bench/run.mjs [--size full|tiny|<events>] [--large-events N] [--only fold,indexed,…,cli-large,bundle]
//                      [--out file.json] [--dist folder]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateEvents, writeNdjson } from './generate.mjs';
import { judge, markdownTable } from './lib/table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    // The events of the large-file figure (over 512 MB at 1.7M); `tiny` makes it small too.
    'large-events': { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: join(here, 'results', 'latest.json') },
    seed: { type: 'string', default: '42' },
    // Another build to measure, e.g. an older commit's dist/ for a before/after comparison.
    dist: { type: 'string', default: join(here, '..', 'dist') },
  },
});

const events = args.size === 'full' ? 1_000_000 : args.size === 'tiny' ? 2_000 : Number(args.size);
if (!Number.isInteger(events) || events < 100)
  throw new Error(`--size must be full, tiny or a number of events ≥ 100, got '${args.size}'`);
const tiny = events < 50_000;
const shape = { events, parties: 20, issues: 50, seed: Number(args.seed) };
const repeat = tiny
  ? { buildRuns: 1, queryRuns: 3, lookups: 200, appends: 6, runs: 1 }
  : { buildRuns: 3, queryRuns: 20, lookups: 20_000, appends: 60, runs: 3 };

const tmp = await mkdtemp(join(os.tmpdir(), 'positions-bench-'));
const ndjson = join(tmp, 'events.ndjson');
const largeNdjson = join(tmp, 'large.ndjson');
const largeEvents = args['large-events'] !== undefined ? Number(args['large-events']) : tiny ? 2_000 : 1_700_000;
// A private copy of dist/ for this run (others may rebuild dist/ meanwhile). It sits inside the
// repository so the bundled dataset and node_modules are found from it as from dist/.
const snapshot = join(here, `.dist-${process.pid}`);
const distFolder = args.dist;
if (!existsSync(join(distFolder, 'index.js')))
  throw new Error('dist/ is missing: run npm run build (npm run bench does)');
await cp(distFolder, snapshot, { recursive: true });

/** The figures, in the order they are printed. Each runs in a fresh process. */
const jobs = [
  { name: 'fold', script: 'fold.mjs', args: { ...shape, ...repeat } },
  { name: 'indexed', script: 'indexed.mjs', args: { ...shape, ...repeat } },
  { name: 'ingest', script: 'ingest.mjs', args: { file: ndjson, events, runs: repeat.runs }, needsFile: true },
  { name: 'ingest-rss', script: 'ingest.mjs', args: { file: ndjson, events, rss: true }, needsFile: true },
  {
    name: 'ingest-rss-one-thread',
    script: 'ingest.mjs',
    args: { file: ndjson, events, rss: true, threads: 1 },
    needsFile: true,
  },
  {
    name: 'scaling',
    script: 'scaling.mjs',
    args: { ...shape, sizes: [events / 100, events / 10, events].map(Math.round), runs: repeat.runs },
  },
  { name: 'lock', script: 'lock.mjs', args: { runs: tiny ? 2 : 10 } },
  { name: 'postgres', script: 'postgres.mjs', args: { ...shape, tiny } },
  { name: 'cli', script: 'cli.mjs', args: { runs: tiny ? 2 : 15 } },
  {
    name: 'cli-large',
    script: 'cli-large.mjs',
    args: { file: largeNdjson, events: largeEvents, runs: tiny ? 1 : 5 },
    needsLargeFile: true,
  },
  { name: 'bundle', script: 'bundle.mjs', args: {} },
  { name: 'anatomy', script: 'anatomy.mjs', args: { ...shape, file: ndjson, runs: repeat.runs }, needsFile: true },
];
const selected = args.only ? jobs.filter((job) => args.only.split(',').includes(job.name)) : jobs;

const rows = [];
try {
  if (selected.some((job) => job.needsFile)) await writeNdjson(generateEvents(shape), ndjson);
  if (selected.some((job) => job.needsLargeFile))
    await writeNdjson(generateEvents({ ...shape, events: largeEvents }), largeNdjson);
  for (const job of selected) {
    process.stderr.write(`bench: ${job.name}…\n`);
    const started = performance.now();
    const result = await runFigure(job);
    process.stderr.write(`bench: ${job.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    rows.push(...result.map(judge));
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
  await rm(snapshot, { recursive: true, force: true });
}

const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
};
const result = { date: new Date().toISOString(), events, shape, machine, rows };
const table = markdownTable(rows);
console.log(table);
console.log(
  `\n${events} events, ${shape.parties} parties × ${shape.issues} issues, seed ${shape.seed}; ${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, Node ${machine.node}; load ${machine.loadAverage.join(' ')} at the end`,
);
await mkdir(dirname(args.out), { recursive: true });
await writeFile(args.out, `${JSON.stringify(result, null, 2)}\n`);
await writeFile(args.out.replace(/\.json$/, '.md'), `${table}\n`);
if (rows.some((row) => row.error)) process.exitCode = 1;

/** Runs one figure in a child process and returns its rows (or one row saying why it could not). */
function runFigure(job) {
  const script = join(here, 'figures', job.script);
  if (!existsSync(script))
    return Promise.resolve([{ key: job.name, figure: job.name, error: `no script ${job.script}` }]);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=12288', script, JSON.stringify(job.args)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, POSITIONS_BENCH_DIST: snapshot },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('@@rows '));
      if (code === 0 && line) return resolve(JSON.parse(line.slice('@@rows '.length)));
      const why = (stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`).slice(0, 300);
      resolve([{ key: job.name, figure: job.name, error: why }]);
    });
  });
}
