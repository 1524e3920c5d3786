// Browser-safe: the store contract, the memory store and the fold from a store. The file and
// PostgreSQL stores are their own entries (`positions-ledger/file`, `positions-ledger/postgres`).
export type { EventStore, ReadOptions, StoreAppendOptions, StoreAppendResult, StoredEvent } from './event-store.js';
export { ConflictError } from './conflict-error.js';
export { StoreUnavailableError } from './store-unavailable-error.js';
export { ledgerFromStore, type LedgerFromStoreOptions } from './ledger-from-store.js';
export { MemoryEventStore } from './memory/index.js';
