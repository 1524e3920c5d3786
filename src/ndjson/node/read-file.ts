// Node only: reads files through `node:fs`. Never import this from code the main entry reaches.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LineSplitter, type LineSink, type LineSplitterOptions, type SplitStart } from '../line-splitter.js';

/**
 * How many bytes an `NdjsonFileReader` reads at a time by default: 1 MiB. On the benchmark's 583 MB
 * file (bench/figures/split.mjs, 2 cores), chunks of 64 KiB to 8 MiB split at the same speed within
 * the runs' noise; 1 MiB is a few hundred system calls for such a file, and a quarter of the memory
 * of 4 MiB.
 *
 * @example
 * new NdjsonFileReader().chunkBytes === READ_CHUNK_BYTES; //=> true
 */
export const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Options of an `NdjsonFileReader`.
 *
 * @example
 * new NdjsonFileReader({ chunkBytes: 8 * 1024 * 1024 });
 */
export interface NdjsonFileReaderOptions extends LineSplitterOptions {
  /** Bytes read per system call (default `READ_CHUNK_BYTES`). */
  readonly chunkBytes?: number;
}

/**
 * What part of a file to read: from a line start (`offset`, with the lines before it) up to `end`.
 *
 * @example
 * reader.read(fd, sink, { offset: cursor.offset, line: cursor.line, end: committedSize, file });
 */
export interface FileReadOptions extends SplitStart {
  /** The byte offset to stop at (default: the file's size when reading starts). */
  readonly end?: number;
}

/**
 * Reads NDJSON files by file descriptor with `fs.readSync`, in large chunks, into one buffer it
 * reuses from read to read, and hands their lines to a sink (see `LineSplitter`). The buffer grows
 * to `chunkBytes` at most and no larger than the files read need. The bytes a sink gets are valid
 * only during its call.
 *
 * @example
 * const reader = new NdjsonFileReader();
 * const fd = openSync('events.ndjson', 'r');
 * try { reader.read(fd, sink, { file: 'events.ndjson' }); } finally { closeSync(fd); }
 */
export class NdjsonFileReader {
  /** Bytes read per system call, at most. */
  readonly chunkBytes: number;
  readonly #splitter: LineSplitter;
  // A Buffer, not a plain Uint8Array: the splitter's `indexOf` on a Buffer is `memchr`.
  #buffer: Buffer = Buffer.alloc(0);

  constructor(options: NdjsonFileReaderOptions = {}) {
    const chunkBytes = options.chunkBytes ?? READ_CHUNK_BYTES;
    if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 1)
      throw new RangeError(`chunkBytes must be a positive integer, got ${String(chunkBytes)}`);
    this.chunkBytes = chunkBytes;
    this.#splitter = new LineSplitter(options);
  }

  /** The longest line accepted, in bytes without its line end. */
  get maxLineBytes(): number {
    return this.#splitter.maxLineBytes;
  }

  /**
   * Reads `fd` from `offset` to `end` and hands each line to `sink`; a last line without a line end
   * is handed out too.
   *
   * @returns where reading ended: the number of the last line and the byte offset after it
   * @example
   * const { line, offset } = reader.read(fd, sink, { offset: 0, line: 0, file: 'events.ndjson' });
   */
  read(fd: number, sink: LineSink, options: FileReadOptions = {}): { line: number; offset: number } {
    const start = options.offset ?? 0;
    const end = options.end ?? fstatSync(fd).size;
    const splitter = this.#splitter;
    splitter.reset(options);
    const want = Math.min(this.chunkBytes, Math.max(0, end - start));
    if (this.#buffer.length < want) this.#buffer = Buffer.allocUnsafe(want);
    const buffer = this.#buffer;
    for (let at = start; at < end; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
      // The file ends before `end`: it was cut while being read.
      if (read === 0) break;
      at += read;
      splitter.push(read === buffer.length ? buffer : buffer.subarray(0, read), sink);
    }
    splitter.finish(sink);
    return { line: splitter.line, offset: splitter.offset };
  }
}

/**
 * Opens the file at `path`, reads its lines into `sink` with an `NdjsonFileReader` (the one given,
 * or a new one), and closes it. Problems name `path` unless `options.file` names the file otherwise.
 *
 * @example
 * readNdjsonFile('events.ndjson', { line: (bytes, start, end) => count++, refused: (p) => problems.push(p) });
 */
export function readNdjsonFile(
  path: string,
  sink: LineSink,
  options: FileReadOptions & { readonly reader?: NdjsonFileReader } = {},
): { line: number; offset: number } {
  const { reader = new NdjsonFileReader(), ...range } = options;
  const fd = openSync(path, 'r');
  try {
    return reader.read(fd, sink, { file: path, ...range });
  } finally {
    closeSync(fd);
  }
}
