import { grown } from './growable.js';

/**
 * Where the events of a table's rows are kept, each read back by its place (`start`, `length`):
 * - `bytes`: event texts (NDJSON lines) by byte range: a file read back on demand (Node only:
 *   src/stores/file), or memory for events appended as objects or read from a stream;
 * - `objects`: the stored event objects a caller handed to a one-off fold, by index (`start`).
 */
export type EventSource = TextSource | ObjectSource;

/** Event texts by byte range. */
export interface TextSource {
  /** Tells sources apart. */
  readonly kind: 'bytes';
  /** The bytes `[start, start + length)`. The view is valid until the next call. */
  read(start: number, length: number): Uint8Array;
  /** How many bytes it holds (what a failed append takes it back to). */
  readonly size: number;
  /** Forgets every byte from `size` on, when the source can (memory can; a file read is left as it is). */
  truncate(size: number): void;
  /** Lets go of what the source holds open (a file's descriptor); reading after is an error. */
  close?(): void;
}

/** Stored event objects by index, as a one-off fold was given them. */
export interface ObjectSource {
  /** Tells sources apart. */
  readonly kind: 'objects';
  /** The events. */
  readonly objects: readonly unknown[];
  /** How many it holds. */
  readonly size: number;
  /** Nothing to forget: the caller owns the objects. */
  truncate(size: number): void;
}

const encoder = new TextEncoder();

/**
 * Event texts kept in memory, one after another.
 *
 * @example
 * const text = new MemoryText();
 * const start = text.append('{"a":1}');
 * new TextDecoder().decode(text.read(start, 7)); //=> '{"a":1}'
 */
export class MemoryText implements TextSource {
  readonly kind = 'bytes';
  #bytes = new Uint8Array(1 << 12);
  #used = 0;

  get size(): number {
    return this.#used;
  }

  /** Appends a text (UTF-8) and returns where it starts; its length is its UTF-8 byte length. */
  append(text: string): number {
    // At most three bytes per UTF-16 unit.
    this.#bytes = grown(this.#bytes, this.#used + text.length * 3);
    const start = this.#used;
    this.#used += encoder.encodeInto(text, this.#bytes.subarray(start)).written;
    return start;
  }

  /** Appends bytes as they are and returns where they start. */
  appendBytes(bytes: Uint8Array, start: number, end: number): number {
    this.#bytes = grown(this.#bytes, this.#used + end - start);
    const at = this.#used;
    this.#bytes.set(bytes.subarray(start, end), at);
    this.#used += end - start;
    return at;
  }

  read(start: number, length: number): Uint8Array {
    return this.#bytes.subarray(start, start + length);
  }

  truncate(size: number): void {
    if (size < this.#used) this.#used = size;
  }
}

/**
 * The stored events a caller folds once, kept as given (by index).
 *
 * @example
 * const source = new ObjectList(ledger.events());
 */
export class ObjectList implements ObjectSource {
  readonly kind = 'objects';
  readonly objects: readonly unknown[];

  constructor(objects: readonly unknown[]) {
    this.objects = objects;
  }

  get size(): number {
    return this.objects.length;
  }

  truncate(): void {}
}
