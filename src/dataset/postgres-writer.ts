import type { AppendOptions, AppendResult, Ledger } from '../ledger/index.js';
import { ledgerFromStore } from '../stores/ledger-from-store.js';
import { maskPassword } from '../stores/store-unavailable-error.js';
import { newPool } from '../stores/postgres/connection-pool.js';
import type { Database, PoolLike, SqlQuery } from '../stores/postgres/database.js';
import {
  addSourceEntry,
  addVocabularyEntry,
  readDatasetTables,
  replaceIssue,
} from '../stores/postgres/dataset-tables.js';
import { PostgresEventStore } from '../stores/postgres/postgres-event-store.js';
import { namesFor, type Names } from '../stores/postgres/schema.js';
import { sqlClient } from '../stores/postgres/sql-client.js';
import {
  DEFAULT_TOPICS,
  Vocabulary,
  type Issue,
  type IssueTerm,
  type Party,
  type Topic,
  type VocabularyData,
} from '../vocabulary/index.js';
import type { DatasetWriter } from './dataset-writer.js';
import { SourcesFileSchema, type SourceDocument } from './source-documents.js';

/**
 * Options of a writing session on a PostgreSQL store.
 *
 * @example
 * await withPostgresWriter(pglite, work, { table: 'talks' });
 */
export interface PostgresWriterOptions {
  /** The store's table prefix (default `positions`). */
  readonly table?: string;
}

/**
 * Runs `work` with a writer on a PostgreSQL store's dataset: its vocabulary and sources tables and its
 * events (docs/stores.md). The session holds an advisory lock of its own on one connection from the first
 * read to the last write, so two `positions add` never lose each other's entries; each write is one
 * statement (whole or not at all), and events go through the store's own append (one transaction).
 *
 * @example
 * await withPostgresWriter('postgres://user:pass@localhost/talks', (writer) => addTopic(writer, { id: 'humanitarian', title: 'Humanitarian' }));
 */
export async function withPostgresWriter<T>(
  database: Database,
  work: (writer: DatasetWriter) => Promise<T>,
  options: PostgresWriterOptions = {},
): Promise<T> {
  const names = namesFor(options.table ?? 'positions');
  const pool: Exclude<Database, string> = typeof database === 'string' ? await newPool(database) : database;
  const name = typeof database === 'string' ? maskPassword(database) : 'PostgreSQL';
  try {
    const store = await PostgresEventStore.open(pool, { table: names.prefix, name });
    try {
      const db = await sqlClient(pool, name);
      return await db.session(async (session) => {
        const lock = [names.lockKey[0], names.lockKey[1] ^ 2];
        await session.query('SELECT pg_advisory_lock($1, $2)', lock);
        try {
          const tables = await readDatasetTables(session, names);
          return await work(new PostgresWriter(name, names, session, store, tables.vocabularyJson, tables.documents));
        } finally {
          await session.query('SELECT pg_advisory_unlock($1, $2)', lock).catch(() => undefined);
        }
      });
    } finally {
      await store.close();
    }
  } finally {
    if (typeof database === 'string') await (pool as PoolLike).end();
  }
}

class PostgresWriter implements DatasetWriter {
  readonly name: string;
  readonly places: DatasetWriter['places'];
  readonly #names: Names;
  readonly #db: SqlQuery;
  readonly #store: PostgresEventStore;
  /** The vocabulary as stored; undefined while its table is empty (the store then accepts any ids). */
  #vocabularyJson: VocabularyData | undefined;
  #vocabulary: Vocabulary;
  #documents: readonly SourceDocument[];
  #ledger: Ledger | undefined;

  constructor(
    name: string,
    names: Names,
    db: SqlQuery,
    store: PostgresEventStore,
    vocabularyJson: VocabularyData | undefined,
    documents: readonly Record<string, unknown>[],
  ) {
    this.name = name;
    this.places = Object.freeze({
      parties: `${name} (${names.vocabulary})`,
      issues: `${name} (${names.vocabulary})`,
      topics: `${name} (${names.vocabulary})`,
      documents: `${name} (${names.sources})`,
      events: `${name} (${names.events})`,
    });
    this.#names = names;
    this.#db = db;
    this.#store = store;
    this.#vocabularyJson = vocabularyJson;
    this.#vocabulary = Vocabulary.from(vocabularyJson ?? { parties: [], issues: [] });
    this.#documents = SourcesFileSchema.parse({ documents }).documents;
  }

  get vocabulary(): Vocabulary {
    return this.#vocabulary;
  }

  get documents(): readonly SourceDocument[] {
    return this.#documents;
  }

  async ledger(): Promise<Ledger> {
    this.#ledger ??= await ledgerFromStore(this.#store, {
      ...(this.#vocabularyJson === undefined ? {} : { vocabulary: this.#vocabulary }),
      ...(this.#documents.length === 0 ? {} : { documents: this.#documents.map((d) => d.id) }),
    });
    return this.#ledger;
  }

  async addParty(party: Party): Promise<void> {
    const json = this.#json();
    await this.#writeVocabulary({ ...json, parties: [...json.parties, party] }, () =>
      addVocabularyEntry(this.#db, this.#names, 'party', party),
    );
  }

  async addIssue(issue: Issue): Promise<void> {
    const json = this.#json();
    await this.#writeVocabulary({ ...json, issues: [...json.issues, issue] }, () =>
      addVocabularyEntry(this.#db, this.#names, 'issue', issue),
    );
  }

  async addTerm(issue: string, term: IssueTerm): Promise<void> {
    const json = this.#json();
    let changed: Issue | undefined;
    const issues = json.issues.map((entry) => {
      if (entry.id !== issue) return entry;
      changed = { ...entry, terms: [...(entry.terms ?? []), term] };
      return changed;
    });
    if (changed === undefined) throw new Error(`no issue '${issue}' to add a term to`);
    const replaced = changed;
    await this.#writeVocabulary({ ...json, issues }, () => replaceIssue(this.#db, this.#names, replaced));
  }

  async addTopic(topic: Topic): Promise<void> {
    const json = this.#json();
    // A vocabulary that lists no topics has the defaults: listing its own keeps them and adds the new one.
    const listed = json.topics ?? [];
    const added = json.topics === undefined ? [...DEFAULT_TOPICS, topic] : [topic];
    await this.#writeVocabulary({ ...json, topics: [...listed, ...added] }, async () => {
      for (const entry of added) await addVocabularyEntry(this.#db, this.#names, 'topic', entry);
    });
  }

  async addSource(document: SourceDocument): Promise<void> {
    // Checked by the caller; parsed again so a store never holds sources it could not read back.
    const documents = SourcesFileSchema.parse({ documents: [...this.#documents, document] }).documents;
    await addSourceEntry(this.#db, this.#names, document);
    this.#documents = documents;
    this.#ledger = undefined;
  }

  async appendEvents(events: readonly unknown[], origin: AppendOptions): Promise<AppendResult> {
    const { added, unchanged } = await this.#store.append(events, origin);
    this.#ledger = undefined;
    return { added, unchanged };
  }

  #json(): VocabularyData {
    return this.#vocabularyJson ?? { parties: [], issues: [] };
  }

  async #writeVocabulary(json: VocabularyData, write: () => Promise<void>): Promise<void> {
    // Checked by the caller; built again so a store never holds a vocabulary it could not read back.
    const vocabulary = Vocabulary.from(json);
    if (json.topics !== undefined && this.#vocabularyJson?.topics === undefined && json.topics.length > 1) {
      // Several rows (the default topics and the new one): all or none.
      await this.#db.query('BEGIN');
      try {
        await write();
        await this.#db.query('COMMIT');
      } catch (error) {
        await this.#db.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } else await write();
    this.#vocabularyJson = json;
    this.#vocabulary = vocabulary;
    this.#ledger = undefined;
  }
}
