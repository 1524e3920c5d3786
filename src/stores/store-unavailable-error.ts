/**
 * A store could not be used: its server is unreachable or refused the password, the connection dropped,
 * the lock was not obtained, or the disk is full or read-only. The data is not at fault; the same call
 * may succeed once the store is back. An append that fails this way either wrote nothing or, when the
 * connection died after the commit was sent, wrote the whole batch: appending the same events again
 * settles which (appends are idempotent by content id, docs/design.md §5.1). The message names the store
 * with any password masked; `cause` keeps the underlying error. The CLI exits 3 on it.
 *
 * @example
 * try { await PostgresEventStore.open('postgres://app:secret@db.example:5432/talks'); }
 * catch (e) { if (e instanceof StoreUnavailableError) console.log(e.message); }
 * //=> "store unavailable: postgres://app:***@db.example:5432/talks: connection refused"
 */
export class StoreUnavailableError extends Error {
  /** Where the store is, as the caller named it, with any password masked. */
  readonly store: string;
  /** What went wrong, in a few words (`connection refused`, `disk full`). */
  readonly reason: string;

  constructor(store: string, reason: string, options?: { cause?: unknown }) {
    const named = maskPassword(store);
    super(`store unavailable: ${named}: ${reason}`, options);
    this.name = 'StoreUnavailableError';
    this.store = named;
    this.reason = reason;
  }
}

/**
 * The store's name with the password of a URL's user info replaced by `***`.
 *
 * @example
 * maskPassword('postgres://app:secret@db:5432/talks'); //=> 'postgres://app:***@db:5432/talks'
 */
export function maskPassword(store: string): string {
  return store.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@');
}
