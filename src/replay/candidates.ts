import { canonicalJson, type LedgerEvent, type Statement } from '../events/index.js';
import { compareIds } from '../ledger/entry.js';
import { STANCES, stanceValue, type Stance } from '../vocabulary/index.js';
import { canonicalRecordedAt } from './known-clock.js';
import { notAStoredEvent } from './not-a-stored-event.js';

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
  lane: Uint16Array;

  constructor(stream: readonly LedgerEvent[]) {
    this.#stream = stream;
    // One row per statement, more for joint ones: rarely a grow.
    const columns = takeColumns(Math.max(16, Math.ceil(stream.length * 1.125)));
    this.source = columns.source;
    this.cell = columns.cell;
    this.start = columns.start;
    this.end = columns.end;
    this.value = columns.value;
    this.hasTerms = columns.hasTerms;
    this.lane = columns.lane;
    this.liveness = columns.liveness;
  }

  /** Hands the columns back for the next fold to reuse. */
  release(): void {
    spare = columnsOf(this);
  }

  /** Files a correction's replacement (materialised as a statement) and returns its `source` number. */
  addReplacement(statement: Statement): number {
    return -1 - (this.#replacements.push(statement) - 1);
  }

  /**
   * The id of a row's statement. Checked here, for the rows an answer rests on, rather than for every
   * statement of the stream: reading each id would cost a cache miss per event.
   *
   * @throws {ValidationError} when the statement has none (it is not a stored event).
   */
  idOf(row: number): string {
    const statement = this.statement(row);
    if (typeof statement.id !== 'string') throw notAStoredEvent(statement, this.source[row] as number);
    return statement.id;
  }

  /** The statement of a row. */
  statement(row: number): Statement {
    const source = this.source[row] as number;
    return (source >= 0 ? this.#stream[source] : this.#replacements[-1 - source]) as Statement;
  }

  /** Adds a row and returns its number. */
  add(source: number, statement: Statement, cell: number, start: number, end: number, lane: number): number {
    const row = this.count++;
    if (row === this.cell.length) this.#grow();
    this.source[row] = source;
    this.cell[row] = cell;
    this.start[row] = start;
    this.end[row] = end;
    this.value[row] = stanceValueByInitial(statement.stance);
    this.hasTerms[row] = statement.terms === undefined ? 0 : 1;
    this.lane[row] = lane;
    this.liveness[row] = 0;
    return row;
  }

  /**
   * The fold's order on rows: (start, end, recordedAt, id). Texts are read only on ties, which
   * real streams rarely have.
   */
  compare(a: number, b: number): number {
    const order =
      (this.start[a] as number) - (this.start[b] as number) || (this.end[a] as number) - (this.end[b] as number);
    if (order !== 0) return order;
    const x = this.statement(a);
    const y = this.statement(b);
    return (
      compareIds(canonicalRecordedAt(x.recordedAt), canonicalRecordedAt(y.recordedAt)) ||
      compareIds(this.idOf(a), this.idOf(b))
    );
  }

  /** Whether two rows hold the same position: the same stance and equal terms. */
  samePosition(a: number, b: number): boolean {
    if (this.value[a] !== this.value[b]) return false;
    if (this.hasTerms[a] === 0 && this.hasTerms[b] === 0) return true;
    return termsKey(this.statement(a)) === termsKey(this.statement(b));
  }

  #grow(): void {
    const columns = makeColumns(this.cell.length * 2);
    for (const name of COLUMN_NAMES) (columns[name] as Int32Array).set(this[name] as Int32Array);
    Object.assign(this, columns);
  }
}

type Columns = Pick<Candidates, (typeof COLUMN_NAMES)[number]>;
const COLUMN_NAMES = ['source', 'cell', 'start', 'end', 'value', 'hasTerms', 'lane', 'liveness'] as const;

function columnsOf(candidates: Candidates): Columns {
  return Object.fromEntries(COLUMN_NAMES.map((name) => [name, candidates[name]])) as Columns;
}

function makeColumns(size: number): Columns {
  return {
    source: new Int32Array(size),
    cell: new Int32Array(size),
    start: new Float64Array(size),
    end: new Float64Array(size),
    value: new Int8Array(size),
    hasTerms: new Uint8Array(size),
    lane: new Uint16Array(size),
    liveness: new Uint8Array(size),
  };
}

// The columns of the last fold, kept for the next: on a large stream they are tens of megabytes of
// ArrayBuffers, and allocating that much outside the heap on every fold makes V8 run a full collection
// of the whole heap (the events included) for "external memory pressure", which then costs more than
// the fold. Folds are synchronous, so one fold at a time uses them.
let spare: Columns | undefined;

function takeColumns(size: number): Columns {
  const reused = spare !== undefined && spare.cell.length >= size ? spare : undefined;
  spare = undefined;
  return reused ?? makeColumns(size);
}

// The five stances start with five different letters: a table by first letter spares a keyed lookup per row.
const BY_INITIAL = new Int8Array(128);
for (const stance of STANCES) BY_INITIAL[stance.charCodeAt(0)] = stanceValue(stance);

function stanceValueByInitial(stance: Stance): number {
  return BY_INITIAL[stance.charCodeAt(0)] as number;
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
