// Node only: reads event texts back from the file a ledger was read from.
import { closeSync, readSync } from 'node:fs';
import type { TextSource } from '../../columns/index.js';

/**
 * The events of a ledger read from an NDJSON file, left on disk and read back by byte range when an
 * answer needs a text (a quote, conditions, a whole event). It keeps one read-only descriptor open until
 * `Ledger.close()`; the file is append-only, so the ranges it was read at stay valid.
 */
export class FileText implements TextSource {
  readonly kind = 'bytes';
  readonly #path: string;
  #fd: number | undefined;
  #buffer = Buffer.alloc(4096);

  /** @param fd a descriptor open for reading `path`, now owned by this source. */
  constructor(fd: number, path: string) {
    this.#fd = fd;
    this.#path = path;
  }

  get size(): number {
    return 0;
  }

  read(start: number, length: number): Uint8Array {
    if (this.#fd === undefined) throw new Error(`the ledger read from ${this.#path} was closed: its texts are gone`);
    if (this.#buffer.length < length) this.#buffer = Buffer.alloc(Math.max(length, this.#buffer.length * 2));
    const read = readSync(this.#fd, this.#buffer, 0, length, start);
    if (read !== length)
      throw new Error(`${this.#path} changed under the ledger: ${length} bytes at ${start} are gone`);
    return this.#buffer.subarray(0, length);
  }

  truncate(): void {}

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}
