import type { AppendOptions, AppendResult } from '../ledger/index.js';
import type { LedgerEvent } from '../events/index.js';
import type { Vocabulary } from '../vocabulary/index.js';

/**
 * Options of a store append.
 *
 * @example
 * await store.append(batch, { expectedVersion: 41, file: 'new.ndjson', lines: [1, 2] });
 */
export interface StoreAppendOptions extends AppendOptions {
  /**
   * Append only if the store's version is still this (optimistic concurrency); otherwise fail with
   * a `ConflictError` and write nothing. Leave it out to append whatever the version.
   */
  readonly expectedVersion?: number;
}

/**
 * What a store append did.
 *
 * @example
 * const { version, added, unchanged } = await store.append(batch);
 */
export interface StoreAppendResult extends AppendResult {
  /** The store's version after the append (the position of its last event). */
  readonly version: number;
}

/**
 * Where to start reading.
 *
 * @example
 * for await (const stored of store.read({ from: 101 })) console.log(stored.position);
 */
export interface ReadOptions {
  /** The first position to yield (positions count from 1; default 1). */
  readonly from?: number;
}

/**
 * One event as a store holds it.
 *
 * @example
 * for await (const { position, event, line } of store.read()) console.log(position, event.id, line);
 */
export interface StoredEvent {
  /** Its place in the store: 1 for the first event, counting up with no gaps. */
  readonly position: number;
  /** The event, normalised and frozen. */
  readonly event: LedgerEvent;
  /** Its line in the store's file, for stores that have one (error messages name it). */
  readonly line?: number;
  /** The store's file, for stores that have one. */
  readonly file?: string;
}

/**
 * A durable, append-only log of ledger events. Every implementation checks appends with the
 * ledger's own rules (schema, vocabulary, targets that exist, ids that are reused only for identical
 * content), all or nothing, and gives each event a position: 1, 2, 3… with no gaps.
 * The version is the position of the last event (0 when empty). See docs/design.md §8.
 *
 * @example
 * const store: EventStore = new MemoryEventStore();
 * const { version } = await store.append(events, { expectedVersion: 0 });
 * for await (const { position, event } of store.read({ from: 1 })) console.log(position, event.id);
 */
export interface EventStore {
  /** The parties and issues appends are checked against, if the store has them. */
  readonly vocabulary: Vocabulary | undefined;

  /**
   * Appends a batch, all or nothing. Events already stored with identical content are no-ops.
   *
   * @throws {ValidationError} naming every problem; nothing is written.
   * @throws {ConflictError} when `expectedVersion` is given and the store has moved on; nothing is written.
   */
  append(events: Iterable<unknown>, options?: StoreAppendOptions): Promise<StoreAppendResult>;

  /** Streams the events from a position on, in order. */
  read(options?: ReadOptions): AsyncIterable<StoredEvent>;

  /** The position of the last event; 0 when the store is empty. */
  version(): Promise<number>;

  /** Releases what the store holds (files, connections it opened). */
  close(): Promise<void>;
}
