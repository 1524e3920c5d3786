import { join, resolve } from 'node:path';
import type { AppendOptions, AppendResult, Ledger } from '../ledger/index.js';
import { FileEventStore } from '../stores/file/index.js';
import { withLock } from '../stores/file/file-lock.js';
import { fileStoreFault } from '../stores/file/file-store-fault.js';
import { DEFAULT_TOPICS, Vocabulary, type Issue, type IssueTerm, type Party, type Topic } from '../vocabulary/index.js';
import { readSourcesFile, readVocabularyFile } from './dataset-files.js';
import { datasetJson } from './dataset-json.js';
import type { DatasetWriter } from './dataset-writer.js';
import { readDataset } from './load-dataset.js';
import { SourcesFileSchema, type SourceDocument } from './source-documents.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Options of a writing session on a dataset folder.
 *
 * @example
 * await withFolderWriter('my-dataset', work, { onWarning: (message) => console.error(message) });
 */
export interface FolderWriterOptions {
  /** Told when appending finds and sets aside a torn last line of `events.ndjson`. */
  readonly onWarning?: (message: string) => void;
}

/**
 * Runs `work` with a writer on a dataset folder, holding the folder's lock (a `vocabulary.json.lock`
 * directory) from the first read to the last write, so two `positions add` never lose each other's
 * entries. `vocabulary.json` and `sources.json` are rewritten whole and atomically, one entry a line;
 * events are appended through the NDJSON file store (its own lock, fsync before it returns).
 *
 * @throws {ValidationError} when the folder's vocabulary or sources are invalid.
 * @throws {StoreUnavailableError} when the folder's lock is not obtained or its disk cannot be written.
 * @example
 * await withFolderWriter('my-dataset', (writer) => addTopic(writer, { id: 'humanitarian', title: 'Humanitarian' }));
 */
export async function withFolderWriter<T>(
  folder: string,
  work: (writer: DatasetWriter) => Promise<T>,
  options: FolderWriterOptions = {},
): Promise<T> {
  const root = resolve(folder);
  try {
    return await withLock(join(root, 'vocabulary.json'), {}, async () =>
      work(await FolderWriter.open(folder, root, options)),
    );
  } catch (error) {
    // The folder's lock not obtained, or a disk that cannot be written: as the file store reports them.
    throw fileStoreFault(root, error);
  }
}

type Json = Record<string, unknown>;

class FolderWriter implements DatasetWriter {
  readonly name: string;
  readonly places: DatasetWriter['places'];
  readonly #root: string;
  readonly #options: FolderWriterOptions;
  // The files' JSON as written, so a write keeps every entry (and its field order) as it was.
  #vocabularyJson: Json;
  #sourcesJson: Json;
  #vocabulary: Vocabulary;
  #documents: readonly SourceDocument[];
  #ledger: Ledger | undefined;

  private constructor(
    folder: string,
    root: string,
    options: FolderWriterOptions,
    vocabulary: { json: Json; vocabulary: Vocabulary },
    sources: { json: Json; documents: readonly SourceDocument[] },
  ) {
    this.name = folder;
    const vocabularyPlace = join(folder, 'vocabulary.json');
    this.places = Object.freeze({
      parties: vocabularyPlace,
      issues: vocabularyPlace,
      topics: vocabularyPlace,
      documents: join(folder, 'sources.json'),
      events: join(folder, 'events.ndjson'),
    });
    this.#root = root;
    this.#options = options;
    this.#vocabularyJson = vocabulary.json;
    this.#vocabulary = vocabulary.vocabulary;
    this.#sourcesJson = sources.json;
    this.#documents = sources.documents;
  }

  static async open(folder: string, root: string, options: FolderWriterOptions): Promise<FolderWriter> {
    const vocabulary = await readVocabularyFile(join(root, 'vocabulary.json'));
    const sources = await readSourcesFile(join(root, 'sources.json'));
    // Both were checked whole: their JSON is an object with the lists the schemas require.
    return new FolderWriter(
      folder,
      root,
      options,
      { json: vocabulary.json as Json, vocabulary: vocabulary.vocabulary },
      { json: sources.json as Json, documents: sources.documents },
    );
  }

  get vocabulary(): Vocabulary {
    return this.#vocabulary;
  }

  get documents(): readonly SourceDocument[] {
    return this.#documents;
  }

  async ledger(): Promise<Ledger> {
    this.#ledger ??= (await readDataset(this.#root)).ledger;
    return this.#ledger;
  }

  addParty(party: Party): Promise<void> {
    return this.#writeVocabulary({ ...this.#vocabularyJson, parties: [...this.#list('parties'), party] });
  }

  addIssue(issue: Issue): Promise<void> {
    return this.#writeVocabulary({ ...this.#vocabularyJson, issues: [...this.#list('issues'), issue] });
  }

  addTerm(issue: string, term: IssueTerm): Promise<void> {
    const issues = this.#list('issues').map((entry) => {
      const held = entry as { id: string; terms?: unknown[] };
      return held.id === issue ? { ...held, terms: [...(held.terms ?? []), term] } : entry;
    });
    return this.#writeVocabulary({ ...this.#vocabularyJson, issues });
  }

  addTopic(topic: Topic): Promise<void> {
    if (this.#vocabularyJson['topics'] !== undefined)
      return this.#writeVocabulary({ ...this.#vocabularyJson, topics: [...this.#list('topics'), topic] });
    // A vocabulary that lists no topics has the defaults: listing its own keeps them and adds the new one.
    return this.#writeVocabulary({ topics: [...DEFAULT_TOPICS, topic], ...this.#vocabularyJson });
  }

  async addSource(document: SourceDocument): Promise<void> {
    const json = { ...this.#sourcesJson, documents: [...this.#list('documents', this.#sourcesJson), document] };
    // Checked by the caller; parsed again so a store never writes a file it could not read back.
    const documents = SourcesFileSchema.parse(json).documents;
    await writeFileAtomic(join(this.#root, 'sources.json'), datasetJson(json));
    this.#sourcesJson = json;
    this.#documents = documents;
    this.#ledger = undefined;
  }

  async appendEvents(events: readonly unknown[], origin: AppendOptions): Promise<AppendResult> {
    const onWarning = this.#options.onWarning;
    const store = await FileEventStore.open(
      this.#root,
      onWarning === undefined ? {} : { onWarning, onLockTakeover: onWarning },
    );
    try {
      const { added, unchanged } = await store.append(events, origin);
      this.#ledger = undefined;
      return { added, unchanged };
    } finally {
      await store.close();
    }
  }

  async #writeVocabulary(json: Json): Promise<void> {
    // Checked by the caller; built again so a store never writes a vocabulary it could not read back.
    const vocabulary = Vocabulary.from(json);
    await writeFileAtomic(join(this.#root, 'vocabulary.json'), datasetJson(json));
    this.#vocabularyJson = json;
    this.#vocabulary = vocabulary;
    this.#ledger = undefined;
  }

  #list(key: string, json: Json = this.#vocabularyJson): unknown[] {
    const list = json[key];
    return Array.isArray(list) ? list : [];
  }
}
