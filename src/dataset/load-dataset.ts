import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ledger } from '../ledger/index.js';
import { readLedger } from '../stores/file/read-ledger.js';
import type { Vocabulary } from '../vocabulary/index.js';
import { readSourcesFile, readVocabularyFile } from './dataset-files.js';
import type { SourceDocument } from './source-documents.js';

/**
 * A dataset folder, read and checked: the ledger, its vocabulary and its source documents.
 *
 * @example
 * const { ledger, vocabulary, documents } = await readDataset();
 * vocabulary.parties.length; //=> 8
 */
export interface Dataset {
  /** The folder it was read from. */
  readonly folder: string;
  /** The events, folded and ready to query. */
  readonly ledger: Ledger;
  /** Its parties and issues. */
  readonly vocabulary: Vocabulary;
  /** The documents its events cite. */
  readonly documents: readonly SourceDocument[];
}

/**
 * The folder of the bundled dataset (the 2025 Russia–Ukraine–US talks) inside the installed package.
 *
 * @example
 * bundledDatasetFolder(); //=> '/…/node_modules/positions-ledger/seeds/ukraine-2025'
 */
export function bundledDatasetFolder(): string {
  // Built files sit in dist/, sources in src/dataset/: walk up to the package root either way.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'seeds', 'ukraine-2025');
    if (existsSync(join(candidate, 'vocabulary.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('positions-ledger: the bundled dataset (seeds/ukraine-2025) is missing from the package');
    dir = parent;
  }
}

/**
 * Reads a dataset folder (`vocabulary.json`, `sources.json`, `events.ndjson`), checks every event
 * against the vocabulary and every cited document against `sources.json`, and folds it.
 *
 * @throws {ValidationError} naming the file, line and field of every problem.
 * @example
 * const { ledger, documents } = await readDataset();
 * documents.length; //=> 5
 */
export async function readDataset(folder: string = bundledDatasetFolder()): Promise<Dataset> {
  const root = resolve(folder);
  const vocabularyFile = join(root, 'vocabulary.json');
  const sourcesFile = join(root, 'sources.json');
  const eventsFile = join(root, 'events.ndjson');
  const { vocabulary } = await readVocabularyFile(vocabularyFile);
  const { documents } = await readSourcesFile(sourcesFile);
  // The events are checked against the vocabulary and the listed documents as they are read.
  const ledger = readLedger(eventsFile, { vocabulary, documents: documents.map((d) => d.id) });
  return Object.freeze({ folder: root, ledger, vocabulary, documents: Object.freeze(documents) });
}

/**
 * The bundled dataset as a ready ledger: every position reported in five articles on the
 * 2025 Russia–Ukraine–US peace talks.
 *
 * @example
 * const ledger = await loadDataset();
 * ledger.at('2025-12-31').cell('russia', 'ukraine-in-nato')?.stance; //=> 'rejects'
 */
export async function loadDataset(folder?: string): Promise<Ledger> {
  return (await readDataset(folder)).ledger;
}
