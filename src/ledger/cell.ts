import type { Terms } from '../events/index.js';
import type { Stance, StanceValue } from '../rules/index.js';
import type { Evidence } from './evidence.js';

/**
 * A party's position on an issue at a valid time, as known at a knowledge time (docs/design.md §6.1).
 *
 * @example
 * const cell = ledger.cell('russia', 'ukraine-in-nato', { at: '2025-12-31' });
 * cell?.value; //=> -1 (opposes: Moscow wants membership barred)
 */
export interface Cell {
  /** The party. */
  readonly party: string;
  /** The issue. */
  readonly issue: string;
  /** The winning statement's stance. */
  readonly stance: Stance;
  /** Its value, −2 … +2. */
  readonly value: StanceValue;
  /** The `statedAt` of the first statement of the unbroken run that holds this stance and these terms. */
  readonly since: string;
  /** True when the winner's `statedAt` ends after the query time: it may not have been said yet then. */
  readonly tentative: boolean;
  /** The winner's terms, if any. */
  readonly terms?: Terms;
  /** The winner's conditions, if any. */
  readonly conditions?: string;
  /** The id of the winning statement. */
  readonly statement: string;
  /** The winner's sources, then its live corroborations' sources by (recordedAt, id). */
  readonly evidence: readonly Evidence[];
}
