const QUOTE = 0x22;

/**
 * A fixed set of ASCII names (object keys, enum values) matched straight against JSON bytes: the
 * first two bytes of a string pick a short chain of candidates (names that start alike, such as
 * `source` and `sources`), and each is compared byte for byte, its closing quote included. A match
 * reads each byte of the string once and makes no string.
 *
 * @example
 * const stances = new ByteNames(['demands', 'supports']);
 * stances.match(new TextEncoder().encode('"supports",'), 1, 11); //=> 1 (its closing quote at 1 + 8)
 * stances.match(new TextEncoder().encode('"support",'), 1, 10); //=> -1
 */
export class ByteNames {
  /** The names, by number. */
  readonly names: readonly string[];
  /** The length of each name, by number. */
  readonly lengths: Uint8Array;
  readonly #bytes: Uint8Array;
  readonly #starts: Int32Array;
  readonly #slots: Int8Array;
  readonly #next: Int8Array;
  readonly #multiplier: number;

  constructor(names: readonly string[]) {
    if (names.length > 127 || names.some((name) => !/^[\x21-\x7e]{1,255}$/.test(name) || name.includes('"')))
      throw new Error('ByteNames: at most 127 names, each printable ASCII without a quote');
    this.names = names;
    this.lengths = Uint8Array.from(names, (name) => name.length);
    this.#starts = new Int32Array(names.length + 1);
    names.forEach((name, i) => {
      this.#starts[i + 1] = (this.#starts[i] as number) + name.length;
    });
    this.#bytes = new TextEncoder().encode(names.join(''));
    // A name of one character is followed by its closing quote: that is its second byte.
    const prefix = (name: string) => name.charCodeAt(0) | ((name.length > 1 ? name.charCodeAt(1) : QUOTE) << 8);
    // The smallest table, and the first salt for it, under which names share a slot only if they share
    // their first two bytes (they are then chained, and told apart by comparing).
    for (let size = 16; ; size *= 2) {
      search: for (let salt = 1; salt < 1 << 12; salt += 2) {
        const owner = new Int32Array(size).fill(-1);
        for (const name of names) {
          const slot = slotOf(prefix(name), multiplierOf(salt), size);
          if (owner[slot] !== -1 && owner[slot] !== prefix(name)) continue search;
          owner[slot] = prefix(name);
        }
        this.#multiplier = multiplierOf(salt);
        this.#slots = new Int8Array(size).fill(-1);
        this.#next = new Int8Array(names.length).fill(-1);
        // Chained in reverse, so each chain lists its names in the given order.
        for (let n = names.length - 1; n >= 0; n--) {
          const slot = slotOf(prefix(names[n] as string), multiplierOf(salt), size);
          this.#next[n] = this.#slots[slot] as number;
          this.#slots[slot] = n;
        }
        return;
      }
    }
  }

  /**
   * The number of the name that the bytes at `at` spell up to a closing quote (which must come before
   * `end`), or -1. The quote is at `at + lengths[n]`.
   */
  match(bytes: Uint8Array, at: number, end: number): number {
    if (at + 1 >= end) return -1;
    const slots = this.#slots;
    let n = slots[
      slotOf((bytes[at] as number) | ((bytes[at + 1] as number) << 8), this.#multiplier, slots.length)
    ] as number;
    const names = this.#bytes;
    const starts = this.#starts;
    candidates: while (n >= 0) {
      const from = starts[n] as number;
      const length = (starts[n + 1] as number) - from;
      if (at + length < end && bytes[at + length] === QUOTE) {
        for (let i = 0; i < length; i++) {
          if (names[from + i] !== bytes[at + i]) {
            n = this.#next[n] as number;
            continue candidates;
          }
        }
        return n;
      }
      n = this.#next[n] as number;
    }
    return -1;
  }
}

function multiplierOf(salt: number): number {
  return Math.imul(salt, 0x9e3779b1);
}

function slotOf(prefix: number, multiplier: number, size: number): number {
  return (Math.imul(prefix, multiplier) >>> 16) & (size - 1);
}
