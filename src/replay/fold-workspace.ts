/**
 * The typed-array columns of one stream fold's candidate rows (see `Candidates`): one entry per row.
 */
export interface CandidateColumns {
  /** Where the row's statement is: its index in the stream, or `-1 - n` for the `n`th replacement. */
  readonly source: Int32Array;
  /** The cell number the row counts for. */
  readonly cell: Int32Array;
  /** `start(statedAt)`, epoch ms. */
  readonly start: Float64Array;
  /** `end(statedAt)`, epoch ms. */
  readonly end: Float64Array;
  /** The stance code (docs/design.md §1.3). */
  readonly stance: Uint8Array;
  /** 1 when the statement has terms (then positions compare them too). */
  readonly hasTerms: Uint8Array;
  /** The lane the row came through (docs/design.md §4): 0 for the party's own statement. */
  readonly lane: Uint16Array;
  /** 0 while unknown, else whether the statement is live or dead (see `Candidates`). */
  readonly liveness: Uint8Array;
}

/** The names of {@link CandidateColumns}, for code that treats every column alike. */
export const CANDIDATE_COLUMNS = Object.freeze([
  'source',
  'cell',
  'start',
  'end',
  'stance',
  'hasTerms',
  'lane',
  'liveness',
] as const);

/**
 * Working memory for `foldEvents`, to reuse between folds: the typed arrays a fold fills with its candidate
 * rows, about 30 bytes per statement (tens of megabytes for a million). Allocating that much outside the
 * JavaScript heap on every fold makes V8 run full collections of the whole heap for "external memory
 * pressure", which can cost more than the fold itself; repeated folds over large streams run faster with
 * one workspace passed to each (docs/design.md §9.5).
 *
 * It lives as long as you hold it, and holds the largest arrays a fold has needed. One fold uses it at a
 * time (folds are synchronous). No answer depends on what it held before: a fold writes every field of a
 * row before it reads it, and reads no row it did not write. Without a workspace, `foldEvents` allocates
 * fresh arrays for the one fold.
 *
 * @example
 * const workspace = new FoldWorkspace();
 * for (const at of ['2025-03', '2025-06', '2025-12']) foldEvents(events, at, { workspace });
 */
export class FoldWorkspace {
  #columns: CandidateColumns | undefined;

  /**
   * Columns of at least `size` rows: the ones held when they are large enough, else new ones, held from
   * then on. Used by `foldEvents`; their content is whatever the last fold left.
   *
   * @example
   * new FoldWorkspace().columns(1024).start.length; //=> 1024
   */
  columns(size: number): CandidateColumns {
    const held = this.#columns;
    if (held !== undefined && held.cell.length >= size) return held;
    // One buffer for every column, widest first so each view is aligned: one allocation instead of eight.
    const buffer = new ArrayBuffer(size * 29);
    const columns: CandidateColumns = {
      start: new Float64Array(buffer, 0, size),
      end: new Float64Array(buffer, size * 8, size),
      source: new Int32Array(buffer, size * 16, size),
      cell: new Int32Array(buffer, size * 20, size),
      lane: new Uint16Array(buffer, size * 24, size),
      stance: new Uint8Array(buffer, size * 26, size),
      hasTerms: new Uint8Array(buffer, size * 27, size),
      liveness: new Uint8Array(buffer, size * 28, size),
    };
    this.#columns = columns;
    return columns;
  }
}
