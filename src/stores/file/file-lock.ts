import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type * as Lockfile from 'proper-lockfile';

// Loaded at run time, not bundled: proper-lockfile is CommonJS that requires Node built-ins, which an ESM
// bundle cannot do. Node's own module cache makes every require after the first a lookup.
function lockfileModule(): typeof Lockfile {
  try {
    return createRequire(import.meta.url)('proper-lockfile') as typeof Lockfile;
  } catch (error) {
    throw new Error("positions-ledger/file needs the 'proper-lockfile' package: npm install proper-lockfile", {
      cause: error,
    });
  }
}

/**
 * How the file store waits for and keeps its lock.
 *
 * @example
 * await FileEventStore.open(file, { lock: { staleMs: 5_000, waitMs: 120_000 } });
 */
export interface LockOptions {
  /**
   * After how long without a heartbeat a lock counts as stale and is taken over, in ms (default 10,000;
   * at least 2,000). It matters only when the owner's death cannot be seen: a lock whose owner record
   * names a process on this host that is gone is taken over at once. Shorter recovers from crashes on
   * other hosts sooner; longer tolerates longer pauses of a live writer (a stalled event loop).
   */
  readonly staleMs?: number;
  /** How long to keep trying to get the lock before giving up, in ms (default 60,000). */
  readonly waitMs?: number;
}

/**
 * Who holds a lock: written into the lock folder (`owner.json`) as soon as it is created.
 *
 * @example
 * const owner: LockOwner = { host: 'build-1', pid: 4242, start: '81234567', token: '…' };
 */
export interface LockOwner {
  /** The host name of the owner's machine. */
  readonly host: string;
  /** The owner's process id. */
  readonly pid: number;
  /**
   * When the owner process started, in the system's own units (Linux: field 22 of `/proc/<pid>/stat`,
   * clock ticks since boot), so that a later process reusing the pid is not taken for the owner;
   * null where it cannot be read (then only the stale timeout frees the lock).
   */
  readonly start: string | null;
  /** Unique to this holding of the lock. */
  readonly token: string;
}

/**
 * A lock taken over from a process on this host that had died holding it.
 *
 * @example
 * for (const t of store.takeovers) console.warn(`lock of pid ${t.owner.pid} on ${t.owner.host} taken over`);
 */
export interface LockTakeover {
  /** The lock folder (`<file>.lock`). */
  readonly lock: string;
  /** The dead owner, as its record named it. */
  readonly owner: LockOwner;
  /** When it was taken over (ISO 8601). */
  readonly at: string;
}

/** The lock was not obtained in time: `code` is `ELOCKED`, as proper-lockfile's own refusal. */
export interface LockTimeout extends Error {
  readonly code: 'ELOCKED';
}

const OWNER_FILE = 'owner.json';

/**
 * This process's start time as {@link LockOwner.start} records it, or null off Linux.
 *
 * @example
 * processStart(process.pid); //=> '81234567' on Linux
 */
export function processStart(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its `)`.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether a lock's owner is provably gone: a process on this host whose pid is unused, or used by a
 * process that started at another time. An owner on another host, or one whose start time is
 * unknown, is never provably gone (the stale timeout decides).
 *
 * @example
 * ownerIsGone({ host: hostname(), pid: process.pid, start: processStart(process.pid), token: 't' }); //=> false
 */
export function ownerIsGone(owner: LockOwner): boolean {
  if (owner.host !== hostname() || owner.start === null) return false;
  if (processStart(process.pid) === null) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: a process of another user has the pid; its start time tells whether it is the owner.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  const start = processStart(owner.pid);
  return start !== null && start !== owner.start;
}

/**
 * Runs `work` while holding the lock on `file` (a `<file>.lock` folder holding its owner's record, kept
 * fresh by a heartbeat). A waiter that finds the owner gone (same host, {@link ownerIsGone}) takes the
 * lock over at once; otherwise a lock is taken over only once stale. If the heartbeat finds the lock was
 * taken from us, the error is rethrown from here, after `work`, so the append that was running reports it.
 *
 * @throws {LockTimeout} when the lock was not obtained within `waitMs`.
 */
export async function withLock<T>(
  file: string,
  options: LockOptions,
  work: () => Promise<T>,
  onTakeover: (takeover: LockTakeover) => void = () => undefined,
): Promise<T> {
  const staleMs = Math.max(2_000, options.staleMs ?? 10_000);
  const waitMs = options.waitMs ?? 60_000;
  const lockfile = lockfileModule();
  const lockDir = `${file}.lock`;
  let compromised: Error | undefined;
  const deadline = Date.now() + waitMs;
  let delay = 2;
  const tombstones: string[] = [];
  let release: () => Promise<void>;
  for (;;) {
    const owner: LockOwner = {
      host: hostname(),
      pid: process.pid,
      start: processStart(process.pid),
      token: randomUUID(),
    };
    try {
      release = await lockfile.lock(file, {
        stale: staleMs,
        realpath: false,
        retries: 0,
        fs: ownedFs(owner),
        onCompromised: (error) => {
          compromised = error;
        },
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    const held = await readOwner(lockDir);
    if (held !== undefined && ownerIsGone(held)) {
      const tombstone = await takeOver(lockDir, held);
      if (tombstone !== undefined) {
        tombstones.push(tombstone);
        onTakeover(Object.freeze({ lock: lockDir, owner: Object.freeze({ ...held }), at: new Date().toISOString() }));
        continue;
      }
    }
    if (Date.now() >= deadline) {
      await removeAll(tombstones);
      throw lockTimeout(file, waitMs, held);
    }
    // Many short retries: appends hold the lock for a few milliseconds.
    await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
    delay = Math.min(50, delay * 1.2);
  }
  try {
    const result = await work();
    if (compromised) throw lockLost(file, compromised);
    return result;
  } finally {
    await removeAll(tombstones);
    if (!compromised) await release().catch(() => undefined);
  }
}

async function removeAll(tombstones: readonly string[]): Promise<void> {
  for (const tombstone of tombstones) await rm(tombstone, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Moves a dead owner's lock aside, atomically: the lock folder is renamed to a tombstone named for the
 * dead holding's token. Two waiters that both saw the dead owner race for that one name, and the second
 * rename fails (the tombstone exists and holds the record), so one takes over. The tombstone's record is
 * checked after the rename: a waiter that read the record so long ago that the lock has since changed
 * hands puts the live lock back. Returns the tombstone, for the winner to remove once its own work under
 * the lock is done (until then it blocks the other waiters' renames).
 */
async function takeOver(lockDir: string, dead: LockOwner): Promise<string | undefined> {
  const tombstone = `${lockDir}.dead-${dead.token}`;
  try {
    await rename(lockDir, tombstone);
  } catch {
    return undefined;
  }
  const moved = await readOwner(tombstone);
  if (moved?.token !== dead.token) {
    await rename(tombstone, lockDir).catch(() => undefined);
    return undefined;
  }
  return tombstone;
}

async function readOwner(lockDir: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(join(lockDir, OWNER_FILE), 'utf8')) as LockOwner;
    return typeof owner.host === 'string' &&
      Number.isSafeInteger(owner.pid) &&
      (owner.start === null || typeof owner.start === 'string') &&
      typeof owner.token === 'string'
      ? owner
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file system proper-lockfile locks with: its `mkdir` creates the lock folder (atomically: it fails
 * when the lock exists) and writes the owner's record into it before proper-lockfile sets the folder's
 * time, so the heartbeat never sees the record's write. Its `rmdir` removes the folder with its record.
 * A lock whose record is not there (being written, or not writable) counts as held by an owner that may
 * be alive: only the stale timeout frees it.
 */
function ownedFs(owner: LockOwner): typeof fs {
  const mkdir = (path: string, callback: (error: NodeJS.ErrnoException | null) => void): void => {
    fs.mkdir(path, (error) => {
      if (error) return callback(error);
      // A record that cannot be written (no room on a full disk) leaves the lock without one: reading,
      // and appending once space is back, still work, and only the stale timeout frees it after a crash.
      fs.writeFile(join(path, OWNER_FILE), JSON.stringify(owner), () => callback(null));
    });
  };
  const rmdir = (path: string, callback: (error: NodeJS.ErrnoException | null) => void): void =>
    fs.rm(path, { recursive: true }, callback);
  const rmdirSync = (path: string): void => fs.rmSync(path, { recursive: true });
  return { ...fs, mkdir, rmdir, rmdirSync } as unknown as typeof fs;
}

function lockTimeout(file: string, waitMs: number, owner: LockOwner | undefined): LockTimeout {
  const by = owner === undefined ? '' : ` (held by process ${owner.pid} on ${owner.host})`;
  return Object.assign(new Error(`lock on ${file} not obtained within ${waitMs} ms${by}`), {
    code: 'ELOCKED' as const,
  });
}

function lockLost(file: string, cause: Error): Error {
  return new Error(
    `the lock on ${file} was taken over while this process held it (${cause.message}); ` +
      'the append may have overlapped another writer',
    { cause },
  );
}
