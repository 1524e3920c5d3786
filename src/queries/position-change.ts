import type { Terms } from '../events/index.js';
import type { Evidence } from '../ledger/evidence.js';
import type { Stance, StanceValue } from '../rules/index.js';

/**
 * One run of a party's position on an issue (docs/design.md §3.5, §6.2): a stance (and terms) held
 * unchanged since `since`.
 *
 * @example
 * ledger.timeline('ukraine', 'guarantees-before-ceasefire').changes.map((c) => `${c.since}: ${c.stance}`);
 * //=> ['2025/2025-03-10: demands', '2025-03-11: neutral']
 */
export interface PositionChange {
  /** The stance of the run. */
  readonly stance: Stance;
  /** Its value, −2 … +2. */
  readonly value: StanceValue;
  /** The `statedAt` of the run's first statement. */
  readonly since: string;
  /** The run's terms, if any. */
  readonly terms?: Terms;
  /** The statements of the run, oldest first: the change, then its reaffirmations. */
  readonly statements: readonly string[];
  /** The sources of every statement of the run, each followed by its live corroborations. */
  readonly evidence: readonly Evidence[];
}
