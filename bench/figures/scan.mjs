#!/usr/bin/env node
// Figure (run by hand, not by bench/run.mjs): the line scanner (src/columns/scan-line.ts) reading an
// NDJSON file into an event table, against JSON.parse of the same lines and against reading and
// splitting the file alone. The scanner is not in the built package's entries, so it is bundled from
// src/ with esbuild for this run. CPU time (process.cpuUsage: user + system, every thread of the
// process) is reported beside wall time, as the machine may be shared: the CPU figures are the ones to
// compare across runs.
//
//   node bench/figures/scan.mjs [--file /tmp/ev1m.ndjson] [--events 1000000] [--runs 5]
//
// The file is made with bench/generate.mjs (seed 42) when it does not exist.
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generateEvents, writeNdjson } from '../generate.mjs';
import { median } from '../lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { values: args } = parseArgs({
  options: {
    file: { type: 'string', default: join(os.tmpdir(), 'ev1m.ndjson') },
    events: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Number(args.runs);

if (!existsSync(args.file)) {
  process.stderr.write(`scan: writing ${args.events} events to ${args.file}…\n`);
  await writeNdjson(generateEvents({ events: Number(args.events), seed: 42 }), args.file);
}

// The scanner, the event table and the schema path, bundled from src/ for this run.
const tmp = await mkdtemp(join(os.tmpdir(), 'positions-scan-'));
const bundle = join(tmp, 'scan.mjs');
await build({
  stdin: {
    contents: `
      export { LineScanner, SCAN_UNSURE } from './src/columns/scan-line.ts';
      export { EventTable } from './src/columns/event-table.ts';
      export { writeEvent } from './src/columns/write-event.ts';
      export { parseEvent } from './src/events/index.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const { LineScanner, SCAN_UNSURE, EventTable, writeEvent, parseEvent } = await import(pathToFileURL(bundle).href);
await rm(tmp, { recursive: true, force: true });

const CHUNK = 1 << 20;
const decoder = new TextDecoder();

/**
 * Streams the file in 1 MiB chunks and calls `line(bytes, start, end, offset)` for each non-empty line
 * (its byte range in `bytes`, and its offset in the file); a line cut by a chunk's end is carried over.
 */
function eachLine(file, line) {
  const handle = openSync(file, 'r');
  let buffer = Buffer.allocUnsafe(CHUNK * 2);
  let kept = 0;
  let offset = 0;
  let lines = 0;
  try {
    for (;;) {
      if (buffer.length - kept < CHUNK) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const read = readSync(handle, buffer, kept, CHUNK, null);
      const filled = kept + read;
      let start = 0;
      for (let nl = buffer.indexOf(10, 0); nl !== -1 && nl < filled; nl = buffer.indexOf(10, start)) {
        if (nl > start) {
          line(buffer, start, nl, offset + start);
          lines++;
        }
        start = nl + 1;
      }
      if (read === 0) {
        if (start < filled) {
          line(buffer, start, filled, offset + start);
          lines++;
        }
        return lines;
      }
      buffer.copy(buffer, 0, start, filled);
      offset += start;
      kept = filled - start;
    }
  } finally {
    closeSync(handle);
  }
}

/** Runs `fn` once to warm up and `runs` times measured; medians of wall and CPU ms. */
function measure(fn) {
  const wall = [];
  const cpu = [];
  let result;
  for (let run = -1; run < runs; run++) {
    globalThis.gc?.();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    result = fn();
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpuBefore);
    if (run >= 0) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall: median(wall), cpu: median(cpu), result };
}

const split = measure(() => eachLine(args.file, () => {}));
const lineCount = split.result;

const scan = measure(() => {
  const table = new EventTable();
  const scanner = new LineScanner();
  const place = { source: 0, start: 0, length: 0, stored: false };
  let unsure = 0;
  eachLine(args.file, (bytes, start, end, offset) => {
    place.start = offset;
    place.length = end - start;
    if (scanner.scanLine(table, bytes, start, end, place) === SCAN_UNSURE) {
      unsure++;
      writeEvent(table, parseEvent(JSON.parse(decoder.decode(bytes.subarray(start, end)))), { ...place });
    }
  });
  return { rows: table.count, unsure };
});

const decodeParse = measure(() => {
  let last;
  eachLine(args.file, (bytes, start, end) => {
    last = JSON.parse(decoder.decode(bytes.subarray(start, end)));
  });
  return last;
});

// The ingest figure's baseline: JSON.parse of the lines, already in memory as strings.
const texts = (await readFile(args.file, 'utf8')).split('\n').filter((text) => text !== '');
const parse = measure(() => {
  let last;
  for (let n = 0; n < texts.length; n++) last = JSON.parse(texts[n]);
  return last;
});

const row = (name, m, base) =>
  `| ${name} | ${m.wall.toFixed(0)} | ${m.cpu.toFixed(0)} | ${((m.cpu * 1e6) / lineCount).toFixed(0)} | ${base ? (m.cpu / base.cpu).toFixed(2) : ''} |`;
const scanOnly = { wall: scan.wall - split.wall, cpu: scan.cpu - split.cpu };
process.stdout.write(
  [
    `scan figure: ${lineCount} lines of ${args.file}, medians of ${runs} runs (Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)})`,
    `scanner: ${scan.result.rows} rows, ${scan.result.unsure} lines unsure (${((100 * (lineCount - scan.result.unsure)) / lineCount).toFixed(2)}% accepted)`,
    '',
    '| measure | wall ms | CPU ms | CPU ns/line | CPU × JSON.parse (in memory) |',
    '|---|---|---|---|---|',
    row('read + split alone (1 MiB chunks)', split, parse),
    row('read + split + scanLine into a table', scan, parse),
    row('scanLine alone (the difference)', scanOnly, parse),
    row('read + split + decode + JSON.parse', decodeParse, parse),
    row('JSON.parse of the lines, already strings in memory', parse, parse),
    '',
  ].join('\n'),
);
