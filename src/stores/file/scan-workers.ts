// Node only: the ranges of a file read on worker threads, handed to the owner of the ledger in order.
import { existsSync, openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { NdjsonFileReader } from '../../ndjson/node/index.js';
import { type RangeScan, scanRange } from './range-scan.js';

/** What a scan worker is given (src/stores/file/scan-worker.ts). */
export interface ScanWorkerData {
  /** The file. */
  readonly path: string;
  /** Its byte ranges `[start, end)` to read, in order. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Where each range's {@link RangeScan} (or an error) is posted. */
  readonly port: MessagePort;
  /**
   * Two counters per worker, shared with the owner, who waits on them without an event loop: at `2 × slot`
   * the messages posted, at `2 × slot + 1` a heartbeat that grows as lines are read.
   */
  readonly signal: Int32Array;
  /** This worker's number. */
  readonly slot: number;
}

/**
 * The scans of a file's ranges, taken in order by the thread that owns the ledger. `take` returns
 * `undefined` for a range the owner must read itself (its worker failed).
 */
export interface RangeScans {
  /** The scan of range `n` (ranges are taken once each, in order). */
  take(n: number): RangeScan | undefined;
  /** Stops what is still running. */
  close(): void;
}

/**
 * How long a worker may go without reading a line (or, at first, without starting) before the owner
 * stops waiting for it and reads its ranges itself: a worker that failed to load posts nothing.
 */
const STALL_MS = 10_000;

/**
 * The worker script next to this module once built (dist/), or `undefined` when there is none: run from
 * source, or bundled into a single file by an application, a file is read on the calling thread alone.
 */
export function scanWorkerUrl(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Reads `ranges` of `path` on `workers` worker threads started from `script`, range `n` on worker
 * `n % workers`, each worker its ranges in order, all while the owner reads the first part of the file.
 * A worker that goes `stallMs` without reading a line is given up on.
 * The owner blocks in `take` until the range it asks for is posted (`Atomics.wait` on a shared counter,
 * then `receiveMessageOnPort`), so reading stays synchronous.
 */
export function workerScans(
  script: URL,
  path: string,
  ranges: readonly (readonly [number, number])[],
  workers: number,
  stallMs = STALL_MS,
): RangeScans {
  const signal = new Int32Array(new SharedArrayBuffer(8 * workers));
  const threads: { worker: Worker; port: MessagePort; ranges: number; received: number; failed: boolean }[] = [];
  for (let slot = 0; slot < workers; slot++) {
    const { port1, port2 } = new MessageChannel();
    const mine = ranges.filter((_, n) => n % workers === slot);
    const data: ScanWorkerData = {
      path,
      ranges: mine,
      port: port2,
      signal,
      slot,
    };
    // No flags of the calling process (`--eval`, `--input-type`, a loader): the script is plain JavaScript.
    const worker = new Worker(script, { workerData: data, transferList: [port2], execArgv: [] });
    // A worker that is still reading must not keep the process alive once the owner is done with it.
    worker.unref();
    // A worker that fails posts its error, or goes quiet and is given up on (`take`): its ranges are read
    // by the owner, so its error event must not end the process.
    worker.on('error', () => {});
    threads.push({ worker, port: port1, ranges: mine.length, received: 0, failed: false });
  }
  return {
    take(n) {
      const slot = n % workers;
      const thread = threads[slot];
      if (thread === undefined || thread.failed) return undefined;
      // Each worker posts its ranges in order, so its next message is range n's.
      const posted = 2 * slot;
      let beat = Atomics.load(signal, posted + 1);
      let since = Date.now();
      while (Atomics.load(signal, posted) <= thread.received) {
        Atomics.wait(signal, posted, thread.received, 250);
        const now = Date.now();
        const current = Atomics.load(signal, posted + 1);
        if (current !== beat) {
          beat = current;
          since = now;
        } else if (now - since > stallMs) {
          thread.failed = true;
          void thread.worker.terminate();
          return undefined;
        }
      }
      thread.received++;
      const message = receiveMessageOnPort(thread.port)?.message as { scan?: RangeScan } | undefined;
      // Its last range: the worker's memory (its heap, its code) is let go before the owner takes it in.
      if (thread.received === thread.ranges) void thread.worker.terminate();
      if (message?.scan !== undefined) return message.scan;
      thread.failed = true;
      return undefined;
    },
    close() {
      for (const { worker, port } of threads) {
        port.close();
        void worker.terminate();
      }
    },
  };
}

/**
 * The same scans read on the calling thread, one range at a time when taken: what a build without the
 * worker script would do were it to split the file; the tests use it to check the merging from source.
 */
export function inlineScans(path: string, ranges: readonly (readonly [number, number])[]): RangeScans {
  const reader = new NdjsonFileReader();
  return {
    take(n) {
      const range = ranges[n];
      if (range === undefined) return undefined;
      const fd = openSync(path, 'r');
      try {
        return scanRange(fd, range[0], range[1], reader);
      } finally {
        closeSync(fd);
      }
    },
    close() {},
  };
}
