import type { LedgerOptions } from '../../ledger/index.js';

/**
 * Options for a PostgreSQL store.
 *
 * @example
 * await PostgresEventStore.open(pool, { table: 'talks', vocabulary });
 */
export interface PostgresStoreOptions extends LedgerOptions {
  /** Prefix of the store's tables and function (default `positions`: `positions_events`, …). */
  readonly table?: string;
}
