import type { Problem } from '../../src/errors/index.js';
import { LineSplitter, type LineSink, type SplitStart } from '../../src/ndjson/byte-reader.js';

/** What a sink was told, one entry per line, as plain data (bytes copied out of the views). */
export type Entry =
  | { kind: 'line'; line: number; offset: number; bytes: number[] }
  | { kind: 'blank'; line: number; offset: number }
  | { kind: 'refused'; line: number; offset: number; length: number; problem: Problem };

/** A sink that records every call as an `Entry`. */
export function recorder(): { sink: LineSink; entries: Entry[] } {
  const entries: Entry[] = [];
  const sink: LineSink = {
    line: (bytes, start, end, line, offset) =>
      entries.push({ kind: 'line', line, offset, bytes: Array.from(bytes.subarray(start, end)) }),
    blank: (line, offset) => entries.push({ kind: 'blank', line, offset }),
    refused: (problem, line, offset, length) => entries.push({ kind: 'refused', line, offset, length, problem }),
  };
  return { sink, entries };
}

/** Splits `chunks` with one splitter, from `start`, and returns what the sink was told and where it ended. */
export function split(
  chunks: readonly Uint8Array[],
  options: { maxLineBytes?: number; start?: SplitStart; splitter?: LineSplitter } = {},
): { entries: Entry[]; line: number; offset: number } {
  const splitter =
    options.splitter ??
    new LineSplitter(options.maxLineBytes === undefined ? {} : { maxLineBytes: options.maxLineBytes });
  const { sink, entries } = recorder();
  splitter.reset(options.start);
  for (const chunk of chunks) splitter.push(chunk, sink);
  splitter.finish(sink);
  return { entries, line: splitter.line, offset: splitter.offset };
}

/** The bytes of a text (UTF-8), or of a list of texts and raw bytes joined. */
export function bytesOf(...parts: (string | number[])[]): Uint8Array {
  const encoded = parts.map((part) =>
    typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of encoded) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries with each line's bytes shown as text, for tests that state their expectations as text. */
export function asText(entries: readonly Entry[]) {
  return entries.map((entry) =>
    entry.kind === 'line'
      ? {
          kind: 'line',
          line: entry.line,
          offset: entry.offset,
          text: new TextDecoder().decode(Uint8Array.from(entry.bytes)),
        }
      : entry.kind === 'refused'
        ? { kind: 'refused', line: entry.line, offset: entry.offset, length: entry.length }
        : entry,
  );
}

/** `bytes` cut at the given offsets (sorted, within bounds), as chunks. */
export function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const offset of at) {
    chunks.push(bytes.subarray(from, offset));
    from = offset;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}
