// Figure: split an NDJSON file into lines with the byte reader (src/ndjson), against reading the
// file alone and against reading it plus one `buf.indexOf(10)` per line (the least any splitter
// does). The reader is bundled from the sources with esbuild, as no built entry exports it.
//
//   node bench/figures/split.mjs '{"events":1700000}'   # bench/generate.mjs's stream, seed 42
//   node bench/figures/split.mjs '{"file":"events.ndjson","runs":5,"chunksKiB":[1024,4096]}'
//
// It prints a table on stderr and hands its rows to bench/run.mjs on stdout.
//
// Everything is measured with the file in the page cache (one unmeasured run first): the figure is
// the CPU cost of splitting, not the disk's speed.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateEvents, writeNdjson } from '../generate.mjs';
import { figureArgs, median, report } from '../lib/measure.mjs';
import { judge, markdownTable } from '../lib/table.mjs';

const MiB = 1024 * 1024;
/** The last result of a measured function, kept reachable so the work cannot be optimised away. */
export let kept;

const {
  file: given,
  events = 1_700_000,
  runs = 7,
  seed = 42,
  chunksKiB = [64, 256, 1024, 2048, 4096, 8192],
} = figureArgs();

const tmp = await mkdtemp(join(tmpdir(), 'positions-split-'));
try {
  const reader = await bundleReader(tmp);
  let file = given;
  if (file === undefined) {
    file = join(tmp, 'events.ndjson');
    process.stderr.write(`split: writing ${events} events…\n`);
    await writeNdjson(generateEvents({ events, seed }), file);
  }
  const bytes = statSync(file).size;
  const megabytes = bytes / 1e6;
  const throughput = (ms) => `${((bytes / 1e9) * (1000 / ms)).toFixed(2)} GB/s`;

  const rows = [];
  let lines = 0;
  for (const kib of chunksKiB) {
    const chunkBytes = kib * 1024;
    const [read, indexOf, split] = interleaved([
      () => readAlone(file, chunkBytes),
      () => readAndFindNewlines(file, chunkBytes),
      () => {
        const sink = countingSink();
        reader.readNdjsonFile(file, sink, { reader: new reader.NdjsonFileReader({ chunkBytes }) });
        lines = sink.lines;
        return sink.bytes;
      },
    ]);
    const name = kib < 1024 ? `${kib} KiB chunks` : `${kib / 1024} MiB chunks`;
    rows.push(
      {
        key: `split.vs-read.${kib}k`,
        figure: `split ${megabytes.toFixed(0)} MB into lines, ${name}`,
        measure: 'NdjsonFileReader: readSync into one Buffer, LineSplitter, a sink that counts',
        value: split,
        baseline: 'readSync of the same chunks, no splitting',
        baselineValue: read,
        target: '—',
        rule: 'none',
        note: `${throughput(split)} split, ${throughput(read)} read`,
      },
      {
        key: `split.vs-indexof.${kib}k`,
        figure: `split ${megabytes.toFixed(0)} MB into lines, ${name}`,
        measure: 'as above',
        value: split,
        baseline: 'readSync plus one Buffer indexOf(10) per line',
        baselineValue: indexOf,
        target: '≤ 1.2× the baseline',
        rule: 'ratio<=1.2',
        note: `${lines} lines`,
      },
    );
  }

  // Stdin and browsers: the same splitter fed by a stream, and fed plain Uint8Arrays.
  const [streamRead, streamSplit] = await interleavedAsync([
    async () => {
      let total = 0;
      for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) total += chunk.length;
      return total;
    },
    async () => {
      const sink = countingSink();
      await reader.splitStream(createReadStream(file, { highWaterMark: 64 * 1024 }), sink);
      return sink.bytes;
    },
  ]);
  rows.push({
    key: 'split.stream',
    figure: `split ${megabytes.toFixed(0)} MB into lines from a stream (64 KiB chunks, as stdin)`,
    measure: 'splitStream over fs.createReadStream',
    value: streamSplit,
    baseline: 'the same stream, read alone',
    baselineValue: streamRead,
    target: '—',
    rule: 'none',
    note: throughput(streamSplit),
  });
  const [plainRead, plainSplit] = interleaved([
    () => readAlone(file, MiB, true),
    () => {
      const sink = countingSink();
      const splitter = new reader.LineSplitter();
      splitter.reset();
      readAlone(file, MiB, true, (chunk) => splitter.push(chunk, sink));
      splitter.finish(sink);
      return sink.bytes;
    },
  ]);
  rows.push({
    key: 'split.uint8array',
    figure: `split ${megabytes.toFixed(0)} MB into lines from plain Uint8Array chunks (as in a browser)`,
    measure: 'LineSplitter over 1 MiB Uint8Array chunks (Uint8Array indexOf, not memchr)',
    value: plainSplit,
    baseline: 'readSync of the same chunks, no splitting',
    baselineValue: plainRead,
    target: '—',
    rule: 'none',
    note: throughput(plainSplit),
  });

  // For a person running the figure alone; the runner reads only the rows line on stdout.
  process.stderr.write(`${markdownTable(rows.map(judge))}\n`);
  report(rows);
} finally {
  await rm(tmp, { recursive: true, force: true });
}

/**
 * Medians, in ms, of `fns` run in turns (one unmeasured round first): a machine busy with other
 * work slows every variant alike, so their ratios hold better than with one variant after another.
 */
function interleaved(fns) {
  const samples = fns.map(() => []);
  for (let round = -1; round < runs; round++)
    fns.forEach((fn, n) => {
      const started = performance.now();
      kept = fn();
      if (round >= 0) samples[n].push(performance.now() - started);
    });
  return samples.map(median);
}

/** `interleaved` for async functions. */
async function interleavedAsync(fns) {
  const samples = fns.map(() => []);
  for (let round = -1; round < runs; round++)
    for (const [n, fn] of fns.entries()) {
      const started = performance.now();
      kept = await fn();
      if (round >= 0) samples[n].push(performance.now() - started);
    }
  return samples.map(median);
}

/** The byte reader, bundled from src/ into `dir` and imported. */
async function bundleReader(dir) {
  const outfile = join(dir, 'ndjson-reader.mjs');
  const src = fileURLToPath(new URL('../../src/ndjson/', import.meta.url));
  await build({
    stdin: {
      contents: `export * from './byte-reader.ts'; export * from './node/index.ts';`,
      resolveDir: src,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** A sink that only counts: what splitting costs without any work per line. */
function countingSink() {
  return {
    lines: 0,
    bytes: 0,
    line(_bytes, start, end) {
      this.lines++;
      this.bytes += end - start;
    },
    blank() {
      this.lines++;
    },
    refused(problem) {
      throw new Error(problem.message);
    },
  };
}

/** Reads the file in chunks into one buffer (a plain Uint8Array when `plain`), handing each to `each`. */
function readAlone(path, chunkBytes, plain = false, each = undefined) {
  const fd = openSync(path, 'r');
  const buffer = plain ? new Uint8Array(chunkBytes) : Buffer.allocUnsafe(chunkBytes);
  let total = 0;
  try {
    for (
      let read = readSync(fd, buffer, 0, chunkBytes, total);
      read > 0;
      read = readSync(fd, buffer, 0, chunkBytes, total)
    ) {
      total += read;
      each?.(read === chunkBytes ? buffer : buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return total;
}

/** Reads the file as `readAlone` does and finds every newline with Buffer's indexOf (memchr). */
function readAndFindNewlines(path, chunkBytes) {
  let lines = 0;
  readAlone(path, chunkBytes, false, (chunk) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  return lines;
}
