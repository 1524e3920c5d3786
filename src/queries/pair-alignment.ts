/**
 * How two parties' positions line up at one date (docs/design.md §6.5).
 *
 * @example
 * const pair = ledger.alignment('2025-12-31').find((p) => p.parties[0] === 'russia' && p.parties[1] === 'ukraine');
 * pair?.disagree.includes('ceasefire-before-settlement'); //=> true
 */
export interface PairAlignment {
  /** The two parties, in id order. */
  readonly parties: readonly [string, string];
  /** Issues where both are for, or both against. */
  readonly agree: readonly string[];
  /** Issues where one is for and the other against. */
  readonly disagree: readonly string[];
  /** Issues where both have a position and at least one is neutral. */
  readonly other: readonly string[];
}
