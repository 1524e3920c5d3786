/**
 * The file store's own promises: torn tails set aside and reported, bad lines named and never
 * skipped, the file's bytes untouched by a failed append, dataset folders, read-only use.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError, formatProblem } from '../../src/index.js';
import { FileEventStore, ledgerFromStore, type TornTail } from '../../src/stores/file/index.js';
import { SEED_EVENTS, SEED_FOLDER, SEED_VOCABULARY, seedStatement } from './seed-events.js';

let folder: string;
let file: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'positions-file-'));
  file = join(folder, 'events.ndjson');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const lines = (events: readonly unknown[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');
const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
const quiet = { onWarning: () => undefined };

async function ids(store: FileEventStore): Promise<string[]> {
  const out: string[] = [];
  for await (const { event } of store.read()) out.push(event.id);
  return out;
}

async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('torn tails', () => {
  it('moves a last line without a line end to a side file, reports it, and keeps every complete event', async () => {
    const whole = lines(SEED_EVENTS.slice(0, 10));
    const torn = JSON.stringify(SEED_EVENTS[10]).slice(0, 57);
    await writeFile(file, whole + torn);
    const warnings: TornTail[] = [];
    const store = await FileEventStore.open(file, { onWarning: (_, tail) => warnings.push(tail) });
    expect(store.recovered).toHaveLength(1);
    expect(warnings).toEqual(store.recovered);
    const [tail] = store.recovered as [TornTail];
    expect(tail.offset).toBe(Buffer.byteLength(whole));
    expect(tail.bytes).toBe(Buffer.byteLength(torn));
    expect(tail.reason).toMatch(/no line end/);
    expect(await readFile(tail.savedTo, 'utf8')).toBe(torn);
    expect(await readFile(file, 'utf8')).toBe(whole);
    expect(await ids(store)).toEqual(SEED_EVENTS.slice(0, 10).map((e) => e['id']));
    await store.close();
  });

  it('treats a last line that is not JSON as torn, and emits a process warning by default', async () => {
    await writeFile(file, `${lines(SEED_EVENTS.slice(0, 3))}{"type":"statement",\u0000\u0000\n`);
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    const store = await FileEventStore.open(file);
    expect((await warned).message).toMatch(/not valid JSON.*moved \d+ torn bytes/);
    expect(store.recovered[0]?.reason).toMatch(/not valid JSON/);
    expect(await store.version()).toBe(3);
    await store.close();
  });

  it('sets aside a whole interrupted append (complete lines too) when its intent says it did not finish', async () => {
    const before = lines(SEED_EVENTS.slice(0, 5));
    const batch = lines(SEED_EVENTS.slice(5, 9));
    // A crash after two of the four lines: the lines are complete JSON, but the append was not.
    const written = `${batch.split('\n').slice(0, 2).join('\n')}\n`;
    await writeFile(file, before + written);
    await writeFile(
      `${file}.intent`,
      JSON.stringify({ offset: Buffer.byteLength(before), length: Buffer.byteLength(batch), sha256: 'f'.repeat(64) }),
    );
    const store = await FileEventStore.open(file, quiet);
    expect(store.recovered[0]?.reason).toMatch(/interrupted/);
    expect(await readFile(store.recovered[0]?.savedTo as string, 'utf8')).toBe(written);
    expect(await store.version()).toBe(5);
    await store.close();
  });

  it('a read-only store stops at the last line end and changes nothing', async () => {
    await writeFile(file, `${lines(SEED_EVENTS.slice(0, 4))}{"ty`);
    const hash = await sha(file);
    const store = await FileEventStore.open(file, { readOnly: true });
    expect(await ids(store)).toEqual(SEED_EVENTS.slice(0, 4).map((e) => e['id']));
    await expect(store.append([seedStatement(1)])).rejects.toThrow(/read-only/);
    expect(await sha(file)).toBe(hash);
    expect((await readdir(folder)).sort()).toEqual(['events.ndjson']);
    await store.close();
  });
});

describe('bad input', () => {
  it('names the line of malformed JSON, a schema violation and a reused id; the append changes no byte', async () => {
    const good = SEED_EVENTS.slice(0, 4);
    const badSchema = { ...SEED_EVENTS[4], stance: 'maybe' };
    const reused = { ...SEED_EVENTS[0], summary: 'the same id, other content' };
    const malformed = '{"type": "statement", oops\n';
    await writeFile(
      file,
      `${lines(good.slice(0, 2))}${malformed}${lines([badSchema])}${lines(good.slice(2))}${lines([reused])}`,
    );
    const store = await FileEventStore.open(file, quiet);
    const hash = await sha(file);
    const error = await validationError(store.append([seedStatement(1)]));
    const where = error.problems.map((p) => [p.line, p.code]);
    expect(where).toEqual([[3, 'json']]);
    expect(formatProblem(error.problems[0]!)).toContain(`${file}:3`);
    expect(await sha(file)).toBe(hash);
    // Reading stops at the bad line with its number, never skipping it.
    const readError = await validationError(ids(store));
    expect(readError.problems[0]?.line).toBe(3);
    expect(store.recovered).toEqual([]);
    await store.close();

    // With the JSON fixed, the schema violation and the reused id are named by line.
    await writeFile(file, `${lines(good.slice(0, 2))}${lines([badSchema])}${lines(good.slice(2))}${lines([reused])}`);
    const again = await FileEventStore.open(file, quiet);
    const hash2 = await sha(file);
    const problems = (await validationError(again.append([seedStatement(2)]))).problems;
    expect(problems.map((p) => [p.line, p.code, p.path.join('.')])).toEqual([
      [3, 'schema', 'stance'],
      [6, 'id-conflict', 'id'],
    ]);
    expect(await sha(file)).toBe(hash2);
    await again.close();
  });

  it('a rejected or conflicting append leaves the file byte for byte as it was', async () => {
    const store = await FileEventStore.open(file, { vocabulary: SEED_VOCABULARY, create: true });
    await store.append(SEED_EVENTS.slice(0, 20));
    const hash = await sha(file);
    await validationError(store.append([seedStatement(1), seedStatement(2, { issue: 'ukraine-in-natto' })]));
    await expect(store.append([seedStatement(3)], { expectedVersion: 3 })).rejects.toThrow(/version conflict/);
    expect(await sha(file)).toBe(hash);
    expect(await store.version()).toBe(20);
    await store.close();
  });
});

describe('other processes and folders', () => {
  it('picks up lines another writer appended, and checks the batch against them', async () => {
    const store = await FileEventStore.open(file, { create: true });
    await store.append(SEED_EVENTS.slice(0, 2));
    await appendFile(file, lines(SEED_EVENTS.slice(2, 5)));
    const reused = { ...SEED_EVENTS[3], summary: 'changed' };
    expect((await validationError(store.append([reused]))).problems[0]?.code).toBe('id-conflict');
    expect((await store.append([seedStatement(1)])).version).toBe(6);
    await store.close();
  });

  it('opens a dataset folder: its events.ndjson, checked against its vocabulary.json', async () => {
    await cp(SEED_FOLDER, folder, { recursive: true });
    const store = await FileEventStore.open(folder);
    expect(store.file).toBe(file);
    expect(store.vocabulary?.party('ukraine')?.name).toBe('Ukraine');
    expect(await store.version()).toBe(SEED_EVENTS.length);
    const error = await validationError(store.append([seedStatement(1, { parties: ['ukriane'] })]));
    expect(error.problems[0]?.suggestion).toMatch(/ukraine/);
    const ledger = await ledgerFromStore(store);
    expect(ledger.size).toBe(SEED_EVENTS.length);
    await store.close();
  });

  it('streams a file larger than one read chunk, with line numbers across blank lines', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => seedStatement(i));
    await writeFile(file, `\n${lines(many.slice(0, 1500))}\n\n${lines(many.slice(1500))}`);
    const store = await FileEventStore.open(file);
    let last = { position: 0, line: 0 };
    for await (const { position, line } of store.read({ from: 1499 })) {
      if (position === 1499) expect(line).toBe(1500);
      if (position === 1501) expect(line).toBe(1504);
      last = { position, line: line ?? 0 };
    }
    expect(last).toEqual({ position: 3000, line: 3003 });
    expect(await store.version()).toBe(3000);
    await store.close();
  });
});

describe('the intent record', () => {
  it('is gone after an append and close, so the folder holds only the events file', async () => {
    const store = await FileEventStore.open(file, { ...quiet, create: true });
    await store.append([seedStatement(1)]);
    expect(await readdir(folder)).toContain('events.ndjson.intent'); // kept between appends while open
    await store.close();
    expect(await readdir(folder)).toEqual(['events.ndjson']);
  });

  it('is written again when it was removed between two appends, and the appends still land whole', async () => {
    const store = await FileEventStore.open(file, { ...quiet, create: true });
    await store.append([seedStatement(1)]);
    await rm(`${file}.intent`);
    await store.append([seedStatement(2), seedStatement(3)]);
    expect(await readdir(folder)).toContain('events.ndjson.intent');
    await store.close();
    expect(await ids(await FileEventStore.open(file, quiet))).toHaveLength(3);
  });
});
