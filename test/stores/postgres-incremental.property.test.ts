/**
 * Law: query, append, query again = rebuilt, for the SQL fold (docs/design.md §7, incremental = batch;
 * §9.4). A PostgreSQL store that answered every query kind (snapshot, cells, timelines, diff, divergence,
 * alignment), then took more events, many recorded before a knowledge time already asked and landing in
 * cells already answered, answers every query kind as a `Ledger` built from all the events appended so far.
 * On PGlite, and on the server in DATABASE_URL when it is set (under CI=true a missing DATABASE_URL fails).
 * The world has several blocs per member, listed out of id order; the last append is a burst of statements
 * about one cell (test/support/incremental.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import type { Query } from '../support/arbitraries.js';
import { ISSUES } from '../support/fixtures.js';
import { chunksOf, INCREMENTAL_WORLD, incrementalArb } from '../support/incremental.js';
import { boundOf, instantOf } from '../support/naive-time.js';
import { checkProperty } from '../support/property.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';

const params = { seed: 7301, numRuns: 12 };
const vocabulary = INCREMENTAL_WORLD.vocabulary;
const parties = vocabulary.parties.map((p) => p.id);

type Db = { query(text: string): Promise<unknown> } & Parameters<typeof PostgresEventStore.open>[0];

const targets: Array<{ name: string; db(): Promise<{ db: Db; done(): Promise<void> }> }> = [
  { name: 'PGlite', db: async () => ({ db: await sharedPGlite(), done: async () => undefined }) },
];
if (DATABASE_URL !== undefined) {
  targets.push({
    name: 'PostgreSQL server',
    db: async () => {
      const pool = serverPool();
      return { db: pool, done: () => pool.end() };
    },
  });
}
requireServerInCi();

const plain = (value: unknown): string => JSON.stringify(value);
const optionsOf = (q: Query) => ({ ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit });
const knownOf = (q: Query) => (q.knownAt === undefined ? {} : { knownAt: q.knownAt });

/** Every query kind asked of the store, as JSON text, in the order {@link ledgerAnswers} asks them. */
async function storeAnswers(
  store: PostgresEventStore,
  queries: readonly Query[],
  lookups: ReadonlyArray<readonly [string, string]>,
): Promise<string[]> {
  const answers: string[] = [];
  for (const [n, q] of queries.entries()) {
    const from = (queries[n - 1] ?? q).at;
    answers.push(plain(await store.at(q.at, optionsOf(q))));
    for (const [party, issue] of lookups) {
      answers.push(plain(await store.cell(party, issue, { ...optionsOf(q), at: q.at })));
      answers.push(plain(await store.timeline(party, issue, optionsOf(q))));
    }
    answers.push(plain(await store.diff(from, q.at, optionsOf(q))));
    answers.push(plain(await store.divergence(q.at, knownOf(q))));
    answers.push(plain(await store.alignment(q.at, knownOf(q))));
  }
  return answers;
}

/** The same questions asked of a ledger. */
function ledgerAnswers(
  ledger: Ledger,
  queries: readonly Query[],
  lookups: ReadonlyArray<readonly [string, string]>,
): string[] {
  const answers: string[] = [];
  for (const [n, q] of queries.entries()) {
    const from = (queries[n - 1] ?? q).at;
    answers.push(plain(ledger.at(q.at, optionsOf(q))));
    for (const [party, issue] of lookups) {
      answers.push(plain(ledger.cell(party, issue, { ...optionsOf(q), at: q.at })));
      answers.push(plain(ledger.timeline(party, issue, optionsOf(q))));
    }
    answers.push(plain(ledger.diff(from, q.at, optionsOf(q))));
    answers.push(plain(ledger.divergence(q.at, knownOf(q))));
    answers.push(plain(ledger.alignment(q.at, knownOf(q))));
  }
  return answers;
}

for (const target of targets) {
  describe(`law: query, append, query again = rebuilt, SQL on ${target.name}`, () => {
    let db: Db;
    let store: PostgresEventStore;
    let table: string;
    const cleanup: Array<() => Promise<void>> = [];

    beforeAll(async () => {
      const opened = await target.db();
      db = opened.db;
      cleanup.push(opened.done);
      table = freshPrefix('incr');
      store = await PostgresEventStore.open(db, { vocabulary, table });
      cleanup.push(async () => {
        await store.close();
        await dropStore(db, table);
      });
    });
    afterAll(async () => {
      for (const step of cleanup.reverse()) await step();
    });

    it(`answers every query kind after each append as a ledger of all the events so far, several blocs per member (seed ${params.seed}, ${params.numRuns} runs)`, async () => {
      let recordedBeforeAskedKnownAt = 0;
      await checkProperty(
        fc.asyncProperty(
          incrementalArb(30, true),
          fc.array(fc.tuple(fc.constantFrom(...parties), fc.constantFrom(...ISSUES)), { minLength: 3, maxLength: 6 }),
          async ({ stream, queries, cuts, burst }, lookups) => {
            await db.query(`TRUNCATE ${table}_events, ${table}_entries, ${table}_claims, ${table}_cells`);
            const latest = Math.max(...queries.map((q) => (q.knownAt === undefined ? -Infinity : boundOf(q.knownAt))));
            const appended: Record<string, unknown>[] = [];
            for (const [n, chunk] of chunksOf(stream, cuts, burst).entries()) {
              if (n > 0)
                recordedBeforeAskedKnownAt += chunk.filter(
                  (raw) => instantOf(raw['recordedAt'] as string) < latest,
                ).length;
              await store.append(chunk);
              appended.push(...chunk);
              const rebuilt = Ledger.from(appended, { vocabulary });
              expect(await storeAnswers(store, queries, lookups)).toEqual(ledgerAnswers(rebuilt, queries, lookups));
            }
          },
        ),
        params,
      );
      expect(recordedBeforeAskedKnownAt, 'appends recorded before a knownAt already asked').toBeGreaterThan(0);
    }, 300_000);
  });
}
