import type { LedgerEvent } from '../events/index.js';

/**
 * What an append did.
 *
 * @example
 * const { added, unchanged } = ledger.append(events);
 * added.length + unchanged.length; //=> events.length
 */
export interface AppendResult {
  /** The events added, normalised and frozen, in batch order. */
  readonly added: readonly LedgerEvent[];
  /** Ids of events that were already there with identical content (no-ops). */
  readonly unchanged: readonly string[];
}
