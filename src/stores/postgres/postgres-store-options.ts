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
  /**
   * How a `StoreUnavailableError` names the store (its password masked); default: the connection string,
   * or `PostgreSQL` for a pool, client or PGlite.
   */
  readonly name?: string;
}
