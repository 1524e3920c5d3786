/**
 * The bundled dataset (seeds/ukraine-2025) read straight from its files with `JSON.parse`, and the
 * reference model over its raw events: an oracle for the CLI, example and question-table tests that
 * shares no code with the library (no `readDataset`, no `readEvent`, no `Ledger`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LedgerEvent, VocabularyData } from '../../src/index.js';
import { ReferenceModel } from './reference-model.js';

/** The dataset folder, as a path of its own (not the library's `bundledDatasetFolder`). */
export const DATASET_FOLDER = fileURLToPath(new URL('../../seeds/ukraine-2025/', import.meta.url));

/** One source document of `sources.json`, as written. */
export interface RawDocument {
  readonly id: string;
  readonly title: string;
  readonly publishedAt: string;
  readonly reason: string;
}

/** The dataset's files, parsed. */
export interface RawDataset {
  readonly vocabulary: VocabularyData;
  readonly documents: readonly RawDocument[];
  /** Every event of `events.ndjson`, in file order, as written. */
  readonly events: readonly Record<string, unknown>[];
  /** The reference model over those events and the vocabulary. */
  readonly model: ReferenceModel;
  /** The reference model over the same events without a vocabulary (what a bare events file answers). */
  readonly bare: ReferenceModel;
}

const read = (name: string) => readFileSync(`${DATASET_FOLDER}${name}`, 'utf8');

/**
 * A correction's replacement is a statement (docs/design.md §1.4) though the file leaves its `type` out;
 * the model reads `type` to know a statement, so it is written in here. Every other field is as stored:
 * the dataset's times are already in the forms the model reads (§2.2).
 */
function asModelEvent(raw: Record<string, unknown>): LedgerEvent {
  if (raw['type'] !== 'correction') return raw as unknown as LedgerEvent;
  const replacement = raw['replacement'] as Record<string, unknown>;
  return { ...raw, replacement: { ...replacement, type: 'statement' } } as unknown as LedgerEvent;
}

let loaded: RawDataset | undefined;
/** The bundled dataset, read once per test file. */
export function rawDataset(): RawDataset {
  if (loaded !== undefined) return loaded;
  const vocabulary = JSON.parse(read('vocabulary.json')) as VocabularyData;
  const { documents } = JSON.parse(read('sources.json')) as { documents: RawDocument[] };
  const events = read('events.ndjson')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const modelEvents = events.map(asModelEvent);
  loaded = {
    vocabulary,
    documents,
    events,
    model: new ReferenceModel(modelEvents, vocabulary),
    bare: new ReferenceModel(modelEvents),
  };
  return loaded;
}
