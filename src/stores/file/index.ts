// Node-only entry `positions-ledger/file`: the NDJSON file store.
export { FileEventStore, type FileStoreOptions } from './file-event-store.js';
export type { LockOptions, LockOwner, LockTakeover } from './file-lock.js';
export type { TornTail } from './torn-tail.js';
export { appendNdjsonFile, PARALLEL_READ_BYTES, readLedger, type ReadLedgerOptions } from './read-ledger.js';
export { ConflictError, ledgerFromStore, MemoryEventStore } from '../index.js';
export type { EventStore, ReadOptions, StoreAppendOptions, StoreAppendResult, StoredEvent } from '../index.js';
