import { asciiText, hashBytes, hashString, sameAscii } from './ascii-hash.js';
import { grown } from './growable.js';

const EMPTY = -1;

/**
 * The ids of an {@link IdTable} as plain arrays, for another thread to send (their buffers transfer) and
 * another table to take ids from with their hashes ({@link IdTable.addFromUnlessHeld}).
 */
export interface IdParts {
  /** How many ids. */
  readonly count: number;
  /** Every id's ASCII bytes, one after another. */
  readonly arena: Uint8Array;
  /** Where each id starts in {@link IdParts.arena}. */
  readonly starts: Uint32Array;
  /** Each id's length in bytes. */
  readonly lengths: Uint8Array;
  /** Each id's hash (src/columns/ascii-hash.ts). */
  readonly hashes: Uint32Array;
}

/**
 * Every row's event id, kept as bytes in one arena (ids are ASCII, at most 128 characters) with a hash
 * table from id to row: a million ids take about 20 MB here, where strings in a `Map` take three times
 * that and keep the garbage collector busy while they are made. Strings are made on demand, for answers.
 *
 * Rows are added in order and taken back in reverse order ({@link IdTable.truncate}), which is what
 * lets a linear-probing table delete by simply emptying slots: every id placed after a deleted one in
 * its probe run was added later, so it has been deleted already.
 *
 * @example
 * const ids = new IdTable();
 * ids.add(0, 'e1');
 * ids.find('e1'); //=> 0
 * ids.idOf(0); //=> 'e1'
 */
export class IdTable {
  #arena = new Uint8Array(1024);
  #used = 0;
  #starts = new Uint32Array(16);
  #lengths = new Uint8Array(16);
  #hashes = new Uint32Array(16);
  #count = 0;
  #slots = new Int32Array(32).fill(EMPTY);

  /** How many rows have ids. */
  get count(): number {
    return this.#count;
  }

  /** Gives row `row` (which must be `count`) the id `id`. The caller has checked it is not taken. */
  add(row: number, id: string): void {
    const start = this.#reserve(row, id.length);
    for (let i = 0; i < id.length; i++) this.#arena[start + i] = id.charCodeAt(i);
    this.#insert(row, hashString(id));
  }

  /** Gives row `row` (which must be `count`) the id spelled by ASCII `bytes[start, end)`. */
  addBytes(row: number, bytes: Uint8Array, start: number, end: number): void {
    const at = this.#reserve(row, end - start);
    // Copied byte by byte: an id is short, and a subarray (a Buffer's above all) is an object per id.
    const arena = this.#arena;
    for (let i = start; i < end; i++) arena[at + i - start] = bytes[i] as number;
    this.#insert(row, hashBytes(bytes, start, end));
  }

  /**
   * Gives row `row` (which must be `count`) the id numbered `n` in `parts`, unless a row holds it already:
   * one probe both checks and places it.
   *
   * @returns whether the id was added.
   */
  addFromUnlessHeld(row: number, parts: IdParts, n: number): boolean {
    const hash = parts.hashes[n] as number;
    const from = parts.starts[n] as number;
    const length = parts.lengths[n] as number;
    // Room first, so that the empty slot the probe ends on is where the id goes.
    if ((this.#count + 1) * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const holder = slots[slot] as number;
      if (holder === EMPTY) break;
      if (this.#hashes[holder] === hash && this.#equalsBytes(holder, parts.arena, from, from + length)) return false;
    }
    const at = this.#reserve(row, length);
    const arena = this.#arena;
    const source = parts.arena;
    for (let i = 0; i < length; i++) arena[at + i] = source[from + i] as number;
    this.#hashes[row] = hash;
    this.#count = row + 1;
    slots[slot] = row;
    return true;
  }

  /**
   * Makes room for `rows` more ids at once: the hash table is placed again once, not at each doubling
   * on the way (each a pass over every id held).
   */
  reserve(rows: number): void {
    const count = this.#count + rows;
    if (count > this.#starts.length) {
      this.#starts = grown(this.#starts, count);
      this.#lengths = grown(this.#lengths, count);
      this.#hashes = grown(this.#hashes, count);
    }
    let size = this.#slots.length;
    while (count * 2 > size) size *= 2;
    if (size > this.#slots.length) this.#rehash(size);
  }

  /** The ids as plain arrays (views of the table's own, valid until it next changes). */
  parts(): IdParts {
    const count = this.#count;
    return {
      count,
      arena: this.#arena.subarray(0, this.#used),
      starts: this.#starts.subarray(0, count),
      lengths: this.#lengths.subarray(0, count),
      hashes: this.#hashes.subarray(0, count),
    };
  }

  /** The row whose id is `id`, or -1. */
  find(id: string): number {
    const hash = hashString(id);
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot] as number;
      if (row === EMPTY) return -1;
      if (this.#hashes[row] === hash && this.#equalsText(row, id)) return row;
    }
  }

  /** The row whose id is spelled by ASCII `bytes[start, end)`, or -1. */
  findBytes(bytes: Uint8Array, start: number, end: number): number {
    return this.#findHashed(hashBytes(bytes, start, end), bytes, start, end);
  }

  #findHashed(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot] as number;
      if (row === EMPTY) return -1;
      if (this.#hashes[row] === hash && this.#equalsBytes(row, bytes, start, end)) return row;
    }
  }

  /** The id of a row, as a string. */
  idOf(row: number): string {
    const start = this.#starts[row] as number;
    return asciiText(this.#arena, start, start + (this.#lengths[row] as number));
  }

  /** Whether row `row`'s id is `id`. */
  is(row: number, id: string): boolean {
    return this.#equalsText(row, id);
  }

  /**
   * Compares two rows' ids in byte order (the order ids compare in everywhere: docs/design.md §1.5).
   * Negative, zero or positive, as for `Array.prototype.sort`.
   */
  compare(a: number, b: number): number {
    const arena = this.#arena;
    let i = this.#starts[a] as number;
    let j = this.#starts[b] as number;
    const aEnd = i + (this.#lengths[a] as number);
    const bEnd = j + (this.#lengths[b] as number);
    for (; i < aEnd && j < bEnd; i++, j++) {
      const d = (arena[i] as number) - (arena[j] as number);
      if (d !== 0) return d;
    }
    return aEnd - i - (bEnd - j);
  }

  /** Forgets the ids of rows `count` and after (a failed append's), newest first. */
  truncate(count: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let row = this.#count - 1; row >= count; row--) {
      let slot = (this.#hashes[row] as number) & mask;
      while (slots[slot] !== row) slot = (slot + 1) & mask;
      slots[slot] = EMPTY;
    }
    if (count < this.#count) {
      this.#used = count === 0 ? 0 : (this.#starts[count - 1] as number) + (this.#lengths[count - 1] as number);
      this.#count = count;
    }
  }

  #reserve(row: number, length: number): number {
    if (row !== this.#count) throw new Error(`IdTable: row ${row} added out of order (expected ${this.#count})`);
    // Grown together (all three hold one entry per row), and only when full: grown() sees arrays of
    // every kind, so a call costs more than the check.
    if (row >= this.#starts.length) {
      this.#starts = grown(this.#starts, row + 1);
      this.#lengths = grown(this.#lengths, row + 1);
      this.#hashes = grown(this.#hashes, row + 1);
    }
    if (this.#used + length > this.#arena.length) this.#arena = grown(this.#arena, this.#used + length);
    const start = this.#used;
    this.#starts[row] = start;
    this.#lengths[row] = length;
    this.#used += length;
    return start;
  }

  #insert(row: number, hash: number): void {
    this.#hashes[row] = hash;
    this.#count = row + 1;
    if (this.#count * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2, row);
    this.#place(row);
  }

  /** Places rows `[0, rows)` again in a table of `size` slots. */
  #rehash(size: number, rows = this.#count): void {
    // Re-placed in row order, so later rows still sit after earlier ones in every probe run.
    this.#slots = new Int32Array(size).fill(EMPTY);
    for (let r = 0; r < rows; r++) this.#place(r);
  }

  #place(row: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = (this.#hashes[row] as number) & mask;
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot] = row;
  }

  #equalsText(row: number, id: string): boolean {
    const start = this.#starts[row] as number;
    return (this.#lengths[row] as number) === id.length && sameAscii(id, this.#arena, start, start + id.length);
  }

  #equalsBytes(row: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = this.#lengths[row] as number;
    if (length !== end - start) return false;
    const arena = this.#arena;
    const at = this.#starts[row] as number;
    for (let i = 0; i < length; i++) if (arena[at + i] !== bytes[start + i]) return false;
    return true;
  }
}
