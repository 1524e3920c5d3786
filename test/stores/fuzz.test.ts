/**
 * Fuzzing the ways data comes in: arbitrary JSON values and arbitrary bytes through `readEvent`, the
 * memory and file stores' `append`, `validate` (the CLI's batch check and `readDataset`) and the CSV
 * import. Law: bad input gives a ValidationError (or a result listing problems), never another exception;
 * a refused append leaves the store as it was (the file byte for byte); and nothing reaches
 * `Object.prototype`, however the input spells `__proto__`, `constructor` or `prototype`.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property.js';
import { checkBatch } from '../../src/cli/check-batch.js';
import { loadData } from '../../src/cli/load-data.js';
import { readDataset } from '../../src/dataset/index.js';
import { withFolderWriter } from '../../src/dataset/folder-writer.js';
import { importStatements } from '../../src/dataset/import-statements.js';
import { MemoryEventStore, readEvent, ValidationError } from '../../src/index.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { SEED_EVENTS, SEED_FOLDER, SEED_VOCABULARY } from './seed-events.js';

const params = { seed: 14_2026, numRuns: 60 };
const named = (what: string, runs = params.numRuns) => `${what} (seed ${params.seed}, ${runs} runs)`;

let scratch: string;
let folder: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'positions-fuzz-'));
  folder = join(scratch, 'dataset');
  await cp(SEED_FOLDER, folder, { recursive: true });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

// Object.prototype's own keys, and a probe any pollution would show on.
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

const DANGEROUS = ['__proto__', 'constructor', 'prototype'];
/** JSON text: any value, objects whose keys are often `__proto__` and friends, or a seed event with a field changed. */
const jsonText = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.oneof(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 6 })),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant({ polluted: 1 }),
        fc.constant({ prototype: { polluted: 1 } }),
      ),
      { maxKeys: 6 },
    )
    .map((o) => JSON.stringify(o)),
  fc
    .tuple(
      fc.nat(SEED_EVENTS.length - 1),
      fc.constantFrom(...DANGEROUS, 'id', 'parties', 'issue', 'stance', 'sources', 'statedAt', 'terms', 'type'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([i, key, value]) => {
      const text = JSON.stringify(SEED_EVENTS[i]);
      // Spliced as text: JSON.stringify would not write an own `__proto__` key from an object literal.
      return `{${JSON.stringify(key)}:${JSON.stringify(value)},${text.slice(1)}`;
    }),
);
/** Lines of NDJSON, or any bytes at all. */
const bytes = fc.oneof(
  fc.array(jsonText, { minLength: 1, maxLength: 4 }).map((lines) => new TextEncoder().encode(`${lines.join('\n')}\n`)),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
);

/** Runs `work`; what it throws must be a ValidationError. */
async function onlyValidationErrors(work: () => unknown): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return false;
  }
}

describe('fuzzing', () => {
  it(named('readEvent reads any JSON value as an event or its problems, never throwing'), () => {
    checkProperty(
      fc.property(jsonText, (text) => {
        const result = readEvent(JSON.parse(text));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it(named('the memory store refuses bad values with ValidationError, keeping what it held'), async () => {
    const store = new MemoryEventStore({ vocabulary: SEED_VOCABULARY });
    await store.append(SEED_EVENTS.slice(0, 10));
    await checkProperty(
      fc.asyncProperty(fc.array(jsonText, { minLength: 1, maxLength: 3 }), async (texts) => {
        const before = await store.version();
        const accepted = await onlyValidationErrors(() => store.append(texts.map((t) => JSON.parse(t))));
        if (!accepted) expect(await store.version()).toBe(before);
      }),
      params,
    );
  });

  it(
    named('the file store on a dataset folder refuses bad values with ValidationError, the file unchanged', 30),
    async () => {
      const store = await FileEventStore.open(folder, { onWarning: () => undefined });
      const events = join(folder, 'events.ndjson');
      await checkProperty(
        fc.asyncProperty(fc.array(jsonText, { minLength: 1, maxLength: 3 }), async (texts) => {
          const before = await readFile(events);
          const accepted = await onlyValidationErrors(() => store.append(texts.map((t) => JSON.parse(t))));
          if (!accepted) expect(await readFile(events)).toEqual(before);
        }),
        { ...params, numRuns: 30 },
      );
      await store.close();
    },
  );

  it(named('validate and readDataset take any bytes as events: problems or ValidationError only', 40), async () => {
    const data = await loadData(folder);
    const input = join(scratch, 'input.ndjson');
    const other = join(scratch, 'other');
    await cp(folder, other, { recursive: true });
    await checkProperty(
      fc.asyncProperty(bytes, async (content) => {
        await writeFile(input, content);
        await onlyValidationErrors(() => checkBatch(input, data));
        await writeFile(join(other, 'events.ndjson'), content);
        await onlyValidationErrors(() => readDataset(other));
        // A bare events file with these bytes, read through the file store.
        await onlyValidationErrors(async () => {
          const store = await FileEventStore.open(input, { readOnly: true });
          for await (const _ of store.read());
          await store.close();
        });
      }),
      { ...params, numRuns: 40 },
    );
  });

  it(named('the CSV import takes any bytes: row problems or ValidationError, nothing appended', 40), async () => {
    const header = 'parties,issue,stance,act,attribution,statedAt,summary,document\n';
    const csv = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(
          fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...DANGEROUS, 'ukraine', '"')), {
            maxLength: 9,
          }),
          {
            maxLength: 4,
          },
        )
        .map((rows) => new TextEncoder().encode(header + rows.map((r) => r.join(',')).join('\n'))),
      fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
    );
    const events = join(folder, 'events.ndjson');
    await checkProperty(
      fc.asyncProperty(csv, async (content) => {
        const before = await readFile(events);
        await withFolderWriter(folder, async (writer) => {
          await onlyValidationErrors(async () => {
            const outcome = await importStatements(writer, content, 'fuzz.csv');
            if ('problems' in outcome) expect(await readFile(events)).toEqual(before);
          });
        });
      }),
      { ...params, numRuns: 40 },
    );
  });
});
