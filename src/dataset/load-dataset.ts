import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError } from '../errors/index.js';
import { zodProblems } from '../errors/zod-problems.js';
import type { Ledger } from '../ledger/index.js';
import { readLedger } from '../stores/file/read-ledger.js';
import { Vocabulary } from '../vocabulary/index.js';
import { SourcesFileSchema, type SourceDocument } from './source-documents.js';

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
  const [vocabularyText, sourcesText] = await Promise.all([
    readFile(vocabularyFile, 'utf8'),
    readFile(sourcesFile, 'utf8'),
  ]);
  const vocabulary = withFile(vocabularyFile, () => Vocabulary.from(parseJson(vocabularyText, vocabularyFile)));
  const parsedSources = SourcesFileSchema.safeParse(parseJson(sourcesText, sourcesFile), { reportInput: true });
  if (!parsedSources.success)
    throw new ValidationError(zodProblems(parsedSources.error, undefined, { file: sourcesFile }));
  const documents = parsedSources.data.documents;
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

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError([
      {
        code: 'json',
        file,
        path: [],
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

function withFile<T>(file: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.problems.map((p) => ({ ...p, file })));
    throw error;
  }
}
