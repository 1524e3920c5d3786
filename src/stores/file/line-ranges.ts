// Node only: where to cut a file so that several threads can read it at once.
import { readSync } from 'node:fs';

/**
 * What taking a worker's event into the ledger (src/columns/table-import.ts) costs the owner of the
 * ledger, against a worker reading it from its line. On the benchmark's 1.7M-event file (2 cores) the
 * owner takes 185,000 events in 50–90 ms, a seventh of the 500 ms a worker spends reading them; workers
 * read a little slower than the owner, which brings the balance to a tenth. The owner reads the first part
 * of the file while the workers read the rest, then takes their events in; its part is made that much
 * smaller than theirs, so that all finish together.
 */
const TAKE_COST = 0.1;

/** How large a worker's range is at most: the owner takes each in while the worker reads its next. */
const RANGE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;
const PROBE_BYTES = 64 * 1024;

/**
 * Cuts the `size` bytes of `fd` into ranges `[start, end)` that each begin at a line start: the first for
 * the calling thread, the others for `workers` worker threads in turn. A cut that would fall inside a
 * line moves to the line's end; one that finds no line end before the next cut is dropped.
 *
 * @example
 * lineRanges(fd, 600_000_000, 1); //=> [[0, 283_000_118], [283_000_118, 346_400_034], …]
 */
export function lineRanges(fd: number, size: number, workers: number): [number, number][] {
  const share = (1 / workers - TAKE_COST) / (1 + 1 / workers - TAKE_COST);
  const first = Math.max(0, Math.floor(size * share));
  const rest = size - first;
  const pieces = workers * Math.max(1, Math.ceil(rest / (workers * RANGE_BYTES)));
  const cuts: number[] = [];
  for (let k = 0; k < pieces; k++) cuts.push(first + Math.floor((rest * k) / pieces));
  const ranges: [number, number][] = [];
  let start = 0;
  for (let k = 0; k <= cuts.length; k++) {
    const limit = k + 1 < cuts.length ? (cuts[k + 1] as number) : size;
    const cut = k < cuts.length ? lineStartFrom(fd, cuts[k] as number, limit) : size;
    if (cut < 0 || cut <= start) continue;
    ranges.push([start, cut]);
    start = cut;
  }
  return ranges;
}

/** The first line start at or after `at` (0, or just after a `\n`) and before `limit`, or -1. */
function lineStartFrom(fd: number, at: number, limit: number): number {
  if (at <= 0) return 0;
  const buffer = Buffer.allocUnsafe(PROBE_BYTES);
  // From the byte before `at`: when it is a line end, `at` itself starts a line.
  for (let from = at - 1; from < limit; from += PROBE_BYTES) {
    const read = readSync(fd, buffer, 0, Math.min(PROBE_BYTES, limit - from), from);
    if (read === 0) return -1;
    const newline = buffer.subarray(0, read).indexOf(NEWLINE);
    if (newline >= 0) return from + newline + 1 < limit ? from + newline + 1 : -1;
  }
  return -1;
}
