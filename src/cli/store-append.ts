import type { AppendResult } from '../index.js';
import { FileEventStore } from '../stores/file/index.js';
import { appendLines } from './append-lines.js';

/**
 * What was appended, and whether it went through the locking file store.
 *
 * @example
 * const { result, locked } = await appendToStore(folder, events, origin, checked, eventsFile);
 */
export interface StoreAppend {
  /** The ledger's report: events added, ids already there. */
  readonly result: AppendResult;
  /** False when proper-lockfile was missing and the lines were appended without a lock. */
  readonly locked: boolean;
}

/**
 * Appends events to an NDJSON store (a dataset folder's `events.ndjson` or an events file) through the
 * file store: under its lock, re-checked against the file as it is at that moment, synced to disk.
 * Without the `proper-lockfile` package it falls back to one unlocked append of the events `checked`
 * already validated, with a warning on stderr.
 *
 * @throws {ValidationError} when the batch is no longer valid against the file (another writer got there first).
 * @example
 * const { result } = await appendToStore('./my-dataset', check.events, { lines: check.lineNumbers, file: 'new.ndjson' }, check.result);
 */
export async function appendToStore(
  store: string,
  events: readonly unknown[],
  origin: { readonly lines: readonly number[]; readonly file: string },
  checked: AppendResult,
  eventsFile: string,
): Promise<StoreAppend> {
  let opened: FileEventStore;
  try {
    opened = await FileEventStore.open(store, {
      onWarning: (message) => process.stderr.write(`positions: warning: ${message}\n`),
    });
  } catch (error) {
    if (!isMissingLockPackage(error)) throw error;
    process.stderr.write("positions: warning: the 'proper-lockfile' package is not installed; appending without a lock\n");
    await appendLines(eventsFile, checked.added);
    return { result: checked, locked: false };
  }
  try {
    const result = await opened.append(events, origin);
    return { result, locked: true };
  } finally {
    await opened.close();
  }
}

function isMissingLockPackage(error: unknown): boolean {
  return error instanceof Error && error.message.includes("needs the 'proper-lockfile' package");
}
