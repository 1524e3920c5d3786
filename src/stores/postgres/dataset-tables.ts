import { Vocabulary, type Issue, type Party, type Topic, type VocabularyData } from '../../vocabulary/index.js';
import type { SqlQuery } from './database.js';
import type { Names } from './schema.js';

/**
 * What a store's vocabulary and sources tables hold: the vocabulary's JSON (undefined when the table is
 * empty: the store has no vocabulary and accepts any ids) and the source documents as written (an empty
 * list when the table is empty: the store accepts any document).
 */
export interface DatasetTables {
  /** The parties, issues and topics (topics only when some are stored: the defaults otherwise). */
  readonly vocabularyJson: VocabularyData | undefined;
  /** Every source document, as written, in the order added. */
  readonly documents: readonly Record<string, unknown>[];
}

/**
 * Reads the vocabulary and sources tables (docs/stores.md) with `db`, inside whatever transaction it is in.
 *
 * @example
 * const { vocabularyJson, documents } = await readDatasetTables(tx, names);
 */
export async function readDatasetTables(db: SqlQuery, n: Names): Promise<DatasetTables> {
  const vocabulary = await db.query(`SELECT kind, entry FROM ${n.vocabulary} ORDER BY ordinal`);
  const sources = await db.query(`SELECT entry FROM ${n.sources} ORDER BY ordinal`);
  const listed = { party: [] as unknown[], issue: [] as unknown[], topic: [] as unknown[] };
  for (const row of vocabulary.rows) listed[row['kind'] as keyof typeof listed].push(json(row['entry']));
  const vocabularyJson =
    vocabulary.rows.length === 0
      ? undefined
      : ({
          ...(listed.topic.length > 0 ? { topics: listed.topic } : {}),
          parties: listed.party,
          issues: listed.issue,
        } as VocabularyData);
  return {
    vocabularyJson,
    documents: sources.rows.map((row) => json(row['entry']) as Record<string, unknown>),
  };
}

/**
 * The vocabulary and document ids appends are checked against, from what the tables hold.
 *
 * @example
 * const { vocabulary, documents } = datasetRules(await readDatasetTables(tx, names));
 */
export function datasetRules(tables: DatasetTables): {
  vocabulary: Vocabulary | undefined;
  documents: readonly string[] | undefined;
} {
  return {
    vocabulary: tables.vocabularyJson === undefined ? undefined : Vocabulary.from(tables.vocabularyJson),
    documents: tables.documents.length === 0 ? undefined : tables.documents.map((d) => d['id'] as string),
  };
}

/**
 * Adds one vocabulary entry (checked already by the caller).
 *
 * @example
 * await addVocabularyEntry(db, names, 'party', { id: 'moldova', name: 'Moldova', kind: 'state' });
 */
export async function addVocabularyEntry(
  db: SqlQuery,
  n: Names,
  kind: 'party' | 'issue' | 'topic',
  entry: Party | Issue | Topic,
): Promise<void> {
  await db.query(`INSERT INTO ${n.vocabulary} (kind, id, entry) VALUES ($1, $2, $3::json)`, [
    kind,
    entry.id,
    JSON.stringify(entry),
  ]);
}

/**
 * Replaces an issue's entry (a term added to it), keeping its place.
 *
 * @example
 * await replaceIssue(db, names, { ...issue, terms: [...(issue.terms ?? []), term] });
 */
export async function replaceIssue(
  db: SqlQuery,
  n: Names,
  issue: Record<string, unknown> & { id: string },
): Promise<void> {
  await db.query(`UPDATE ${n.vocabulary} SET entry = $2::json WHERE kind = 'issue' AND id = $1`, [
    issue.id,
    JSON.stringify(issue),
  ]);
}

/**
 * Adds one source document (checked already by the caller).
 *
 * @example
 * await addSourceEntry(db, names, { id: 'doc-1', title: 'Talks resume', publishedAt: '2025-03-01', precision: 'day' });
 */
export async function addSourceEntry(
  db: SqlQuery,
  n: Names,
  document: Record<string, unknown> & { id: string },
): Promise<void> {
  await db.query(`INSERT INTO ${n.sources} (id, entry) VALUES ($1, $2::json)`, [document.id, JSON.stringify(document)]);
}

function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
