import type { Cell } from '../ledger/cell.js';

/**
 * A cell whose stance or terms differ between two dates (docs/design.md §6.3).
 *
 * @example
 * ledger.diff('2025-04-30', '2025-12-31').map((c) => [c.party, c.issue, c.before?.stance ?? null, c.after?.stance ?? null]);
 */
export interface CellChange {
  /** The party. */
  readonly party: string;
  /** The issue. */
  readonly issue: string;
  /** The cell at the earlier date; `null` when it had none (the cell appeared). */
  readonly before: Cell | null;
  /** The cell at the later date; `null` when it has none (its statements were all retracted). */
  readonly after: Cell | null;
}
