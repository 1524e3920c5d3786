import { type LineSink, LineSplitter } from '../ndjson/line-splitter.js';
import { AppendBatch, originOf } from './append.js';
import { LineScanner } from '../columns/index.js';
import { Ledger } from './ledger.js';
import type { LedgerOptions } from './ledger-options.js';
import { LEDGER_STATE } from './ledger-internals.js';
import { MEMORY_SOURCE } from './ledger-state.js';

/**
 * NDJSON as a ledger takes it: one text or one chunk of bytes, or any sequence of them (each line may
 * run across chunks; UTF-8 throughout).
 *
 * @example
 * const input: NdjsonInput = [chunk1, chunk2]; // Uint8Arrays as a file or stream gives them
 */
export type NdjsonInput = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * What appending NDJSON did.
 *
 * @example
 * const { added, unchanged } = ledger.appendNdjson(text);
 */
export interface NdjsonAppendResult {
  /** How many events were added. */
  readonly added: number;
  /** Ids of events that were already there with identical content (no-ops). */
  readonly unchanged: readonly string[];
}

/**
 * Options of an NDJSON append.
 *
 * @example
 * ledger.appendNdjson(text, { file: 'events.ndjson' }); // problems name events.ndjson:LINE
 */
export interface NdjsonAppendOptions {
  /** The file the text came from, for problems. */
  readonly file?: string;
}

/** A sink that reads each line of the splitter into a batch, with its text kept in `source` at `offsetOf`. */
export function batchSink(
  batch: AppendBatch,
  source: number,
  file: string | undefined,
  offsetOf: (bytes: Uint8Array, start: number, end: number, offset: number) => number,
): LineSink {
  return {
    line: (bytes, start, end, lineNumber, offset) =>
      batch.line(bytes, start, end, lineNumber, offsetOf(bytes, start, end, offset), source, file),
    refused: (problem, lineNumber) => batch.refused(problem, lineNumber),
  };
}

/**
 * Appends NDJSON to a ledger as one all-or-nothing batch: each line is read as bytes straight into the
 * ledger's columns (docs/design.md §9.2), so no string holds the input whole and no object is made per
 * event; each line's text is kept in memory for what answers read back later. A line longer than 1 MiB
 * is a problem naming it, as is malformed UTF-8.
 *
 * @throws {ValidationError} listing every problem by line; the ledger is left exactly as it was.
 * @example
 * appendNdjson(ledger, '{"type":"retraction","target":"s1","reason":"misreport","recordedAt":"2026-01-06T00:00Z"}\n').added; //=> 1
 */
export function appendNdjson(
  ledger: Ledger,
  input: NdjsonInput,
  options: NdjsonAppendOptions = {},
): NdjsonAppendResult {
  const state = ledger[LEDGER_STATE];
  state.scanner ??= new LineScanner();
  const { file } = options;
  const batch = new AppendBatch(state, (index, line) => originOf(index, line, file));
  const memory = state.memory;
  const sink = batchSink(batch, MEMORY_SOURCE, file, (bytes, start, end) => memory.appendBytes(bytes, start, end));
  const splitter = new LineSplitter();
  splitter.reset(file === undefined ? {} : { file });
  const encoder = new TextEncoder();
  const chunks = typeof input === 'string' || input instanceof Uint8Array ? [input] : input;
  for (const chunk of chunks) splitter.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk, sink);
  splitter.finish(sink);
  return batch.finish();
}

/**
 * A ledger holding the events of an NDJSON text (or of chunks of bytes), appended as one batch.
 *
 * @throws {ValidationError} listing every problem by line; nothing is created.
 * @example
 * const ledger = ledgerFromNdjson(await (await fetch('/events.ndjson')).text(), { vocabulary });
 */
export function ledgerFromNdjson(input: NdjsonInput, options: LedgerOptions & NdjsonAppendOptions = {}): Ledger {
  const ledger = new Ledger(options);
  appendNdjson(ledger, input, options);
  return ledger;
}
