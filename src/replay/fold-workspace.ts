import { TableFold } from './table-fold.js';

/**
 * Working memory for stream folds, kept by the caller to reuse between `foldEvents` calls. A fold over a
 * million events needs tens of megabytes of typed arrays; allocating them afresh for every fold makes
 * V8 collect the whole heap for external memory pressure. One workspace serves one fold at a time (folds
 * are synchronous), and its arrays live as long as the caller keeps it (docs/design.md §9.5).
 *
 * @example
 * const workspace = new FoldWorkspace();
 * for (const at of ['2025-03', '2025-12']) foldEvents(events, at, { workspace });
 */
export class FoldWorkspace {
  /** The fold whose arrays are reused. */
  readonly fold = new TableFold();
}
