import type { PostgresEventStore } from '../stores/postgres/index.js';
import type { Questions } from './questions.js';

/**
 * The questions of a PostgreSQL store, answered in SQL (docs/design.md §9.4): each reads the rows its
 * answer needs, never the whole log, and answers as a ledger of the same events would. The store stays
 * the caller's to close.
 *
 * @example
 * const questions = postgresQuestions(await PostgresEventStore.open(url));
 * (await questions.at('2025-12-31', {})).cells().length;
 */
export function postgresQuestions(store: PostgresEventStore): Questions {
  return {
    at: (at, options) => store.at(at, options),
    timeline: (party, issue, options) => store.timeline(party, issue, options),
    diff: (from, to, options) => store.diff(from, to, options),
    divergence: (at, options) => store.divergence(at, options),
    alignment: (at, options) => store.alignment(at, options),
    usedIds: async () => ({ parties: new Set(await store.parties()), issues: new Set(await store.issues()) }),
    lastStatedDay: async (options) => {
      const end = await store.lastStatedEnd(options);
      // The UTC day of the last instant before the exclusive end.
      return end === undefined ? undefined : new Date(end - 1).toISOString().slice(0, 10);
    },
    // Each date is one fold in the database, whose cost follows the cells, not the events.
    atEach: async (ats, options) => {
      const snapshots = [];
      for (const at of ats) snapshots.push(await store.at(at, options));
      return snapshots;
    },
    events: (ids) => store.eventsById(ids),
  };
}
