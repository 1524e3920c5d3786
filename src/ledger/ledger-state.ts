import type { FastEventReader } from '../events/fast-read.js';
import type { LedgerEvent, Upcasters } from '../events/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import type { Entry } from './entry.js';
import type { StatementIndex } from './statement-index.js';

/** The mutable heart of a ledger: every entry by id, the log in append order, the statement index. */
export interface LedgerState {
  /** Every entry by id, a correction's replacement included. */
  readonly entries: Map<string, Entry>;
  /** The events in append order, as handed out. */
  readonly log: LedgerEvent[];
  /** The statements filed by (party, issue). */
  readonly index: StatementIndex;
  /** The parties and issues events may name, if the ledger has a vocabulary. */
  readonly vocabulary: Vocabulary | undefined;
  /** Upcasters for older event format versions. */
  readonly upcasters: Upcasters | undefined;
  /** Reads raw events on the fast path, sharing equal parts between the events this ledger holds. */
  readonly eventReader: FastEventReader;
}
