import type { LedgerEvent, Statement } from '../events/index.js';
import { compareRecordedText, compareStatedAt, stanceCode, termsKey } from '../rules/index.js';
import { CANDIDATE_COLUMNS, type CandidateColumns, type FoldWorkspace } from './fold-workspace.js';
import { canonicalRecordedAt } from './known-clock.js';
import { notAStoredEvent } from './not-a-stored-event.js';

/** A row's statement is live (`liveness`). */
export const LIVE = 1;
/** A row's statement is dead: a live retraction or correction targets it. */
export const DEAD = 2;

/**
 * Every candidate of one stream fold (a live, known statement stated before `t`, once per cell it
 * counts for) in typed-array columns, so the passes that pick winners and `since` read numbers, not a
 * million scattered objects. A candidate is a row number. The columns come from a {@link FoldWorkspace};
 * everything else lives as long as this fold.
 */
export class Candidates implements CandidateColumns {
  /** How many rows are filled. */
  count = 0;
  // The columns, `count` rows of them filled; a grow replaces them. Fields of their own, not an object
  // of columns: the fold reads them once per row, and one load less per read shows.
  source: Int32Array;
  cell: Int32Array;
  start: Float64Array;
  end: Float64Array;
  stance: Uint8Array;
  hasTerms: Uint8Array;
  lane: Uint16Array;
  liveness: Uint8Array;
  readonly #workspace: FoldWorkspace;
  readonly #stream: readonly LedgerEvent[];
  readonly #replacements: Statement[] = [];
  // Terms compare by canonical JSON; each statement's is computed once per fold.
  readonly #termsKeys = new Map<Statement, string>();

  constructor(stream: readonly LedgerEvent[], workspace: FoldWorkspace) {
    this.#stream = stream;
    this.#workspace = workspace;
    // One row per statement, more for joint ones: rarely a grow.
    const columns = workspace.columns(Math.max(16, Math.ceil(stream.length * 1.125)));
    this.source = columns.source;
    this.cell = columns.cell;
    this.start = columns.start;
    this.end = columns.end;
    this.stance = columns.stance;
    this.hasTerms = columns.hasTerms;
    this.lane = columns.lane;
    this.liveness = columns.liveness;
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
    this.stance[row] = stanceCode(statement.stance);
    this.hasTerms[row] = statement.terms === undefined ? 0 : 1;
    this.lane[row] = lane;
    this.liveness[row] = 0;
    return row;
  }

  /**
   * The candidate order (docs/design.md §3.3) on rows. `recordedAt` and ids are read from the statements
   * only on a `statedAt` tie, and `recordedAt` compared as canonical text, unparsed.
   */
  compare(a: number, b: number): number {
    const { start, end } = this;
    return (
      compareStatedAt(start[a] as number, end[a] as number, start[b] as number, end[b] as number) ||
      compareRecordedText(
        canonicalRecordedAt(this.statement(a).recordedAt),
        this.idOf(a),
        canonicalRecordedAt(this.statement(b).recordedAt),
        this.idOf(b),
      )
    );
  }

  /** Whether two rows hold the same position (docs/design.md §3.5): the same stance and equal terms. */
  samePosition(a: number, b: number): boolean {
    const { stance, hasTerms } = this;
    if (stance[a] !== stance[b]) return false;
    if (hasTerms[a] === 0 && hasTerms[b] === 0) return true;
    return this.#termsKey(this.statement(a)) === this.#termsKey(this.statement(b));
  }

  #termsKey(statement: Statement): string {
    let key = this.#termsKeys.get(statement);
    if (key === undefined) this.#termsKeys.set(statement, (key = termsKey(statement.terms)));
    return key;
  }

  #grow(): void {
    const columns = this.#workspace.columns(this.cell.length * 2);
    for (const name of CANDIDATE_COLUMNS) (columns[name] as Int32Array).set(this[name] as Int32Array);
    Object.assign(this, columns);
  }
}
