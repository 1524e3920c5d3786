// Node only: the entry point of a worker thread that reads ranges of an NDJSON file into tables of its own
// (src/stores/file/scan-workers.ts starts it; its own bundle entry, so the thread loads only this).
import { closeSync, openSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { EventTable, partsTransferList } from '../../columns/index.js';
import { NdjsonFileReader } from '../../ndjson/node/index.js';
import { scanRange } from './range-scan.js';
import type { ScanWorkerData } from './scan-workers.js';

const { path, ranges, port, signal, slot } = workerData as ScanWorkerData;

/** Posts a message, then counts it in the shared signal, which the owner waits on. */
function send(message: unknown, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 2 * slot, 1);
  Atomics.notify(signal, 2 * slot);
}

function beat(): void {
  Atomics.add(signal, 2 * slot + 1, 1);
}

try {
  const fd = openSync(path, 'r');
  try {
    const reader = new NdjsonFileReader();
    const table = new EventTable();
    for (const [start, end] of ranges) {
      const scan = scanRange(fd, start, end, reader, beat, table);
      send({ scan }, [...partsTransferList(scan.parts), scan.eventLines.buffer as ArrayBuffer]);
    }
  } finally {
    closeSync(fd);
  }
} catch (error) {
  // The owner reads this range and the ones after it itself.
  send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
