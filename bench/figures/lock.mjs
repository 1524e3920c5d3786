// Figure: how long `positions append` takes right after a writer was killed while holding the file
// store's lock, against the same append when nobody held it. The killed writer's lock names its owner;
// the next writer sees the owner is gone and takes the lock over instead of waiting out the stale
// timeout (10 s by default). Alternating, so load affects both alike.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { libraryFile } from '../lib/library.mjs';
import { figureArgs, median, report } from '../lib/measure.mjs';

const { runs = 10 } = figureArgs();
const cli = libraryFile('cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');

const folder = await mkdtemp(join(tmpdir(), 'positions-bench-lock-'));
const store = join(folder, 'events.ndjson');
await writeFile(store, '');

// A writer that takes the lock through the store (a torn tail makes opening call onWarning under the
// lock) and blocks there until killed.
const holder = `
  import { appendFileSync } from 'node:fs';
  const { FileEventStore } = await import(${JSON.stringify(pathToFileURL(libraryFile('file.js')).href)});
  appendFileSync(process.argv[1], '{"torn');
  await FileEventStore.open(process.argv[1], { onWarning: () => {
    process.stdout.write('holding\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  } });`;

function killHolder() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', holder, store], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('holding')) child.kill('SIGKILL');
    });
    child.on('close', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the lock holder exited without holding: ${stderr}`)),
    );
  });
}

let n = 0;
async function append() {
  const input = join(folder, 'one.ndjson');
  const event = {
    type: 'statement',
    id: `bench.lock.${n++}`,
    parties: ['ukraine'],
    issue: 'ukraine-in-nato',
    stance: 'supports',
    act: 'propose',
    attribution: 'on-record',
    statedAt: '2025-06',
    recordedAt: '2025-07-01T00:00:00Z',
    summary: 'a statement',
    sources: [{ document: 'doc-1' }],
  };
  await writeFile(input, `${JSON.stringify(event)}\n`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'append', input, '--data', store], { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`positions append exited ${result.status}: ${result.stderr}`);
  return { elapsed, tookOver: result.stderr.includes('took over the lock') };
}

const normal = [];
const afterKill = [];
let takeovers = 0;
try {
  for (let run = -1; run < runs; run++) {
    const plain = await append();
    await killHolder();
    const recovering = await append();
    if (run < 0) continue;
    normal.push(plain.elapsed);
    afterKill.push(recovering.elapsed);
    if (recovering.tookOver) takeovers++;
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
if (takeovers !== runs) throw new Error(`only ${takeovers} of ${runs} appends after a kill took the lock over`);
report([
  {
    key: 'lock.after-kill',
    figure: 'File lock: positions append right after a writer was killed holding the lock',
    measure: `node dist/cli.js append (1 event) after a SIGKILL'd holder, taking over its lock (default stale timeout 10 s), wall time`,
    value: median(afterKill),
    baseline: 'the same append, lock free',
    baselineValue: median(normal),
    target: '≤ 2× the baseline',
    rule: 'ratio<=2',
  },
]);
