import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledDatasetFolder, readDataset, type SourceDocument } from '../dataset/index.js';
import type { Ledger, Vocabulary } from '../index.js';
import type { Progress } from './progress.js';
import { fileQuestions, type Questions } from './questions.js';
import { ledgerFromNdjson } from '../ledger/append-ndjson.js';
import { readLedger } from '../stores/file/read-ledger.js';
import { inputName } from './read-input.js';

/**
 * The data a command works on, wherever it came from.
 *
 * @example
 * const { ledger, vocabulary, documents } = await loadData('./my-dataset');
 */
export interface LoadedData {
  /** What `--data` named: a dataset folder, an events file, stdin, or a PostgreSQL URL. */
  readonly kind: 'folder' | 'file' | 'stdin' | 'postgres';
  /** The path (the bundled dataset's folder when `--data` was not given). */
  readonly path: string;
  /** The events file behind it (a folder's `events.ndjson`); undefined for stdin. */
  readonly eventsFile: string | undefined;
  /**
   * Every event in a ledger, for the commands that read events whole (report, sources, validate, append):
   * loaded on first call and kept, so a store that answers questions its own way loads nothing for them.
   */
  readonly ledger: () => Promise<Ledger>;
  /** What the query commands ask of the data. */
  readonly questions: Questions;
  /** The parties and issues (a dataset folder, or a PostgreSQL store whose vocabulary table holds some). */
  readonly vocabulary: Vocabulary | undefined;
  /** The source documents (a dataset folder, or a PostgreSQL store whose sources table holds some). */
  readonly documents: readonly SourceDocument[] | undefined;
  /**
   * Releases what loading opened: a PostgreSQL store's connections (nothing for the other kinds). A process
   * that does not call it has them released when it is about to exit, so every command ends without
   * leaving a connection open.
   */
  readonly close?: () => Promise<void>;
}

/**
 * Loads what `--data` names: a dataset folder (checked whole, with its vocabulary), a bare events file
 * (`.ndjson`, no vocabulary: any ids are accepted) or `-` for stdin; the bundled dataset by default.
 *
 * @throws {ValidationError} when the data is invalid (exit code 1).
 * @example
 * const { ledger, vocabulary } = await loadData(undefined); // the bundled dataset
 */
export async function loadData(path: string | undefined, progress?: Progress): Promise<LoadedData> {
  // One branch per kind of store.
  if (path === '-') return fromEvents('-', 'stdin', undefined, progress);
  if (path !== undefined && /^postgres(ql)?:\/\//.test(path)) return fromPostgres(path, progress);
  const target = path ?? bundledDatasetFolder();
  if ((await stat(target)).isDirectory()) {
    const dataset = await readDataset(target);
    return {
      kind: 'folder',
      path: dataset.folder,
      eventsFile: join(dataset.folder, 'events.ndjson'),
      ledger: async () => dataset.ledger,
      questions: fileQuestions(dataset.ledger),
      vocabulary: dataset.vocabulary,
      documents: dataset.documents,
    };
  }
  return fromEvents(target, 'file', target, progress);
}

// The store's tables (default prefix `positions`), asked in SQL; `pg` is loaded only here. The store stays
// open for the command's life: its questions read only the rows they need, and `ledger()` (for commands that
// read every event) streams the whole log into memory on first call.
async function fromPostgres(url: string, progress?: Progress): Promise<LoadedData> {
  const [
    { PostgresEventStore, ledgerFromStore },
    { newPool },
    { postgresQuestions },
    tables,
    { namesFor },
    { unavailable },
  ] = await Promise.all([
    import('../stores/postgres/index.js'),
    import('../stores/postgres/connection-pool.js'),
    import('./postgres-questions.js'),
    import('../stores/postgres/dataset-tables.js'),
    import('../stores/postgres/schema.js'),
    import('../stores/postgres/unavailable.js'),
  ]);
  // Idle connections must not keep the process alive after the command: `close` (run just before exit,
  // when nobody called it) is what ends them.
  const pool = await newPool(url, { allowExitOnIdle: true });
  const opened = (async () => {
    const store = await PostgresEventStore.open(pool, { name: url });
    // The dataset's documents, from the store's sources table (none stored: any document is accepted).
    const { documents } = await tables
      .readDatasetTables(pool, namesFor('positions'))
      .catch((error: unknown) => Promise.reject(unavailable(error, url)));
    return { store, documents: documents.length === 0 ? undefined : (documents as unknown as SourceDocument[]) };
  })();
  const { store, documents } = await opened.catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    process.removeListener('beforeExit', close);
    closing ??= store.close().finally(() => pool.end());
    return closing;
  };
  process.once('beforeExit', close);
  let ledger: Promise<Ledger> | undefined;
  return {
    kind: 'postgres',
    path: url,
    eventsFile: undefined,
    ledger: () => {
      ledger ??= (async () => {
        progress?.update('reading events from PostgreSQL…');
        try {
          return await ledgerFromStore(store, documents === undefined ? {} : { documents: documents.map((d) => d.id) });
        } finally {
          progress?.done();
        }
      })();
      return ledger;
    },
    questions: postgresQuestions(store),
    vocabulary: store.vocabulary,
    documents,
    close,
  };
}

async function fromEvents(
  path: string,
  kind: 'file' | 'stdin',
  eventsFile: string | undefined,
  progress?: Progress,
): Promise<LoadedData> {
  const file = inputName(path);
  let ledger: Ledger;
  if (path === '-') {
    // A stream cannot be read back: its bytes are kept, in chunks, as the ledger's texts.
    ledger = ledgerFromNdjson(await readStdin(), { file });
  } else {
    const onProgress =
      progress && ((bytes: number, total: number) => progress.update(`reading ${file}: ${percent(bytes, total)}`));
    ledger = readLedger(path, onProgress === undefined ? {} : { onProgress });
  }
  progress?.done();
  return {
    kind,
    path,
    eventsFile,
    ledger: async () => ledger,
    questions: fileQuestions(ledger),
    vocabulary: undefined,
    documents: undefined,
  };
}

async function readStdin(): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return chunks;
}

function percent(bytes: number, total: number): string {
  return `${total === 0 ? 100 : Math.floor((bytes / total) * 100)}%`;
}
