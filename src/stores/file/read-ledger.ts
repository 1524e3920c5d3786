// Node only: a ledger read straight from an NDJSON file.
import { fstatSync, openSync } from 'node:fs';
import { LineScanner } from '../../columns/index.js';
import { AppendBatch, originOf } from '../../ledger/append.js';
import { batchSink, type NdjsonAppendResult } from '../../ledger/append-ndjson.js';
import { Ledger, type LedgerOptions } from '../../ledger/index.js';
import { LEDGER_STATE } from '../../ledger/ledger-internals.js';
import type { LineSink } from '../../ndjson/line-splitter.js';
import { NdjsonFileReader } from '../../ndjson/node/index.js';
import { FileText } from './file-text.js';

/** How often progress is told, in lines (and after how many the rest of the file is reserved for). */
const PROGRESS_LINES = 1 << 14;

/**
 * Options of {@link readLedger}.
 *
 * @example
 * readLedger('events.ndjson', { vocabulary, onProgress: (bytes, total) => console.error(bytes / total) });
 */
export interface ReadLedgerOptions extends LedgerOptions {
  /** Called after each chunk read, with the bytes read so far and the file's size. */
  readonly onProgress?: (bytes: number, total: number) => void;
}

/**
 * A ledger holding every event of an NDJSON file, read as one all-or-nothing batch: the file is read in
 * chunks of bytes and each line decoded straight into the ledger's columns (docs/design.md §9.2), so a
 * file of any size reads in memory proportional to its events, not its text. The texts stay on disk and
 * are read back by byte range when an answer needs one; `ledger.close()` lets the file go.
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
  options: Pick<ReadLedgerOptions, 'onProgress'> = {},
): NdjsonAppendResult {
  const state = ledger[LEDGER_STATE];
  state.scanner ??= new LineScanner();
  const fd = openSync(path, 'r');
  const text = new FileText(fd, path);
  const source = state.table.texts.push(text) - 1;
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
    new NdjsonFileReader().read(fd, measuringSink, { file: path });
    return batch.finish();
  } catch (error) {
    text.close();
    throw error;
  }
}
