import { createReadStream } from 'node:fs';

/** Where a scan starts: a byte offset at the start of a line, and that line's number minus one. */
export interface Cursor {
  /** Byte offset just after the last line consumed. */
  readonly offset: number;
  /** Lines consumed so far (blank ones too): the next line is `line + 1`. */
  readonly line: number;
  /** Events (non-blank lines) consumed so far: the next event's position is `version + 1`. */
  readonly version: number;
}

/** The start of a file. */
export const START: Cursor = Object.freeze({ offset: 0, line: 0, version: 0 });

/** One line of the file. */
export interface ScannedLine {
  /** The line without its line end. */
  readonly text: string;
  /** Whether it is blank (blank lines hold no event and take no position). */
  readonly blank: boolean;
  /** The cursor just after this line. */
  readonly cursor: Cursor;
}

const NEWLINE = 0x0a;

/**
 * Streams the complete lines between `from` and byte `end` (which must be a line end), with their
 * numbers and byte offsets, holding one chunk and one line in memory at a time.
 */
export async function* scanLines(path: string, from: Cursor, end: number): AsyncGenerator<ScannedLine> {
  if (end <= from.offset) return;
  let { offset, line, version } = from;
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, {
    start: from.offset,
    end: end - 1,
    highWaterMark: 1 << 16,
  }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      pending.push(chunk.subarray(start, newline));
      const bytes = Buffer.concat(pending);
      pending = [];
      offset += bytes.length + 1;
      line++;
      let text = bytes.toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      const blank = text.trim() === '';
      if (!blank) version++;
      yield { text, blank, cursor: { offset, line, version } };
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
}
