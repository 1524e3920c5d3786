import { canonicalJson, type LedgerEvent, type Statement } from '../events/index.js';
import { compareIds } from '../ledger/entry.js';
import { stanceValue } from '../vocabulary/index.js';
import { canonicalRecordedAt } from './known-clock.js';

/**
 * Every candidate of one stream fold (a live, known statement stated before `t`, once per cell it
 * counts for) in packed columns, so the passes that pick winners and `since` read typed arrays,
 * not a million scattered objects. A candidate is a row number.
 */
export class Candidates {
  /** How many rows are filled. */
  count = 0;
  /**
   * Where each row's statement is: its place in the stream, or `-1 - n` for the `n`th replacement.
   * Numbers, not object references: a million-slot pointer array costs the garbage collector more than the rest.
   */
  source: Int32Array;
  readonly #stream: readonly LedgerEvent[];
  readonly #replacements: Statement[] = [];
  /** The cell each row counts for. */
  cell: Int32Array;
  /** `start(statedAt)`, epoch ms. */
  start: Float64Array;
  /** `end(statedAt)`, epoch ms. */
  end: Float64Array;
  /** The stance's value, −2 … 2. */
  value: Int8Array;
  /** 1 when the statement has terms (then positions compare them too). */
  hasTerms: Uint8Array;
  /** 0 while unchecked, `LIVE` or `DEAD` once asked: only rows that win something are ever looked up. */
  liveness: Uint8Array;
  /** 0 for the party's own statement, else 1 + the bloc's place among the member's blocs (`inherit`). */
  lane: Uint8Array;

  constructor(stream: readonly LedgerEvent[]) {
    this.#stream = stream;
    const size = Math.max(16, stream.length);
    this.source = new Int32Array(size);
    this.cell = new Int32Array(size);
    this.start = new Float64Array(size);
    this.end = new Float64Array(size);
    this.value = new Int8Array(size);
    this.hasTerms = new Uint8Array(size);
    this.lane = new Uint8Array(size);
    this.liveness = new Uint8Array(size);
  }

  /** Files a correction's replacement (materialised as a statement) and returns its `source` number. */
  addReplacement(statement: Statement): number {
    return -1 - (this.#replacements.push(statement) - 1);
  }

  /** The statement of a row. */
  statement(row: number): Statement {
    const source = this.source[row] as number;
    return (source >= 0 ? this.#stream[source] : this.#replacements[-1 - source]) as Statement;
  }

  /** Adds a row and returns its number. */
  add(source: number, statement: Statement, cell: number, start: number, end: number, lane: number, liveness: number): number {
    const row = this.count++;
    if (row === this.cell.length) this.#grow();
    this.source[row] = source;
    this.cell[row] = cell;
    this.start[row] = start;
    this.end[row] = end;
    this.value[row] = stanceValue(statement.stance);
    this.hasTerms[row] = statement.terms === undefined ? 0 : 1;
    this.lane[row] = lane;
    this.liveness[row] = liveness;
    return row;
  }

  /**
   * The fold's order on rows: (start, end, recordedAt, id). Texts are read only on ties, which
   * real streams rarely have.
   */
  compare(a: number, b: number): number {
    const order = (this.start[a] as number) - (this.start[b] as number) || (this.end[a] as number) - (this.end[b] as number);
    if (order !== 0) return order;
    const x = this.statement(a);
    const y = this.statement(b);
    return compareIds(canonicalRecordedAt(x.recordedAt), canonicalRecordedAt(y.recordedAt)) || compareIds(x.id, y.id);
  }

  /** Whether two rows hold the same position: the same stance and equal terms. */
  samePosition(a: number, b: number): boolean {
    if (this.value[a] !== this.value[b]) return false;
    if (this.hasTerms[a] === 0 && this.hasTerms[b] === 0) return true;
    return termsKey(this.statement(a)) === termsKey(this.statement(b));
  }

  #grow(): void {
    const size = this.cell.length * 2;
    const grown = <T extends Int32Array | Float64Array | Int8Array | Uint8Array>(array: T, make: new (n: number) => T): T => {
      const next = new make(size);
      next.set(array);
      return next;
    };
    this.source = grown(this.source, Int32Array);
    this.cell = grown(this.cell, Int32Array);
    this.start = grown(this.start, Float64Array);
    this.end = grown(this.end, Float64Array);
    this.value = grown(this.value, Int8Array);
    this.hasTerms = grown(this.hasTerms, Uint8Array);
    this.lane = grown(this.lane, Uint8Array);
    this.liveness = grown(this.liveness, Uint8Array);
  }
}

/** A row's statement is live (`liveness`). */
export const LIVE = 1;
/** A row's statement is dead: a live retraction or correction targets it. */
export const DEAD = 2;

// Terms compare by canonical JSON, as the ledger's positions do; each statement's is computed once.
const termsKeys = new WeakMap<Statement, string>();

function termsKey(statement: Statement): string {
  if (statement.terms === undefined) return '';
  let key = termsKeys.get(statement);
  if (key === undefined) termsKeys.set(statement, (key = canonicalJson(statement.terms)));
  return key;
}
