import type { Problem } from '../errors/index.js';

/**
 * The longest line accepted, in bytes, not counting its line end (`\n` or `\r\n`): 1 MiB. One line
 * holds one event; a longer line is refused with a `line-too-long` problem, and reading goes on
 * with the next line. A byte-order mark at the start of a file does not count towards it.
 *
 * @example
 * new LineSplitter().maxLineBytes === MAX_LINE_BYTES; //=> true
 */
export const MAX_LINE_BYTES = 1_048_576;

/**
 * Where a `LineSplitter` hands its lines. The bytes passed to `line` are a view into the chunk
 * pushed (or into the splitter's own buffer for a line that crossed a chunk edge): they are valid
 * only during the call, so copy what must outlive it.
 *
 * @example
 * const sink: LineSink = {
 *   line: (bytes, start, end, lineNumber, offset) => rows.push({ lineNumber, offset, length: end - start }),
 *   refused: (problem) => problems.push(problem),
 * };
 */
export interface LineSink {
  /**
   * A line holding something besides whitespace: `bytes[start, end)`, without its line end (and
   * without the byte-order mark on the first line of a file). `offset` is the byte offset of
   * `bytes[start]` in the whole input, so `(offset, end - start)` reads the line back.
   */
  line(bytes: Uint8Array, start: number, end: number, lineNumber: number, offset: number): void;
  /** A line that is empty or holds only spaces, tabs and carriage returns (JSON's whitespace). */
  blank?(lineNumber: number, offset: number): void;
  /** A line longer than the limit, not kept: its problem, and where it is and how long, in bytes. */
  refused(problem: Problem, lineNumber: number, offset: number, length: number): void;
}

/**
 * Options of a `LineSplitter`.
 *
 * @example
 * new LineSplitter({ maxLineBytes: 64 * 1024 });
 */
export interface LineSplitterOptions {
  /** The longest line accepted, in bytes without the line end (default `MAX_LINE_BYTES`). */
  readonly maxLineBytes?: number;
}

/**
 * Where the bytes about to be pushed sit in the whole input, to resume reading a file part-way.
 *
 * @example
 * splitter.reset({ offset: cursor.offset, line: cursor.line, file: 'events.ndjson' });
 */
export interface SplitStart {
  /** The byte offset of the first byte pushed (default 0). A byte-order mark is dropped only at offset 0. */
  readonly offset?: number;
  /** How many lines come before it (default 0): the first line is numbered `line + 1`. */
  readonly line?: number;
  /** The file, named in problems. */
  readonly file?: string;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const FIRST_BUFFER_BYTES = 64 * 1024;
/** The UTF-8 byte-order mark EF BB BF, some editors' first three bytes. */
const BOM_BYTES = 3;

/**
 * Splits a byte stream, pushed in chunks of any size, into lines, numbered from 1 with blank lines
 * counted, each with the byte offset of its first byte. Line ends are `\n`, and `\r\n` (a `\r` just
 * before `\n` is not part of the line); a last line without a line end is a line too. A UTF-8
 * byte-order mark at offset 0 is dropped (offsets still count it). A line inside one chunk is
 * handed out as a view of that chunk, without copying; a line across chunk edges is gathered in
 * one reused buffer, which never grows past the line limit: a longer line is counted, refused, and
 * skipped. Bytes are not decoded here (see `decodeLine` and `utf8SequenceLength`).
 *
 * Finding line ends costs one `chunk.indexOf(10, from)` per line: with Node's `Buffer` chunks that
 * is `memchr`; with plain `Uint8Array` chunks splitting takes about twice as long (bench/figures/split.mjs).
 * If a sink method throws, `reset` the splitter before pushing again.
 *
 * @example
 * const splitter = new LineSplitter();
 * splitter.reset({ file: 'events.ndjson' });
 * for (const chunk of chunks) splitter.push(chunk, sink);
 * splitter.finish(sink);
 */
export class LineSplitter {
  /** The longest line accepted, in bytes without its line end. */
  readonly maxLineBytes: number;
  /** The start of a line that crossed a chunk edge; it holds at most the limit and a few bytes. */
  #buffer: Uint8Array;
  /** Bytes of the pending line held in `#buffer`. */
  #held = 0;
  /** Bytes of an over-long pending line counted past what `#buffer` holds. */
  #skipped = 0;
  /** The last byte of the pending line so far, to tell a `\r` before the `\n`. */
  #last = 0;
  /** The offset of the pending line's first byte (the offset after the last line end). */
  #lineStart = 0;
  /** The offset just after the last byte pushed. */
  #pushed = 0;
  /** Lines handed out so far. */
  #line = 0;
  #file: string | undefined;

  constructor(options: LineSplitterOptions = {}) {
    const max = options.maxLineBytes ?? MAX_LINE_BYTES;
    if (!Number.isSafeInteger(max) || max < 1)
      throw new RangeError(`maxLineBytes must be a positive integer, got ${String(max)}`);
    this.maxLineBytes = max;
    this.#buffer = new Uint8Array(Math.min(FIRST_BUFFER_BYTES, max + 1 + BOM_BYTES));
  }

  /** Lines handed out so far (blank and refused ones too), counting the lines before the start. */
  get line(): number {
    return this.#line;
  }

  /**
   * The byte offset just after the last line end: where the next line starts. During a sink call,
   * the offset just after the line being handed out.
   */
  get offset(): number {
    return this.#lineStart;
  }

  /** The size of the buffer for lines across chunk edges, in bytes (working memory, kept between reads). */
  get bufferBytes(): number {
    return this.#buffer.length;
  }

  /**
   * Starts a new input (keeping the buffer): forgets any pending bytes and sets where the next
   * bytes pushed sit.
   *
   * @example
   * splitter.reset({ offset: 4096, line: 12 }); // the next line is line 13, at byte 4096
   */
  reset(start: SplitStart = {}): void {
    const offset = start.offset ?? 0;
    const line = start.line ?? 0;
    if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`offset must be ≥ 0, got ${offset}`);
    if (!Number.isSafeInteger(line) || line < 0) throw new RangeError(`line must be ≥ 0, got ${line}`);
    this.#lineStart = offset;
    this.#pushed = offset;
    this.#line = line;
    this.#file = start.file;
    this.#held = 0;
    this.#skipped = 0;
  }

  /**
   * Hands every line that ends in `chunk` to `sink`, and keeps the start of an unfinished line
   * for the next chunk.
   *
   * @example
   * splitter.push(new TextEncoder().encode('{"a":1}\n{"a"'), sink); // one line now, the rest later
   */
  push(chunk: Uint8Array, sink: LineSink): void {
    const length = chunk.length;
    if (length === 0) return;
    const base = this.#pushed;
    this.#pushed = base + length;
    let from = 0;
    if (this.#lineStart < base) {
      // A line is pending from earlier chunks: this chunk holds more of it, maybe its end.
      const newline = chunk.indexOf(NEWLINE);
      if (newline === -1) {
        this.#hold(chunk, 0, length);
        return;
      }
      this.#hold(chunk, 0, newline);
      const offset = this.#lineStart;
      from = newline + 1;
      this.#lineStart = base + from;
      this.#endHeld(offset, true, sink);
    }
    for (let newline = chunk.indexOf(NEWLINE, from); newline !== -1; newline = chunk.indexOf(NEWLINE, from)) {
      const start = from;
      const end = newline > start && chunk[newline - 1] === RETURN ? newline - 1 : newline;
      from = newline + 1;
      this.#lineStart = base + from;
      this.#hand(chunk, start, end, ++this.#line, base + start, sink);
    }
    if (from < length) this.#hold(chunk, from, length);
  }

  /**
   * Ends the input: hands out the last line if it has no line end (a `\r` there stays in it).
   *
   * @example
   * splitter.finish(sink);
   */
  finish(sink: LineSink): void {
    if (this.#lineStart === this.#pushed) return;
    const offset = this.#lineStart;
    this.#lineStart = this.#pushed;
    this.#endHeld(offset, false, sink);
  }

  /** Keeps `bytes[from, to)` of the pending line: in the buffer up to the limit, counted past it. */
  #hold(bytes: Uint8Array, from: number, to: number): void {
    const count = to - from;
    if (count === 0) return;
    this.#last = bytes[to - 1] as number;
    if (this.#skipped > 0) {
      this.#skipped += count;
      return;
    }
    // Room for the longest line, its `\r`, and a byte-order mark on a file's first line.
    const room = this.maxLineBytes + 1 + (this.#lineStart === 0 ? BOM_BYTES : 0);
    const fits = Math.min(count, room - this.#held);
    if (this.#held + fits > this.#buffer.length) {
      const grown = new Uint8Array(Math.min(room, Math.max(this.#buffer.length * 2, this.#held + fits)));
      grown.set(this.#buffer.subarray(0, this.#held));
      this.#buffer = grown;
    }
    this.#buffer.set(bytes.subarray(from, from + fits), this.#held);
    this.#held += fits;
    this.#skipped = count - fits;
  }

  /** Hands out the pending line, which starts at `offset` and ends at a line end or at the end of input. */
  #endHeld(offset: number, lineEnd: boolean, sink: LineSink): void {
    const lineNumber = ++this.#line;
    let length = this.#held + this.#skipped;
    if (lineEnd && this.#last === RETURN) length--;
    const over = this.#skipped > 0;
    this.#held = 0;
    this.#skipped = 0;
    if (!over) {
      this.#hand(this.#buffer, 0, length, lineNumber, offset, sink);
      return;
    }
    const bom = offset === 0 && startsWithBom(this.#buffer, 0, BOM_BYTES) ? BOM_BYTES : 0;
    this.#refuse(lineNumber, offset + bom, length - bom, sink);
  }

  /** Hands `bytes[start, end)` to the sink as a line, a blank line, or a refusal. */
  #hand(bytes: Uint8Array, start: number, end: number, lineNumber: number, offset: number, sink: LineSink): void {
    if (offset === 0 && startsWithBom(bytes, start, end)) {
      start += BOM_BYTES;
      offset = BOM_BYTES;
    }
    if (end - start > this.maxLineBytes) {
      this.#refuse(lineNumber, offset, end - start, sink);
      return;
    }
    let at = start;
    while (at < end) {
      const byte = bytes[at];
      if (byte !== SPACE && byte !== TAB && byte !== RETURN) break;
      at++;
    }
    if (at < end) sink.line(bytes, start, end, lineNumber, offset);
    else sink.blank?.(lineNumber, offset);
  }

  #refuse(lineNumber: number, offset: number, length: number, sink: LineSink): void {
    sink.refused(lineTooLongProblem(lineNumber, length, this.maxLineBytes, this.#file), lineNumber, offset, length);
  }
}

function startsWithBom(bytes: Uint8Array, start: number, end: number): boolean {
  return end - start >= BOM_BYTES && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf;
}

/**
 * The problem for a line over the limit: its number, its length and the limit.
 *
 * @example
 * lineTooLongProblem(7, 1_048_577, MAX_LINE_BYTES).message;
 * //=> 'too long: 1,048,577 bytes, over the limit of 1,048,576 bytes (1 MiB); the line was skipped'
 */
export function lineTooLongProblem(line: number, length: number, limit: number, file?: string): Problem {
  const named = limit === MAX_LINE_BYTES ? ' (1 MiB)' : '';
  const over = `${length.toLocaleString('en')} bytes, over the limit of ${limit.toLocaleString('en')} bytes${named}`;
  return {
    code: 'line-too-long',
    path: [],
    line,
    ...(file === undefined ? {} : { file }),
    message: `too long: ${over}; the line was skipped`,
    suggestion:
      'a line holds one event: shorten its long texts (summary, quotes), or keep them in the source documents',
  };
}
