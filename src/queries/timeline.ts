import type { PositionChange } from './position-change.js';

/**
 * How one party's position on one issue changed, oldest first (docs/design.md §6.2).
 *
 * @example
 * const { changes } = ledger.timeline('united-states', 'ceasefire-before-settlement');
 * changes[0]?.since; //=> '2025-03-11'
 */
export interface Timeline {
  /** The party. */
  readonly party: string;
  /** The issue. */
  readonly issue: string;
  /** Each change of stance or terms; a reaffirmation extends a run rather than starting one. */
  readonly changes: readonly PositionChange[];
}
