import { appendStoredEvents } from '../ledger/append.js';
import { Ledger, type LedgerOptions } from '../ledger/index.js';
import type { EventStore } from './event-store.js';

/**
 * Options for folding a store into a ledger.
 *
 * @example
 * const ledger = await ledgerFromStore(store, { vocabulary, chunk: 50_000 });
 */
export interface LedgerFromStoreOptions extends LedgerOptions {
  /** How many events to append per batch while streaming (default 10,000). */
  readonly chunk?: number;
}

/**
 * Streams a store into a new in-memory `Ledger`, in position order and in chunks, so the store is
 * never read whole into one array. Uses the store's vocabulary unless one is given.
 *
 * @throws {ValidationError} naming the file and line (where the store has them) of every problem.
 * @example
 * const ledger = await ledgerFromStore(await FileEventStore.open('seeds/ukraine-2025'));
 * ledger.at('2025-12-31').cell('russia', 'ukraine-in-nato')?.stance; //=> 'rejects'
 */
export async function ledgerFromStore(store: EventStore, options: LedgerFromStoreOptions = {}): Promise<Ledger> {
  const vocabulary = options.vocabulary ?? store.vocabulary;
  const ledger = new Ledger({ ...options, ...(vocabulary === undefined ? {} : { vocabulary }) });
  const size = Math.max(1, options.chunk ?? 10_000);
  let events: unknown[] = [];
  let lines: number[] = [];
  let file: string | undefined;
  const flush = () => {
    // Targets always come before what refers to them in a store, so chunk boundaries are safe.
    appendStoredEvents(
      ledger,
      events,
      lines.length === events.length ? { lines, ...(file === undefined ? {} : { file }) } : {},
    );
    events = [];
    lines = [];
  };
  for await (const stored of store.read()) {
    events.push(stored.event);
    if (stored.line !== undefined) lines.push(stored.line);
    file = stored.file;
    if (events.length >= size) flush();
  }
  if (events.length > 0) flush();
  return ledger;
}
