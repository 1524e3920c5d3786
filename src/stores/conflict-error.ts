/**
 * An append with `expectedVersion` found the store at another version: someone else appended
 * first. Nothing was written; read what is new, decide again, and retry with the new version.
 *
 * @example
 * try { await store.append(batch, { expectedVersion: 41 }); }
 * catch (e) { if (e instanceof ConflictError) console.log(e.expected, e.actual); } //=> 41 43
 */
export class ConflictError extends Error {
  /** The version the caller expected. */
  readonly expected: number;
  /** The version the store was at. */
  readonly actual: number;

  constructor(expected: number, actual: number) {
    super(`version conflict: expected the store at version ${expected}, but it is at ${actual}; nothing was written`);
    this.name = 'ConflictError';
    this.expected = expected;
    this.actual = actual;
  }
}
