/**
 * Faults of the file store answered, not thrown: a missing path is an error unless `create` is asked
 * for; a full disk (a real, small tmpfs) or a read-only file system gives a StoreUnavailableError (CLI
 * exit 3, one line), leaves the events file byte for byte as it was, and the next append once space is
 * back works. The tmpfs needs root (`mount`); under CI=true it must be mountable, elsewhere these tests
 * are skipped when it is not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { open as openFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/index.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
import { SEED_FOLDER, seedStatement } from './seed-events.js';

const PAGE = 4096;
const SIZE = 256 * PAGE; // 1 MiB

function mountTmpfs(): string | undefined {
  const at = mkdtempSync(join(tmpdir(), 'positions-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE}`, 'tmpfs', at]).status === 0;
  if (mounted) return at;
  rmSync(at, { recursive: true, force: true });
  if (process.env['CI'] === 'true') throw new Error('CI=true: the full-disk tests need a tmpfs (mount as root)');
  return undefined;
}

const disk = mountTmpfs();
afterAll(() => {
  if (disk === undefined) return;
  spawnSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

let scratch: string;
beforeAll(async () => {
  ensureCliBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'positions-faults-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const quiet = { onWarning: () => undefined };
const batch = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    seedStatement(from + i, { summary: `statement ${from + i} `.padEnd(500, 'x') }),
  );

async function refusal(promise: Promise<unknown>): Promise<StoreUnavailableError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreUnavailableError);
  return error as StoreUnavailableError;
}

/** Fills the disk with one file until the file system refuses more; returns the file. */
async function fill(folder: string): Promise<string> {
  const filler = join(folder, 'filler');
  const handle = await openFile(filler, 'w');
  const chunk = Buffer.alloc(PAGE, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    await handle.close();
  }
  return filler;
}

describe('opening a path that does not exist', () => {
  it('is an error naming the path; nothing is created', async () => {
    const file = join(scratch, 'nope.ndjson');
    const error = await FileEventStore.open(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect((error as Error).message).toMatch(/no events file at '.*nope\.ndjson': open it with \{ create: true \}/);
    expect(existsSync(file)).toBe(false);
  });

  it('starts an empty events file with { create: true }', async () => {
    const file = join(scratch, 'new.ndjson');
    const store = await FileEventStore.open(file, { create: true });
    expect(await store.version()).toBe(0);
    await store.close();
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('the CLI exits 2 for a store path that does not exist, and writes nothing', async () => {
    const input = join(scratch, 'one.ndjson');
    await writeFile(input, `${JSON.stringify(seedStatement(1))}\n`);
    for (const data of [join(scratch, 'no-folder'), join(scratch, 'no-folder', 'events.ndjson')]) {
      const run = positions(['append', input, '--data', data]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`positions: cannot read '${data}': no such file or folder\n`);
      expect(existsSync(data)).toBe(false);
    }
  });
});

describe.runIf(disk !== undefined)('a full disk (a 1 MiB tmpfs)', () => {
  it('refuses an append with StoreUnavailableError, the file unchanged; appends again once space is back', async () => {
    const folder = await mkdtemp(join(disk as string, 'full-'));
    const file = join(folder, 'events.ndjson');
    const store = await FileEventStore.open(file, { ...quiet, create: true });
    await store.append(batch(0, 5));
    const before = await readFile(file);
    const filler = await fill(folder);

    const error = await refusal(store.append(batch(5, 20)));
    expect(error.message).toBe(`store unavailable: ${file}: disk full`);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(await readFile(file)).toEqual(before);
    expect(await store.version()).toBe(5);

    await rm(filler);
    expect((await store.append(batch(5, 20))).version).toBe(25);
    await store.close();
    const reopened = await FileEventStore.open(file, quiet);
    expect(await reopened.version()).toBe(25);
    await reopened.close();
  });

  it('a write cut short by the disk filling up mid-append is rolled back byte for byte', async () => {
    const folder = await mkdtemp(join(disk as string, 'partial-'));
    const file = join(folder, 'events.ndjson');
    const spare = join(folder, 'spare');
    const store = await FileEventStore.open(file, { ...quiet, create: true });
    await store.append(batch(0, 5));
    const before = await readFile(file);
    // Room for the lock's owner record, the intent and a little data, not for a 30 KB batch.
    await writeFile(spare, Buffer.alloc(4 * PAGE, 1));
    const filler = await fill(folder);
    await rm(spare);

    const error = await refusal(store.append(batch(5, 60)));
    expect(error.reason).toBe('disk full');
    expect(await readFile(file)).toEqual(before);

    await rm(filler);
    expect((await store.append(batch(5, 60))).version).toBe(65);
    await store.close();
  });

  it('the CLI exits 3 with one line naming the store, and the dataset is unchanged', async () => {
    const folder = await mkdtemp(join(disk as string, 'cli-'));
    const dataset = join(folder, 'dataset');
    await mkdir(dataset);
    for (const name of ['vocabulary.json', 'sources.json', 'events.ndjson'])
      await cp(join(SEED_FOLDER, name), join(dataset, name));
    const events = join(dataset, 'events.ndjson');
    const before = await readFile(events);
    const input = join(scratch, 'more.ndjson');
    await writeFile(
      input,
      `${JSON.stringify(seedStatement(1, { sources: [{ document: '002_6b334276d8319bd6' }] }))}\n`,
    );
    const filler = await fill(folder);

    const run = positions(['append', input, '--data', dataset]);
    expect(run.stderr).toBe(`positions: store unavailable: ${events}: disk full\n`);
    expect(run.code).toBe(3);
    expect(await readFile(events)).toEqual(before);

    // The writing commands too: the vocabulary is rewritten atomically, or not at all.
    const vocabulary = await readFile(join(dataset, 'vocabulary.json'));
    const add = positions(['add', 'party', 'atlantis', '--name', 'Atlantis', '--data', dataset]);
    expect(add.stderr).toBe(`positions: store unavailable: ${dataset}: disk full\n`);
    expect(add.code).toBe(3);
    expect(await readFile(join(dataset, 'vocabulary.json'))).toEqual(vocabulary);

    await rm(filler);
    expect(positions(['append', input, '--data', dataset]).code).toBe(0);
  });

  it('a read-only file system: StoreUnavailableError in the library, exit 3 from the CLI', async () => {
    const folder = await mkdtemp(join(disk as string, 'ro-'));
    const file = join(folder, 'events.ndjson');
    await writeFile(file, '');
    expect(spawnSync('mount', ['-o', 'remount,ro', disk as string]).status).toBe(0);
    try {
      const error = await refusal(FileEventStore.open(file));
      expect(error.message).toBe(`store unavailable: ${file}: read-only file system`);
      const input = join(scratch, 'ro.ndjson');
      await writeFile(input, `${JSON.stringify(seedStatement(1))}\n`);
      const run = positions(['append', input, '--data', file]);
      expect(run.stderr).toBe(`positions: store unavailable: ${file}: read-only file system\n`);
      expect(run.code).toBe(3);
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', disk as string]);
    }
  });
});
