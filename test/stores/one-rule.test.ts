/**
 * One rule for valid data (docs/design.md §8): given the same vocabulary and sources, the memory store,
 * the file store opened on a dataset folder, readDataset and the CLI's `validate` and `append` refuse the
 * same event with the same problem, and a refused append leaves the events file byte for byte as it was.
 */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/index.js';
import { formatPath } from '../../src/errors/index.js';
import { MemoryEventStore, ValidationError, type Problem } from '../../src/index.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
import { SEED_FOLDER, SEED_VOCABULARY, seedStatement } from './seed-events.js';

let scratch: string;
let folder: string;
beforeAll(() => ensureCliBuilt());
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'positions-one-rule-'));
  folder = join(scratch, 'dataset');
  await cp(SEED_FOLDER, folder, { recursive: true });
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

const seedDocuments = async (): Promise<string[]> =>
  (
    JSON.parse(await readFile(join(SEED_FOLDER, 'sources.json'), 'utf8')) as { documents: { id: string }[] }
  ).documents.map((d) => d.id);

/** What a refusal says, whoever refused: everything but where the event came from. */
const said = (problem: Problem) => ({
  code: problem.code,
  path: problem.path,
  message: problem.message,
  suggestion: problem.suggestion,
});

async function refusal(promise: Promise<unknown>): Promise<ReturnType<typeof said>[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map(said);
}

// One document id of the seed dataset, misspelt: the suggestion must name the real one.
const cases = [
  ['a statement citing a document missing from sources.json', { sources: [{ document: 'no-such-report' }] }],
  ['a statement citing a misspelt document', { sources: [{ document: '002_6b334276d8319bd7' }] }],
  ['a statement naming an unknown party', { parties: ['ukriane'], sources: [{ document: '002_6b334276d8319bd6' }] }],
] as const;

describe.each(cases)('%s', (_, overrides) => {
  const bad = () => seedStatement(1, overrides);

  it('is refused alike by the memory store, the file store on a folder, readDataset and the CLI', async () => {
    const expected = await refusal(
      new MemoryEventStore({ vocabulary: SEED_VOCABULARY, documents: await seedDocuments() }).append([bad()]),
    );
    expect(expected).toHaveLength(1);

    const events = join(folder, 'events.ndjson');
    const before = await readFile(events);
    const store = await FileEventStore.open(folder, { onWarning: () => undefined });
    expect(await refusal(store.append([bad()]))).toEqual(expected);
    await store.close();
    expect(await readFile(events)).toEqual(before);

    const input = join(scratch, 'bad.ndjson');
    await writeFile(input, `${JSON.stringify(bad())}\n`);
    for (const command of ['validate', 'append']) {
      const run = positions([command, input, '--data', folder]);
      expect(run.code).toBe(1);
      const [first] = expected as [ReturnType<typeof said>];
      // One line for the one problem, in the words the stores use.
      const problemLines = run.stderr.split('\n').filter((l) => l.startsWith('line 1:'));
      expect(problemLines).toEqual([`line 1: ${formatPath(first.path)}: ${first.message} — ${first.suggestion}`]);
    }
    expect(await readFile(events)).toEqual(before);

    // The same event written past the stores is refused by readDataset in the same words.
    await appendFile(events, `${JSON.stringify(bad())}\n`);
    expect(await refusal(readDataset(folder))).toEqual(expected);
  });
});
