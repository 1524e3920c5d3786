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
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
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

/**
 * Runs every task once to warm up, then `runs` rounds of every task in turn, so that a change in the
 * machine's load falls on all of them alike; the medians of wall and CPU ms, and each task's result.
 */
function measureAll(tasks) {
  const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, { wall: [], cpu: [] }]));
  const results = {};
  for (let round = -1; round < runs; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      globalThis.gc?.();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      results[name] = task();
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpuBefore);
      if (round >= 0) {
        samples[name].wall.push(elapsed);
        samples[name].cpu.push((used.user + used.system) / 1000);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, { wall, cpu }]) => [
      name,
      { wall: median(wall), cpu: median(cpu), result: results[name] },
    ]),
  );
}

/** Reading and splitting alone. */
function split() {
  return eachLine(args.file, () => {});
}

/** The scanner into a fresh table; a line it is unsure of takes the schema path, as ingest will. */
function scan() {
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
}

// A reference with the plain prototype's shape: a generic JSON byte walk (grammar and UTF-8 only,
// nothing validated against the schema, nothing written), its position in a module-level variable.
let pos = 0;
function walkValue(b, end) {
  while (pos < end && (b[pos] === 32 || b[pos] === 9 || b[pos] === 13 || b[pos] === 10)) pos++;
  const c = b[pos];
  if (c === 0x7b || c === 0x5b) {
    const close = c === 0x7b ? 0x7d : 0x5d;
    pos++;
    for (let first = true; ; first = false) {
      while (pos < end && (b[pos] === 32 || b[pos] === 9 || b[pos] === 13 || b[pos] === 10)) pos++;
      if (b[pos] === close && first) break;
      if (c === 0x7b) {
        if (b[pos] !== 0x22 || !walkString(b, end)) return false;
        while (pos < end && (b[pos] === 32 || b[pos] === 9 || b[pos] === 13 || b[pos] === 10)) pos++;
        if (b[pos++] !== 0x3a) return false;
      }
      if (!walkValue(b, end)) return false;
      while (pos < end && (b[pos] === 32 || b[pos] === 9 || b[pos] === 13 || b[pos] === 10)) pos++;
      if (b[pos] === close) break;
      if (b[pos++] !== 0x2c) return false;
    }
    pos++;
    return pos <= end;
  }
  if (c === 0x22) return walkString(b, end);
  const start = pos;
  while (pos < end && b[pos] !== 0x2c && b[pos] !== 0x7d && b[pos] !== 0x5d && b[pos] > 32) pos++;
  return pos > start;
}
function walkString(b, end) {
  for (pos++; pos < end; pos++) {
    const c = b[pos];
    if (c === 0x22) {
      pos++;
      return true;
    }
    if (c === 0x5c) pos++;
    else if (c < 0x20) return false;
    else if (c >= 0x80) {
      const n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
      for (let k = 1; k <= n; k++) if ((b[pos + k] & 0xc0) !== 0x80) return false;
      pos += n;
    }
  }
  return false;
}
/** The generic walk over every line. */
function walk() {
  let valid = 0;
  eachLine(args.file, (bytes, start, end) => {
    pos = start;
    if (walkValue(bytes, end)) valid++;
  });
  return valid;
}

/** Each line decoded from the chunks and JSON.parse'd. */
function decodeParse() {
  let last;
  eachLine(args.file, (bytes, start, end) => {
    last = JSON.parse(decoder.decode(bytes.subarray(start, end)));
  });
  return last;
}

const figures = measureAll({ split, scan, walk, decodeParse });

// The ingest figure's baseline: JSON.parse of the lines, already in memory as strings. Measured after
// the others, as a million strings kept in the heap would make their collections dearer. A file over
// 512 MB does not fit in one string: its lines are then decoded chunk by chunk, and kept.
const texts = [];
if (statSync(args.file).size < 2 ** 29 - 2 ** 24) {
  for (const text of (await readFile(args.file, 'utf8')).split('\n')) if (text !== '') texts.push(text);
} else eachLine(args.file, (bytes, start, end) => texts.push(decoder.decode(bytes.subarray(start, end))));

/** JSON.parse of the lines in memory. */
function parse() {
  let last;
  for (let n = 0; n < texts.length; n++) last = JSON.parse(texts[n]);
  return last;
}

Object.assign(figures, measureAll({ parse }));
const lineCount = figures.split.result;
const { rows, unsure } = figures.scan.result;
const row = (name, m) =>
  `| ${name} | ${m.wall.toFixed(0)} | ${m.cpu.toFixed(0)} | ${((m.cpu * 1e6) / lineCount).toFixed(0)} | ${(m.cpu / figures.parse.cpu).toFixed(2)} | ${(m.cpu / figures.decodeParse.cpu).toFixed(2)} |`;
const scanOnly = { wall: figures.scan.wall - figures.split.wall, cpu: figures.scan.cpu - figures.split.cpu };
process.stdout.write(
  [
    `scan figure: ${lineCount} lines of ${args.file}, medians of ${runs} rounds (Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)})`,
    `scanner: ${rows} rows, ${unsure} lines unsure (${((100 * (lineCount - unsure)) / lineCount).toFixed(2)}% taken on the fast path); generic walk: ${figures.walk.result} lines valid JSON`,
    '',
    '| measure | wall ms | CPU ms | CPU ns/line | CPU × JSON.parse (strings in memory) | CPU × decode + JSON.parse (same rounds) |',
    '|---|---|---|---|---|---|',
    row('read + split alone (1 MiB chunks)', figures.split),
    row('read + split + scanLine into a table', figures.scan),
    row('scanLine alone (the difference)', scanOnly),
    row('read + split + generic JSON byte walk (grammar only, nothing written)', figures.walk),
    row('read + split + decode + JSON.parse', figures.decodeParse),
    row('JSON.parse of the lines, already strings in memory (measured after the rest)', figures.parse),
    '',
  ].join('\n'),
);
