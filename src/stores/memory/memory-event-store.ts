import type { LedgerEvent } from '../../events/index.js';
import { eventBatch } from '../../ledger/append.js';
import { Ledger, type LedgerOptions } from '../../ledger/index.js';
import type { Vocabulary } from '../../vocabulary/index.js';
import { ConflictError } from '../conflict-error.js';
import type { EventStore, ReadOptions, StoreAppendOptions, StoreAppendResult, StoredEvent } from '../event-store.js';

/**
 * An event store in memory, for tests, short scripts and browsers: the same contract as the
 * durable stores, gone when the process ends.
 *
 * @example
 * const store = new MemoryEventStore({ vocabulary });
 * await store.append(events);
 * const ledger = await ledgerFromStore(store);
 */
export class MemoryEventStore implements EventStore {
  // The ledger is the validator: appends go through its rules, so the store never diverges from them.
  readonly #ledger: Ledger;
  readonly #log: LedgerEvent[] = [];
  #closed = false;

  /**
   * An empty store; appends are checked against the vocabulary when one is given.
   *
   * @example
   * const store = new MemoryEventStore();
   */
  constructor(options: LedgerOptions = {}) {
    this.#ledger = new Ledger(options);
  }

  /** The vocabulary appends are checked against, if any. */
  get vocabulary(): Vocabulary | undefined {
    return this.#ledger.vocabulary;
  }

  /**
   * Appends a batch, all or nothing.
   *
   * @throws {ValidationError} naming every problem; nothing is stored.
   * @throws {ConflictError} when `expectedVersion` is not the current version.
   * @example
   * (await store.append([statement], { expectedVersion: 0 })).version; //=> 1
   */
  async append(events: Iterable<unknown>, options: StoreAppendOptions = {}): Promise<StoreAppendResult> {
    this.#open();
    const batch = eventBatch(events);
    if (options.expectedVersion !== undefined && options.expectedVersion !== this.#log.length) {
      throw new ConflictError(options.expectedVersion, this.#log.length);
    }
    const { expectedVersion: _, ...appendOptions } = options;
    const result = this.#ledger.append(batch, appendOptions);
    this.#log.push(...result.added);
    return Object.freeze({ ...result, version: this.#log.length });
  }

  /**
   * The events from a position on, in order.
   *
   * @example
   * for await (const { position, event } of store.read({ from: 2 })) console.log(position, event.id);
   */
  async *read(options: ReadOptions = {}): AsyncIterable<StoredEvent> {
    this.#open();
    // Read up to the version at the start, so a read is one consistent prefix.
    const end = this.#log.length;
    for (let i = Math.max(1, options.from ?? 1) - 1; i < end; i++) {
      yield Object.freeze({ position: i + 1, event: this.#log[i] as LedgerEvent });
    }
  }

  /**
   * The position of the last event; 0 when empty.
   *
   * @example
   * await new MemoryEventStore().version(); //=> 0
   */
  async version(): Promise<number> {
    this.#open();
    return this.#log.length;
  }

  /**
   * Closes the store; later calls fail.
   *
   * @example
   * await store.close();
   */
  async close(): Promise<void> {
    this.#closed = true;
  }

  #open(): void {
    if (this.#closed) throw new Error('the event store is closed');
  }
}
