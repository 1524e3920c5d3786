import { asciiText, hashBytes, hashString, sameAscii } from './ascii-hash.js';
import { grown } from './growable.js';

const EMPTY = -1;

/**
 * Interned ASCII ids (parties, issues, documents): each distinct id gets the next number, from 0.
 * Looked up by string or straight from bytes, so the line scanner interns ids without making
 * strings. Appends that fail take back what they added with {@link Dictionary.truncate}.
 *
 * @example
 * const parties = new Dictionary();
 * parties.intern('ukraine'); //=> 0
 * parties.intern('russia'); //=> 1
 * parties.intern('ukraine'); //=> 0
 * parties.text(1); //=> 'russia'
 */
export class Dictionary {
  readonly #texts: string[] = [];
  #hashes = new Uint32Array(16);
  // Open addressing, at most half full: slot → number, or EMPTY.
  #slots = new Int32Array(32).fill(EMPTY);

  /** How many distinct ids it holds. */
  get size(): number {
    return this.#texts.length;
  }

  /** The id with number `n`. */
  text(n: number): string {
    return this.#texts[n] as string;
  }

  /** Every id, by number. */
  texts(): readonly string[] {
    return this.#texts;
  }

  /** The number of `text`, added if new. */
  intern(text: string): number {
    const hash = hashString(text);
    const found = this.#findText(hash, text);
    return found >= 0 ? found : this.#add(text, hash);
  }

  /** The number of the id spelled by ASCII `bytes[start, end)`, added if new. */
  internBytes(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const found = this.#findBytes(hash, bytes, start, end);
    if (found >= 0) return found;
    return this.#add(asciiText(bytes, start, end), hash);
  }

  /** The number of `text`, or -1 when it is not interned. */
  lookup(text: string): number {
    return this.#findText(hashString(text), text);
  }

  /** Forgets every id numbered `size` or more (the ones a failed append added). */
  truncate(size: number): void {
    const texts = this.#texts;
    if (size >= texts.length) return;
    texts.length = size;
    // Rebuilt rather than deleted from: open addressing cannot simply empty a slot.
    this.#slots = new Int32Array(this.#slots.length).fill(EMPTY);
    for (let n = 0; n < size; n++) this.#place(n, this.#hashes[n] as number);
  }

  // Two loops, not one taking a predicate: the scanner calls #findBytes for every id it reads.
  #findText(hash: number, text: string): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const n = slots[slot] as number;
      if (n === EMPTY) return -1;
      if (this.#hashes[n] === hash && this.#texts[n] === text) return n;
    }
  }

  #findBytes(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const n = slots[slot] as number;
      if (n === EMPTY) return -1;
      if (this.#hashes[n] === hash && sameAscii(this.#texts[n] as string, bytes, start, end)) return n;
    }
  }

  #add(text: string, hash: number): number {
    const n = this.#texts.length;
    this.#texts.push(text);
    this.#hashes = grown(this.#hashes, n + 1);
    this.#hashes[n] = hash;
    if ((n + 1) * 2 > this.#slots.length) {
      this.#slots = new Int32Array(this.#slots.length * 2).fill(EMPTY);
      for (let m = 0; m < n; m++) this.#place(m, this.#hashes[m] as number);
    }
    this.#place(n, hash);
    return n;
  }

  #place(n: number, hash: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot] = n;
  }
}
