import type { Stance, Verdict } from '../rules/index.js';

/**
 * Where the parties stand on one issue at one date (docs/design.md §6.4).
 *
 * @example
 * ledger.divergence('2025-12-31').filter((d) => d.verdict === 'contested').map((d) => d.issue);
 */
export interface IssueDivergence {
  /** The issue. */
  readonly issue: string;
  /** `contested`, `consensus` or `open`. */
  readonly verdict: Verdict;
  /** Highest minus lowest stance value (0 for a single party). */
  readonly spread: number;
  /** Each compared party's stance, keyed by party id in party order. */
  readonly stances: Readonly<Record<string, Stance>>;
}
