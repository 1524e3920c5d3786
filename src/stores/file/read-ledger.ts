// Node only: a ledger read straight from an NDJSON file.
import { fstatSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { LineScanner, takeRows } from '../../columns/index.js';
import { AppendBatch, originOf } from '../../ledger/append.js';
import { batchSink, type NdjsonAppendResult } from '../../ledger/append-ndjson.js';
import { Ledger, type LedgerOptions } from '../../ledger/index.js';
import { LEDGER_STATE } from '../../ledger/ledger-internals.js';
import type { LineSink } from '../../ndjson/line-splitter.js';
import { NdjsonFileReader } from '../../ndjson/node/index.js';
import { FileText } from './file-text.js';
import { lineRanges } from './line-ranges.js';
import { inlineScans, type RangeScans, scanWorkerUrl, workerScans } from './scan-workers.js';

/** How often progress is told, in lines (and after how many the rest of the file is reserved for). */
const PROGRESS_LINES = 1 << 14;

/**
 * From what size a file is read on several threads by default: 16 MiB, some 50,000 events. Below it,
 * starting a worker (about 50 ms to load its code) costs more than it saves.
 *
 * @example
 * PARALLEL_READ_BYTES; //=> 16777216
 */
export const PARALLEL_READ_BYTES = 16 * 1024 * 1024;

/** The most threads a file is read on by default. */
const MOST_THREADS = 8;

/**
 * Options of {@link readLedger}.
 *
 * @example
 * readLedger('events.ndjson', { vocabulary, onProgress: (bytes, total) => console.error(bytes / total) });
 */
export interface ReadLedgerOptions extends LedgerOptions {
  /** Called after each chunk read, with the bytes read so far and the file's size. */
  readonly onProgress?: (bytes: number, total: number) => void;
  /**
   * How many threads read the file (the calling one included): 1 reads it on the calling thread alone.
   * Default: one per core, at most 8, for a file of {@link PARALLEL_READ_BYTES} or more; otherwise 1.
   * The answer is the same whatever the number (docs/design.md §9.2).
   */
  readonly threads?: number;
}

/**
 * A ledger holding every event of an NDJSON file, read as one all-or-nothing batch: the file is read in
 * chunks of bytes and each line decoded straight into the ledger's columns (docs/design.md §9.2), so a
 * file of any size reads in memory proportional to its events, not its text. A large file is read on
 * several threads at once (see {@link ReadLedgerOptions.threads}); the call stays synchronous. The texts
 * stay on disk and are read back by byte range when an answer needs one; `ledger.close()` lets the file go.
 *
 * @throws {ValidationError} naming the file, line and field of every problem; nothing is kept open.
 * @example
 * const ledger = readLedger('events.ndjson', { vocabulary });
 * ledger.at('2025-12-31').cells().length;
 */
export function readLedger(path: string, options: ReadLedgerOptions = {}): Ledger {
  const ledger = new Ledger(options);
  appendNdjsonFile(ledger, path, options);
  return ledger;
}

/**
 * Appends the events of an NDJSON file to a ledger, all or nothing, leaving their texts on disk.
 *
 * @throws {ValidationError} naming the file, line and field of every problem; the ledger is as it was.
 * @example
 * appendNdjsonFile(ledger, 'more-events.ndjson').added; //=> the number of events added
 */
export function appendNdjsonFile(
  ledger: Ledger,
  path: string,
  options: Pick<ReadLedgerOptions, 'onProgress' | 'threads'> = {},
): NdjsonAppendResult {
  return readFileInto(ledger, path, options, (fd, size, threads) => {
    const script = threads > 1 ? scanWorkerUrl() : undefined;
    if (script === undefined) return undefined;
    const ranges = lineRanges(fd, size, threads - 1);
    return ranges.length < 2 ? undefined : { ranges, scans: workerScans(script, path, ranges.slice(1), threads - 1) };
  });
}

/**
 * How the ranges after the first are read: `undefined` to read the whole file on the calling thread;
 * otherwise the ranges (the first is the caller's) and their scans.
 */
export type RangePlan = (
  fd: number,
  size: number,
  threads: number,
) => { readonly ranges: readonly (readonly [number, number])[]; readonly scans: RangeScans } | undefined;

/**
 * {@link appendNdjsonFile} with the file cut at `cuts` (byte offsets of line starts, ascending) and the
 * ranges after the first read on the calling thread, one after another, then taken in as workers' are:
 * for the tests, which run from source, where there is no worker script, and choose where to cut.
 */
export function appendNdjsonFileInline(ledger: Ledger, path: string, cuts: readonly number[]): NdjsonAppendResult {
  return readFileInto(ledger, path, { threads: cuts.length + 1 }, (_fd, size) => {
    const bounds = [0, ...cuts, size];
    const ranges = cuts.map((_, n) => [bounds[n] as number, bounds[n + 1] as number] as const);
    ranges.push([bounds[cuts.length] as number, size]);
    return { ranges, scans: inlineScans(path, ranges.slice(1)) };
  });
}

function readFileInto(
  ledger: Ledger,
  path: string,
  options: Pick<ReadLedgerOptions, 'onProgress' | 'threads'>,
  plan: RangePlan,
): NdjsonAppendResult {
  const { threads: asked } = options;
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1))
    throw new RangeError(`threads must be a positive integer, got ${String(asked)}`);
  const state = ledger[LEDGER_STATE];
  state.scanner ??= new LineScanner();
  const fd = openSync(path, 'r');
  const text = new FileText(fd, path);
  const source = state.table.texts.push(text) - 1;
  let scans: RangeScans | undefined;
  try {
    // The file's events are stored ones: read back without the limits of new appends.
    const batch = new AppendBatch(state, (index, line) => originOf(index, line, path), false);
    const sink = batchSink(batch, source, path, (_bytes, _start, _end, offset) => offset);
    const { onProgress } = options;
    const total = fstatSync(fd).size;
    const measuringSink: LineSink = {
      line: (bytes, start, end, lineNumber, offset) => {
        sink.line(bytes, start, end, lineNumber, offset);
        if (lineNumber % PROGRESS_LINES !== 0) return;
        onProgress?.(offset + end - start, total);
        // The lines read so far say how long a line is: make room for the rest of the file at once.
        if (lineNumber === PROGRESS_LINES)
          state.table.reserve(Math.ceil(((total - offset) / offset) * lineNumber * 1.05));
      },
      refused: sink.refused,
    };
    const reader = new NdjsonFileReader();
    const threads =
      options.threads ?? (total >= PARALLEL_READ_BYTES ? Math.min(availableParallelism(), MOST_THREADS) : 1);
    const planned = plan(fd, total, threads);
    if (planned === undefined) {
      reader.read(fd, measuringSink, { file: path });
      return batch.finish();
    }
    scans = planned.scans;
    const { ranges } = planned;
    let line = reader.read(fd, measuringSink, { file: path, end: (ranges[0] as readonly [number, number])[1] }).line;
    for (let n = 1; n < ranges.length; n++) {
      const [start, end] = ranges[n] as readonly [number, number];
      const scan = scans.take(n - 1);
      // Where the calling thread goes on reading itself: after the events taken in, if any.
      let from = start;
      let before = line;
      if (scan !== undefined) {
        const first = state.table.count;
        const events = batch.adoptRows((table) => takeRows(table, scan.parts, source), scan.eventLines, line);
        if (events === scan.eventLines.length) {
          if (scan.stop < 0) {
            line += scan.lines;
            onProgress?.(end, total);
            continue;
          }
          from = scan.stop;
          before = line + scan.lines;
        } else {
          from = scan.parts.textStart[state.table.count - first] as number;
          before = line + (scan.eventLines[events] as number) - 1;
        }
      }
      line = reader.read(fd, measuringSink, { file: path, offset: from, line: before, end }).line;
      onProgress?.(end, total);
    }
    return batch.finish();
  } catch (error) {
    text.close();
    throw error;
  } finally {
    scans?.close();
  }
}
