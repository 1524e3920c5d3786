import type { AppendResult } from '../index.js';
import type { LoadedData } from './load-data.js';

/**
 * Appends events through the durable store behind `data`: the locking, fsync'ing NDJSON file store for a
 * dataset folder or an events file, or the PostgreSQL store for a `postgres://` URL. The store checks the
 * batch again under its lock or transaction, against the events as they are at that moment.
 *
 * @throws {ValidationError} when the batch is no longer valid (another writer got there first).
 * @example
 * const origin = { lines: check.lineNumbers, file: 'new.ndjson' };
 * const { added, unchanged } = await appendToStore(data, check.events, origin);
 */
export async function appendToStore(
  data: LoadedData,
  events: readonly unknown[],
  origin: { readonly lines: readonly number[]; readonly file: string },
): Promise<AppendResult> {
  if (data.kind === 'postgres') {
    const { PostgresEventStore } = await import('../stores/postgres/index.js');
    const store = await PostgresEventStore.open(data.path);
    try {
      return await store.append(events, origin);
    } finally {
      await store.close();
    }
  }
  const { FileEventStore } = await import('../stores/file/index.js');
  const warn = (message: string) => process.stderr.write(`positions: warning: ${message}\n`);
  // A bare events file that does not exist yet is started (its folder must exist, see commands/append.ts);
  // a dataset folder must hold its events.ndjson, as positions init writes it.
  const store = await FileEventStore.open(data.path, {
    create: data.kind === 'file',
    onWarning: warn,
    onLockTakeover: warn,
  });
  try {
    return await store.append(events, origin);
  } finally {
    await store.close();
  }
}
