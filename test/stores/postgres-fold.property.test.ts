/**
 * The SQL fold equals the in-memory fold: over generated streams (statements, corroborations,
 * retractions of anything including retractions, corrections), appended to PostgreSQL in several
 * batches, every `at(T, { knownAt, inherit })` and `cell()` answer is the Ledger's, byte for byte.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { streamWithQueriesArb } from '../support/arbitraries.js';
import { ISSUES, PARTIES, VOCABULARY } from '../support/fixtures.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';

const params = { seed: 4242, numRuns: 40 };

interface Target {
  readonly name: string;
  open(): Promise<{
    store: PostgresEventStore;
    db: { query(text: string): Promise<unknown> };
    table: string;
    done(): Promise<void>;
  }>;
}

const targets: Target[] = [
  {
    name: 'PGlite',
    async open() {
      const db = await sharedPGlite();
      const table = freshPrefix('fold');
      return {
        store: await PostgresEventStore.open(db, { vocabulary: VOCABULARY, table }),
        db,
        table,
        done: async () => undefined,
      };
    },
  },
];
if (DATABASE_URL !== undefined) {
  targets.push({
    name: 'PostgreSQL server',
    async open() {
      const pool = serverPool();
      const table = freshPrefix('fold');
      return {
        store: await PostgresEventStore.open(pool, { vocabulary: VOCABULARY, table }),
        db: pool,
        table,
        done: () => pool.end(),
      };
    },
  });
}
requireServerInCi();

for (const target of targets) {
  describe(`SQL fold on ${target.name}`, () => {
    let opened: Awaited<ReturnType<Target['open']>>;
    beforeAll(async () => {
      opened = await target.open();
    });
    afterAll(async () => {
      await opened.store.close();
      await dropStore(opened.db, opened.table);
      await opened.done();
    });

    it(`answers at() and cell() exactly as Ledger does (seed ${params.seed}, ${params.numRuns} runs)`, async () => {
      const { store, db, table } = opened;
      await fc.assert(
        fc.asyncProperty(
          streamWithQueriesArb(24, 4),
          fc.array(fc.nat(), { maxLength: 3 }),
          async ({ stream, queries }, cuts) => {
            await db.query(`TRUNCATE ${table}_events, ${table}_entries, ${table}_claims, ${table}_cells`);
            // Appended in batches cut at generated points: targets may sit in earlier appends.
            const points = [...new Set(cuts.map((c) => c % (stream.raw.length + 1)))].sort((a, b) => a - b);
            let from = 0;
            for (const point of [...points, stream.raw.length]) {
              await store.append(stream.raw.slice(from, point));
              from = point;
            }
            const ledger = new Ledger({ vocabulary: VOCABULARY });
            ledger.append(stream.raw);
            expect(await store.version()).toBe(ledger.size);
            for (const query of queries) {
              const options = {
                inherit: query.inherit,
                ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
              };
              const sql = await store.at(query.at, options);
              expect(JSON.stringify(sql)).toBe(JSON.stringify(ledger.at(query.at, options)));
              for (const party of PARTIES.slice(0, 5)) {
                const issue = ISSUES[party.length % ISSUES.length] as string;
                expect(await store.cell(party, issue, { ...options, at: query.at })).toEqual(
                  ledger.cell(party, issue, { ...options, at: query.at }),
                );
              }
            }
          },
        ),
        params,
      );
    });
  });
}
