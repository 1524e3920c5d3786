// Node only: one range of an NDJSON file read into a table of its own, for reading a file in parallel.
import { EventTable, LineScanner, type TableParts, tableParts } from '../../columns/index.js';
import { grown } from '../../columns/growable.js';
import type { LineSink } from '../../ndjson/line-splitter.js';
import { NdjsonFileReader } from '../../ndjson/node/index.js';

/**
 * What {@link scanRange} read of a range: the events of its lines up to the first one the line scanner
 * does not take, which the thread that owns the ledger reads itself, with everything after it.
 */
export interface RangeScan {
  /** The events, in a table of their own (its text source 0 is the file, at absolute byte offsets). */
  readonly parts: TableParts;
  /** Each event's line, counted from the range's first line (1), in order. */
  readonly eventLines: Int32Array;
  /** How many lines (blank ones too) come before {@link RangeScan.stop}, or are in the range when it is -1. */
  readonly lines: number;
  /** Where the first line not taken starts, or -1 when every line of the range was taken. */
  readonly stop: number;
}

/** Where an empty table stands, to take a reused one back to. */
const EMPTY = new EventTable().mark();

/** Thrown out of the reader to end a scan at the first line the scanner does not take. */
class Stopped {
  constructor(
    readonly line: number,
    readonly offset: number,
  ) {}
}

/**
 * Reads the lines of `fd` from byte `start` (a line start) to `end` (just after a line end, or the end of
 * the file) straight into a new table with the line scanner (docs/design.md §9.2), and stops at the first
 * line it does not take: a line it is unsure of (the schema path must read it), an id the range holds
 * twice, or a line over the length limit. Nothing is reported from here: the owner of the ledger reads
 * that line and the rest of the range itself, and reports what is wrong in order. `beat` is called now
 * and then as lines are read, to show the reading is alive. `table` is emptied first: a worker passes the
 * same one for each of its ranges ({@link tableParts} copies what is sent).
 *
 * @example
 * const { parts, stop } = scanRange(fd, 1_048_576, 2_097_152);
 */
export function scanRange(
  fd: number,
  start: number,
  end: number,
  reader = new NdjsonFileReader(),
  beat?: () => void,
  table = new EventTable(),
): RangeScan {
  // A table reused from range to range keeps its columns' room: the next range fills the same memory.
  table.rollback(EMPTY);
  const scanner = new LineScanner();
  let eventLines = new Int32Array(1024);
  let events = 0;
  // One place, rewritten per line: the scanner copies what it needs of it.
  const place = { source: 0, start: 0, length: 0, stored: false };
  const sink: LineSink = {
    line: (bytes, from, to, lineNumber, offset) => {
      place.start = offset;
      place.length = to - from;
      if (scanner.scanLine(table, bytes, from, to, place) < 0) throw new Stopped(lineNumber, offset);
      if (events === eventLines.length) eventLines = grown(eventLines, events + 1);
      if ((events & 0xfff) === 0) {
        beat?.();
        // The lines read so far say how long a line is: make room for the rest of the range at once.
        if (events === 0x1000) table.reserve(Math.ceil(((end - offset) / (offset - start)) * events * 1.05));
      }
      eventLines[events++] = lineNumber;
    },
    refused: (_problem, lineNumber, offset) => {
      throw new Stopped(lineNumber, offset);
    },
  };
  let lines: number;
  let stop = -1;
  try {
    lines = reader.read(fd, sink, { offset: start, line: 0, end }).line;
  } catch (error) {
    if (!(error instanceof Stopped)) throw error;
    lines = error.line - 1;
    stop = error.offset;
  }
  return { parts: tableParts(table), eventLines: eventLines.subarray(0, events), lines, stop };
}
