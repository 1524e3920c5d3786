import { type EventTable, type LineScanner, MemoryText } from '../columns/index.js';
import type { FastEventReader } from '../events/fast-read.js';
import type { Upcasters } from '../events/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import type { IndexContext } from './cell-statements.js';
import type { Links } from './links.js';
import type { StatementIndex } from './statement-index.js';

/** Which of the table's event sources holds the texts of events appended as objects. */
export const MEMORY_SOURCE = 0;

/** The mutable heart of a ledger: its events as columns, their links, and the statement index. */
export interface LedgerState {
  /** Every event as a row (a correction's replacement too), in append order. */
  readonly table: EventTable;
  /** Killers, corroborations and cached liveness by row. */
  readonly links: Links;
  /** The table, its links and their liveness, as the index and the folds read them. */
  readonly context: IndexContext;
  /** The statements filed by (party, issue): built on the first question that needs it, kept up to date after. */
  index: StatementIndex | undefined;
  /** How many events the ledger holds (replacements not counted). */
  size: number;
  /** The parties and issues events may name, if the ledger has a vocabulary. */
  readonly vocabulary: Vocabulary | undefined;
  /** The source documents events may cite, if the ledger was given them. */
  readonly documents: ReadonlySet<string> | undefined;
  /** Upcasters for older event format versions. */
  readonly upcasters: Upcasters | undefined;
  /** Reads raw event objects on the fast path (validating them; their text is what the ledger keeps). */
  readonly eventReader: FastEventReader;
  /**
   * Reads NDJSON lines straight into the table on the fast path; made by the first NDJSON append
   * (`positions-ledger/ndjson`), so a ledger fed only objects never loads the scanner.
   */
  scanner: LineScanner | undefined;
  /** Where the texts of events appended as objects are kept (the table's source {@link MEMORY_SOURCE}). */
  readonly memory: MemoryText;
}

/** A new `MemoryText` registered as a table's first source. */
export function memorySource(table: EventTable): MemoryText {
  const memory = new MemoryText();
  table.texts[MEMORY_SOURCE] = memory;
  return memory;
}
