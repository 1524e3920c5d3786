import type { AppendOptions, AppendResult, Ledger } from '../ledger/index.js';
import type { Issue, IssueTerm, Party, Topic, Vocabulary } from '../vocabulary/index.js';
import type { SourceDocument } from './source-documents.js';

/**
 * One writing session on a dataset, whatever store keeps it: what the dataset holds, and the writes
 * `positions add` and `positions import` make. A store implements it (a dataset folder:
 * `withFolderWriter`) and only stores; every check (ids, duplicates, the vocabulary whole, cited
 * documents, the events) is made before a write by the same code for every store (`add-entries.ts`,
 * `import-statements.ts`). A session is exclusive: what it reads stays true until it ends, and each
 * write is whole or not at all.
 *
 * @example
 * await withFolderWriter('my-dataset', async (writer) => {
 *   await addTopic(writer, { id: 'humanitarian', title: 'Humanitarian' });
 * });
 */
export interface DatasetWriter {
  /** The store as messages name it (a folder path as given). */
  readonly name: string;
  /** Where each kind of entry is kept, as messages name it: `parties` → `my-dataset/vocabulary.json`. */
  readonly places: Readonly<Record<'parties' | 'issues' | 'topics' | 'documents' | 'events', string>>;
  /** The parties, topics and issues, with every write of this session in them. */
  readonly vocabulary: Vocabulary;
  /** The source documents, with every write of this session in them. */
  readonly documents: readonly SourceDocument[];
  /** The events, checked against the vocabulary and documents: what a batch is checked against. */
  ledger(): Promise<Ledger>;
  /** Adds a party (checked already). */
  addParty(party: Party): Promise<void>;
  /** Adds an issue (checked already). */
  addIssue(issue: Issue): Promise<void>;
  /** Adds a term to an issue (checked already). */
  addTerm(issue: string, term: IssueTerm): Promise<void>;
  /** Adds a topic (checked already). */
  addTopic(topic: Topic): Promise<void>;
  /** Adds a source document (checked already). */
  addSource(document: SourceDocument): Promise<void>;
  /** Appends a batch of events, all or nothing, checked again by the store against what it holds then. */
  appendEvents(events: readonly unknown[], origin: AppendOptions): Promise<AppendResult>;
}
