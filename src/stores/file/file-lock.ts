import { createRequire } from 'node:module';
import type * as Lockfile from 'proper-lockfile';

// Loaded at run time, not bundled: proper-lockfile is CommonJS that requires Node built-ins, which an ESM
// bundle cannot do. Node's own module cache makes every require after the first a lookup.
function lock(file: string, options: Lockfile.LockOptions): Promise<() => Promise<void>> {
  let lockfile: typeof Lockfile;
  try {
    lockfile = createRequire(import.meta.url)('proper-lockfile') as typeof Lockfile;
  } catch (error) {
    throw new Error("positions-ledger/file needs the 'proper-lockfile' package: npm install proper-lockfile", {
      cause: error,
    });
  }
  return lockfile.lock(file, options);
}

/**
 * How the file store waits for and keeps its lock.
 *
 * @example
 * await FileEventStore.open(file, { lock: { staleMs: 5_000, waitMs: 120_000 } });
 */
export interface LockOptions {
  /**
   * After how long without a heartbeat a lock left by a crashed process is taken over, in ms
   * (default 10,000; at least 2,000). Shorter recovers from crashes sooner; longer tolerates
   * longer pauses of a live writer (a stalled event loop) before anyone else steps in.
   */
  readonly staleMs?: number;
  /** How long to keep trying to get the lock before giving up, in ms (default 60,000). */
  readonly waitMs?: number;
}

/**
 * Runs `work` while holding the lock on `file` (a `<file>.lock` directory kept fresh by a heartbeat,
 * taken over only once stale). If the heartbeat finds the lock was taken from us, the error is
 * rethrown from here, after `work`, so the append that was running reports it.
 */
export async function withLock<T>(file: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const staleMs = Math.max(2_000, options.staleMs ?? 10_000);
  const waitMs = options.waitMs ?? 60_000;
  let compromised: Error | undefined;
  const release = await lock(file, {
    stale: staleMs,
    realpath: false,
    // Many short retries: appends hold the lock for a few milliseconds.
    retries: {
      retries: Math.ceil(waitMs / 25),
      factor: 1.2,
      minTimeout: 2,
      maxTimeout: 50,
      randomize: true,
      maxRetryTime: waitMs,
    },
    onCompromised: (error) => {
      compromised = error;
    },
  });
  try {
    const result = await work();
    if (compromised) throw lockLost(file, compromised);
    return result;
  } finally {
    if (!compromised) await release().catch(() => undefined);
  }
}

function lockLost(file: string, cause: Error): Error {
  return new Error(
    `the lock on ${file} was taken over while this process held it (${cause.message}); ` +
      'the append may have overlapped another writer',
    { cause },
  );
}
