import type {
  CellChange,
  IssueDivergence,
  KnownAtOptions,
  Ledger,
  LedgerEvent,
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
  /**
   * The last day any statement known at `knownAt` may have been made: the UTC day (`YYYY-MM-DD`) of the
   * last instant of the latest-ending `statedAt` (docs/design.md §2.2), replacements included and
   * retracted statements too (a later day changes no cell, only the day named); undefined when there is
   * no statement. What a query asks about when it is given no date.
   */
  lastStatedDay(options: KnownAtOptions): Promise<string | undefined>;
  /**
   * Snapshots at several valid times with one knowledge time, in the order given: a panel (§6.1). One
   * call, so that each store answers it its own way rather than folding everything once per date.
   */
  atEach(ats: readonly string[], options: QueryOptions): Promise<readonly Snapshot[]>;
  /** The events with these ids (a replacement as the statement it is); ids of no event are left out. */
  events(ids: Iterable<string>): Promise<ReadonlyMap<string, LedgerEvent>>;
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
    lastStatedDay: async (options) => lastStatedDayOf(ledger, options),
    // The index answers each date in time proportional to its cells, not its events.
    atEach: async (ats, options) => ats.map((at) => ledger.at(at, options)),
    events: async (ids) => {
      const found = new Map<string, LedgerEvent>();
      for (const id of ids) {
        const event = ledger.get(id);
        if (event !== undefined) found.set(id, event);
      }
      return found;
    },
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

function lastStatedDayOf(ledger: Ledger, options: KnownAtOptions): string | undefined {
  const last = ledger.lastStatedEnd(options);
  return last === undefined ? undefined : new Date(last - 1).toISOString().slice(0, 10);
}

function usedIdsOf(ledger: Ledger): UsedIds {
  return { parties: new Set(ledger.parties()), issues: new Set(ledger.issues()) };
}
