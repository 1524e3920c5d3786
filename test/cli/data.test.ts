// --data: a dataset folder, a bare events file, stdin; and the vocabulary and sources commands.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledDatasetFolder, readDataset, type Dataset } from '../../src/dataset/index.js';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import { ensureCliBuilt, positions, positionsJson } from './support/cli.js';
import { csvObjects } from './support/csv-parse.js';
import { expectedDivergence, expectedStances, tableRows } from './support/expected.js';

let data: Dataset;
let eventsText: string;
/** The answers expected of the bare events come from the reference model without a vocabulary. */
let raw: RawDataset;
beforeAll(async () => {
  ensureCliBuilt();
  data = await readDataset();
  eventsText = readFileSync(join(bundledDatasetFolder(), 'events.ndjson'), 'utf8');
  raw = rawDataset();
});

describe('bare events, without a vocabulary', () => {
  test('stdin (--data -) answers as a vocabulary-free ledger of the same events', () => {
    const json = positionsJson(['stances', '--at', '2025-12-31', '--data', '-'], { input: eventsText });
    expect(json).toStrictEqual(expectedStances('2025-12-31', null, raw.bare.cells('2025-12-31', undefined)));
  });

  test('an .ndjson file does too, and any ids are accepted', () => {
    const file = join(bundledDatasetFolder(), 'events.ndjson');
    const json = positionsJson(['divergence', '--at', '2025-12-31', '--data', file]);
    expect(json).toStrictEqual(expectedDivergence('2025-12-31', raw.bare.divergence('2025-12-31', undefined)));
    const unknown = positionsJson(['timeline', '--party', 'nobody', '--issue', 'nothing', '--data', file]);
    expect(unknown).toStrictEqual({ party: 'nobody', issue: 'nothing', changes: [] });
  });

  test('invalid events in --data exit 1 naming the line', () => {
    const run = positions(['stances', '--at', '2025', '--data', '-'], { input: `${eventsText}{"type":"statement"}\n` });
    expect(run.code).toBe(1);
    const line = eventsText.split('\n').length;
    expect(run.stderr).toContain(`<stdin>:${line}`);
    expect(run.stdout).toBe('');
  });

  test('vocabulary and sources list the ids the events use', () => {
    const vocabulary = positionsJson(['vocabulary', '--data', '-'], { input: eventsText }) as {
      parties: { id: string }[];
    };
    expect(vocabulary.parties.map((p) => p.id)).toContain('ukraine');
    const sources = positionsJson(['sources', '--data', '-'], { input: eventsText }) as { documents: { id: string }[] };
    expect(sources.documents.map((d) => d.id).sort()).toEqual(data.documents.map((d) => d.id).sort());
  });
});

describe('a dataset folder', () => {
  test('--data with a copy of the bundled folder answers as the bundled default', () => {
    const folder = mkdtempSync(join(tmpdir(), 'positions-cli-'));
    for (const name of ['vocabulary.json', 'sources.json', 'events.ndjson'])
      writeFileSync(join(folder, name), readFileSync(join(bundledDatasetFolder(), name)));
    expect(positionsJson(['alignment', '--at', '2025-12', '--data', folder])).toStrictEqual(
      positionsJson(['alignment', '--at', '2025-12']),
    );
  });
});

describe('vocabulary', () => {
  test('json is the vocabulary as vocabulary.json holds it', () => {
    expect(positionsJson(['vocabulary'])).toStrictEqual(JSON.parse(JSON.stringify(data.vocabulary.toJSON())));
  });
  test('csv has one row per party and issue, with titles', () => {
    const rows = csvObjects(positions(['vocabulary', '--format', 'csv']).stdout);
    expect(rows.filter((r) => r['type'] === 'party').map((r) => [r['id'], r['title'], r['kind']])).toEqual(
      data.vocabulary.parties.map((p) => [p.id, p.name, p.kind]),
    );
    expect(rows.filter((r) => r['type'] === 'issue').map((r) => [r['id'], r['title'], r['topic']])).toEqual(
      data.vocabulary.issues.map((i) => [i.id, i.title, i.topic]),
    );
  });
  test('table shows aliases and titles', () => {
    const out = positions(['vocabulary']).stdout;
    expect(tableRows(out, 'ID  ').map((r) => r[0])).toEqual(data.vocabulary.parties.map((p) => p.id));
    expect(out).toContain('Kyiv');
    for (const issue of data.vocabulary.issues) expect(out).toContain(issue.title);
  });
});

describe('sources', () => {
  test('json, csv and table list the documents of sources.json', () => {
    expect(positionsJson(['sources'])).toStrictEqual({ documents: JSON.parse(JSON.stringify(data.documents)) });
    const rows = csvObjects(positions(['sources', '--format', 'csv']).stdout);
    expect(rows.map((r) => [r['id'], r['title'], r['publishedAt'], r['reason']])).toEqual(
      data.documents.map((d) => [d.id, d.title, d.publishedAt, d.reason]),
    );
    expect(tableRows(positions(['sources']).stdout, 'ID').map((r) => r[0])).toEqual(data.documents.map((d) => d.id));
  });
});
