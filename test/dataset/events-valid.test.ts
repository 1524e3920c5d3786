// Every line of events.ndjson is a valid event for the schema and the vocabulary, every cited
// document is in sources.json, and a broken copy of the dataset is refused with the line named.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../src/dataset/index.js';
import { Ledger, readEvent, ValidationError } from '../../src/index.js';
import { dataset, datasetFile, folder, rawEventLines } from './fixture.js';

describe('events.ndjson', () => {
  test('readDataset loads every line into the ledger', async () => {
    const { ledger } = await dataset();
    expect(ledger.size).toBe(rawEventLines().length);
  });

  test('each line on its own is a valid event (schema) with an explicit id', () => {
    for (const { line, value } of rawEventLines()) {
      const result = readEvent(value);
      expect(result.ok ? [] : result.problems, `line ${line}`).toEqual([]);
      expect(typeof value['id'], `line ${line} has an id`).toBe('string');
    }
  });

  test('appended one line at a time, each line is accepted by a ledger holding the vocabulary', async () => {
    const { vocabulary } = await dataset();
    const ledger = new Ledger({ vocabulary });
    for (const { line, value } of rawEventLines()) {
      // Throws a ValidationError naming the line if it names an unknown party, issue or term.
      expect(() => ledger.append([value], { lines: [line], file: 'events.ndjson' }), `line ${line}`).not.toThrow();
    }
    expect(ledger.size).toBe(rawEventLines().length);
  });

  test('event ids are unique', () => {
    const ids = rawEventLines().map(({ value }) => value['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every cited document is one of the five in sources.json, and each is cited', async () => {
    const { documents } = await dataset();
    const known = new Set(documents.map((d) => d.id));
    expect(known.size).toBe(5);
    const cited = new Set<string>();
    for (const { line, value } of rawEventLines()) {
      const sources = (value['sources'] as { document: string }[] | undefined) ?? [];
      const source = value['source'] as { document: string } | undefined;
      for (const s of source ? [...sources, source] : sources) {
        expect(known.has(s.document), `line ${line} cites ${s.document}`).toBe(true);
        cited.add(s.document);
      }
    }
    expect([...cited].sort()).toEqual([...known].sort());
  });

  test('a copy with an unknown party is refused, naming the file and line (the checks can fail)', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dataset-'));
    cpSync(folder, copy, { recursive: true });
    const lines = datasetFile('events.ndjson').split('\n');
    const target = lines.findIndex((l) => l.includes('"parties": ["ukraine"]'));
    lines[target] = lines[target]!.replace('"parties": ["ukraine"]', '"parties": ["ukriane"]');
    writeFileSync(join(copy, 'events.ndjson'), lines.join('\n'));
    const error = await readDataset(copy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems;
    expect(
      problems.some((p) => p.line === target + 1 && p.file?.endsWith('events.ndjson') && /ukriane/.test(p.message)),
    ).toBe(true);
  });

  test('a copy citing a document missing from sources.json is refused', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dataset-'));
    cpSync(folder, copy, { recursive: true });
    writeFileSync(
      join(copy, 'events.ndjson'),
      datasetFile('events.ndjson').replace('"document": "003_80dd6f8df4cb6ed5"', '"document": "003_missing"'),
    );
    await expect(readDataset(copy)).rejects.toThrow(/003_missing/);
  });
});
