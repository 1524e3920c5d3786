// Node entry `positions-ledger/postgres`: the PostgreSQL store (`pg` is an optional peer; PGlite works too).
export { PostgresEventStore } from './postgres-event-store.js';
export type { PostgresStoreOptions } from './postgres-store-options.js';
export type { ClientLike, Database, PGliteLike, PoolLike, PooledClient, SqlQuery } from './database.js';
export { ConflictError, ledgerFromStore, MemoryEventStore } from '../index.js';
export type { EventStore, ReadOptions, StoreAppendOptions, StoreAppendResult, StoredEvent } from '../index.js';
