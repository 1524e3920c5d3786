/**
 * The file lock after a crash: the lock records its owner (host, pid, process start time); a writer on
 * the same host that finds the owner gone takes the lock over at once instead of waiting out the stale
 * timeout, and of several waiters racing for a dead owner's lock exactly one takes it over and none
 * writes while another does. Nothing here is timed: each writer's stale timeout (600 s) is longer than
 * how long it may wait for the lock (60 s at most), so a writer that got the lock did not wait it out.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/index.js';
import {
  ownerIsGone,
  processStart,
  withLock,
  type LockOwner,
  type LockTakeover,
} from '../../src/stores/file/file-lock.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { requireBuild, startChild } from './child-process.js';
import { seedStatement } from './seed-events.js';

const onLinux = process.platform === 'linux';
const LONG_STALE = 600_000;

let folder: string;
beforeAll(async () => {
  requireBuild();
  folder = await mkdtemp(join(tmpdir(), 'positions-lock-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Starts a child that takes the lock of `file` through the store and holds it, then SIGKILLs it. */
async function killedHolder(file: string): Promise<{ pid: number; record: LockOwner }> {
  const child = startChild('hold-lock.mjs', [file]);
  await child.waitFor((line) => line.startsWith('holding '));
  const record = JSON.parse(await readFile(join(`${file}.lock`, 'owner.json'), 'utf8')) as LockOwner;
  child.process.kill('SIGKILL');
  const { signal } = await child.exited;
  expect(signal).toBe('SIGKILL');
  return { pid: child.process.pid as number, record };
}

/** A lock folder as a holder leaves it, with `owner` as its record. */
async function leftLock(file: string, owner: LockOwner): Promise<void> {
  await mkdir(`${file}.lock`);
  await writeFile(join(`${file}.lock`, 'owner.json'), JSON.stringify(owner));
}

describe.runIf(onLinux)('the owner record', () => {
  it('names this host, the pid and its start time; a live owner is not gone, a reused pid is', () => {
    const me: LockOwner = { host: hostname(), pid: process.pid, start: processStart(process.pid), token: 't' };
    expect(me.start).toMatch(/^\d+$/);
    expect(ownerIsGone(me)).toBe(false);
    // The same pid, started at another time: a later process that reused the pid, not the owner.
    expect(ownerIsGone({ ...me, start: '1' })).toBe(true);
    // Another host, or an unknown start time: never provably gone (the stale timeout decides).
    expect(ownerIsGone({ ...me, host: `${hostname()}-elsewhere`, start: '1' })).toBe(false);
    expect(ownerIsGone({ ...me, start: null, pid: 2 ** 22 + 1 })).toBe(false);
  });
});

describe.runIf(onLinux)('after a writer is killed holding the lock', () => {
  it('the next writer takes the lock over from the dead owner instead of waiting out the stale timeout', async () => {
    const file = join(folder, 'killed.ndjson');
    const { pid, record } = await killedHolder(file);
    expect(record).toMatchObject({ host: hostname(), pid, start: processStart(pid) ?? expect.any(String) });

    const messages: string[] = [];
    // waitMs < staleMs: had the owner check not freed the lock, open would fail with "lock not obtained".
    const store = await FileEventStore.open(file, {
      lock: { staleMs: LONG_STALE, waitMs: 60_000 },
      onWarning: () => undefined,
      onLockTakeover: (message) => messages.push(message),
    });
    await store.append([seedStatement(1)]);
    expect(store.takeovers.map((t) => t.owner)).toEqual([record]);
    expect(messages).toEqual([`${file}: took over the lock of process ${pid} on ${hostname()}, which died holding it`]);
    expect(await store.version()).toBe(1);
    await store.close();
  });

  it('a live owner keeps its lock: the waiter gives up after waitMs with StoreUnavailableError', async () => {
    const file = join(folder, 'live.ndjson');
    await writeFile(file, '');
    let refused: unknown;
    await withLock(file, {}, async () => {
      refused = await FileEventStore.open(file, { lock: { staleMs: LONG_STALE, waitMs: 300 } }).catch((e) => e);
    });
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as Error).message).toBe(
      `store unavailable: ${file}: lock not obtained within 300 ms (held by process ${process.pid} on ${hostname()})`,
    );
  });

  it('of 40 waiters in one process racing for a dead owner lock, one takes it over; one holds it at a time', async () => {
    const file = join(folder, 'race-in-process.ndjson');
    await writeFile(file, '');
    // This pid with another start time: the record of a dead process whose pid was reused.
    await leftLock(file, { host: hostname(), pid: process.pid, start: '1', token: 'dead-owner' });
    const takeovers: LockTakeover[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 40 }, () =>
        withLock(
          file,
          { staleMs: LONG_STALE, waitMs: 60_000 },
          async () => {
            inside++;
            most = Math.max(most, inside);
            await new Promise((resolve) => setImmediate(resolve));
            inside--;
          },
          (takeover) => takeovers.push(takeover),
        ),
      ),
    );
    expect(takeovers.map((t) => t.owner.token)).toEqual(['dead-owner']);
    expect(most).toBe(1);
  });

  const ROUNDS = 3;
  const WAITERS = 5;
  it(`of ${WAITERS} processes racing for a killed writer's lock, one takes it over (${ROUNDS} rounds)`, {
    timeout: 300_000,
  }, async () => {
    const file = join(folder, 'race.ndjson');
    const expected: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { pid } = await killedHolder(file);
      const startAt = String(Date.now() + 1_500);
      const children = Array.from({ length: WAITERS }, (_, w) =>
        startChild('append-at.mjs', [file, `r${round}w${w}`, '10', startAt]),
      );
      const reports = await Promise.all(
        children.map(async (child) => {
          const { code, stderr } = await child.exited;
          expect(code, stderr).toBe(0);
          return JSON.parse(child.lines.at(-1) as string) as { added: number; takeovers: number[] };
        }),
      );
      expect(reports.map((r) => r.added)).toEqual(Array(WAITERS).fill(10));
      expect(reports.flatMap((r) => r.takeovers)).toEqual([pid]);
      for (let w = 0; w < WAITERS; w++) expected.push(`r${round}w${w}`);
    }
    // Every batch whole and contiguous: no two writers were ever appending at once.
    const ids = (await readFile(file, 'utf8'))
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(ROUNDS * WAITERS * 10);
    const batches = ids.filter((_, i) => i % 10 === 0).map((id) => id.split('.')[0] as string);
    expect([...batches].sort()).toEqual([...expected].sort());
    ids.forEach((id, i) => {
      expect(id).toBe(`${batches[Math.floor(i / 10)]}.${i % 10}`);
    });
  });
});
