import { StoreUnavailableError } from '../store-unavailable-error.js';

// What each operating-system fault means for someone using the store; anything else is not the store's
// being unavailable (a bug, or bad data) and is passed on as it is.
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * The one place the file store's faults become {@link StoreUnavailableError}s: the lock not obtained
 * in time (`ELOCKED`), a full disk or quota, a read-only file system, no permission to write. Any other
 * error is returned unchanged.
 *
 * @example
 * try { await handle.write(bytes); } catch (error) { throw fileStoreFault(file, error); }
 */
export function fileStoreFault(file: string, error: unknown): unknown {
  if (error instanceof StoreUnavailableError || !(error instanceof Error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOCKED') return new StoreUnavailableError(file, lockReason(error.message), { cause: error });
  const reason = code === undefined ? undefined : REASONS[code];
  return reason === undefined ? error : new StoreUnavailableError(file, reason, { cause: error });
}

// The lock's own message names the file again ("lock on F not obtained within …"): keep what follows.
function lockReason(message: string): string {
  const at = message.indexOf(' not obtained');
  return at === -1 ? 'lock not obtained' : `lock${message.slice(at)}`;
}
