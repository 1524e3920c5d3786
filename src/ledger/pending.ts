import type { EventOrigin } from '../events/index.js';
import type { Entry } from './entry.js';
import type { LedgerState } from './ledger-state.js';

/**
 * The entries of a batch on their way in. Where each came from is kept as its index in the batch
 * and turned into an origin only when a problem names it: a million origin objects cost more than
 * the rare problem. A slot is an entry's place in `entries`.
 */
export interface Pending {
  /** The new entries in batch order (a correction's replacement right after it). */
  readonly entries: Entry[];
  /** Each entry's index in the batch, by slot (a replacement shares its correction's). */
  readonly indexes: number[];
  /** The same entries, to tell them from entries already in the ledger. */
  readonly fresh: Set<Entry>;
  /** Where the event at this index of the batch came from. */
  readonly originAt: (index: number) => EventOrigin;
}

/** Where the new entry in `slot` came from. */
export function originOf(pending: Pending, slot: number): EventOrigin {
  return pending.originAt(pending.indexes[slot] as number);
}

/** Whether an entry is new in this batch (not yet in the ledger). */
export function isNew(pending: Pending, entry: Entry): boolean {
  return pending.fresh.has(entry);
}

/**
 * Every id a failed lookup could have meant, the batch's own first (in batch order), then the
 * ledger's: the order in which "did you mean" suggestions are chosen.
 */
export function knownIds(state: LedgerState, pending: Pending): string[] {
  const ids = [...state.entries.keys()];
  // The batch's ids were added to the table last, in batch order.
  const cut = ids.length - pending.entries.length;
  return [...ids.slice(cut), ...ids.slice(0, cut)];
}
