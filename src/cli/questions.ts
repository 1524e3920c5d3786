import type {
  CellChange,
  IssueDivergence,
  KnownAtOptions,
  Ledger,
  PairAlignment,
  QueryOptions,
  Snapshot,
  Timeline,
} from '../index.js';
import { foldEvents } from '../index.js';

/** The party and issue ids the statements name. */
export interface UsedIds {
  /** Party ids. */
  readonly parties: ReadonlySet<string>;
  /** Issue ids. */
  readonly issues: ReadonlySet<string>;
}

/**
 * What the query commands ask of the data, wherever it is held: a ledger in memory, a file folded in
 * one pass, or a PostgreSQL store answering in SQL. The answers are the ledger's (docs/design.md §6).
 *
 * @example
 * const { questions } = await loadData(flags.data);
 * (await questions.at('2025-12-31', { knownAt: '2025-12-07' })).cells().length;
 */
export interface Questions {
  /** Every cell at a valid time, as known at a knowledge time (docs/design.md §6.1). */
  at(at: string, options: QueryOptions): Promise<Snapshot>;
  /** One party's runs on one issue (§6.2). */
  timeline(party: string, issue: string, options: QueryOptions): Promise<Timeline>;
  /** The cells that differ between two valid times (§6.3). */
  diff(from: string, to: string, options: QueryOptions): Promise<readonly CellChange[]>;
  /** Per issue, the compared parties' stances and a verdict (§6.4). */
  divergence(at: string, options: KnownAtOptions): Promise<readonly IssueDivergence[]>;
  /** Per pair of compared parties, where they agree and disagree (§6.5). */
  alignment(at: string, options: KnownAtOptions): Promise<readonly PairAlignment[]>;
  /** The party and issue ids the statements name, for names given without a vocabulary. */
  usedIds(): Promise<UsedIds>;
}

/**
 * The questions of a ledger in memory, answered by its index.
 *
 * @example
 * const questions = ledgerQuestions(await loadDataset());
 */
export function ledgerQuestions(ledger: Ledger): Questions {
  return {
    at: async (at, options) => ledger.at(at, options),
    timeline: async (party, issue, options) => ledger.timeline(party, issue, options),
    diff: async (from, to, options) => ledger.diff(from, to, options),
    divergence: async (at, options) => ledger.divergence(at, options),
    alignment: async (at, options) => ledger.alignment(at, options),
    usedIds: async () => usedIdsOf(ledger),
  };
}

/**
 * The questions of data read for one command: a snapshot is folded straight from the ledger's columns
 * in one pass (docs/design.md §9.3), without building the index a ledger builds for many questions;
 * the other questions build it.
 *
 * @example
 * const questions = fileQuestions(readLedger('events.ndjson'));
 */
export function fileQuestions(ledger: Ledger): Questions {
  return {
    ...ledgerQuestions(ledger),
    at: async (at, options) => foldEvents(ledger, at, options),
  };
}

function usedIdsOf(ledger: Ledger): UsedIds {
  return { parties: new Set(ledger.parties()), issues: new Set(ledger.issues()) };
}
