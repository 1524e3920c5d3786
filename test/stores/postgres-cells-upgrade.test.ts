/**
 * A store made before the cells table existed (same tables, no `<prefix>_cells`) is brought up to
 * date when opened: the table is created and filled from the stored claims, so the index-driven fold
 * still answers every cell exactly as `Ledger.at` does, and later appends keep it filled. So is a store
 * made before the index of `statedAt` ends: it gets the index, and `lastStatedEnd` answers as `Ledger`'s.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';
import { SEED_EVENTS, SEED_VOCABULARY } from './seed-events.js';

type Db = { query(text: string): Promise<unknown> };
const targets: Array<{
  name: string;
  db: () => Promise<{ db: Db & Parameters<typeof PostgresEventStore.open>[0]; done(): Promise<void> }>;
}> = [{ name: 'PGlite', db: async () => ({ db: await sharedPGlite(), done: async () => undefined }) }];
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

const half = Math.floor(SEED_EVENTS.length / 2);
const QUERIES = [
  { at: '2025-12-31' },
  { at: '2025-12-31', inherit: true },
  { at: '2025-06-30', knownAt: '2025-09-01' },
] as const;

for (const target of targets) {
  describe(`an older PostgreSQL store on ${target.name}`, () => {
    const cleanup: Array<() => Promise<void>> = [];
    afterAll(async () => {
      for (const step of cleanup.reverse()) await step();
    });

    it('gets its cells table on open, filled from its claims, and answers as Ledger does', async () => {
      const { db, done } = await target.db();
      const table = freshPrefix('upgrade');
      cleanup.push(done, () => dropStore(db, table));
      const first = await PostgresEventStore.open(db, { vocabulary: SEED_VOCABULARY, table });
      await first.append(SEED_EVENTS.slice(0, half));
      await first.close();
      // What a store made by the previous version looks like: everything but the cells table.
      await db.query(`DROP TABLE ${table}_cells`);

      const store = await PostgresEventStore.open(db, { vocabulary: SEED_VOCABULARY, table });
      const ledger = new Ledger({ vocabulary: SEED_VOCABULARY });
      ledger.append(SEED_EVENTS.slice(0, half));
      for (const query of QUERIES) {
        const { at, ...options } = query;
        const expected = JSON.stringify(ledger.at(at, options));
        expect(ledger.at(at, options).cells().length).toBeGreaterThan(0);
        expect(JSON.stringify(await store.at(at, options))).toBe(expected);
      }
      // Appends after the upgrade keep the table filled.
      await store.append(SEED_EVENTS.slice(half));
      ledger.append(SEED_EVENTS.slice(half));
      for (const query of QUERIES) {
        const { at, ...options } = query;
        expect(JSON.stringify(await store.at(at, options))).toBe(JSON.stringify(ledger.at(at, options)));
      }
      await store.close();
    });

    it('gets its index of statedAt ends on open, and finds the latest end known at K as Ledger does', async () => {
      const { db, done } = await target.db();
      const table = freshPrefix('upgrade');
      cleanup.push(done, () => dropStore(db, table));
      const first = await PostgresEventStore.open(db, { vocabulary: SEED_VOCABULARY, table });
      await first.append(SEED_EVENTS);
      await first.close();
      // What a store made before the index looks like: everything else, the cells table included.
      await db.query(`DROP INDEX ${table}_entries_stated_end`);
      const indexed = async () =>
        (
          (await db.query(`SELECT to_regclass('${table}_entries_stated_end') IS NOT NULL AS present`)) as {
            rows: Array<{ present: boolean }>;
          }
        ).rows[0]?.present;
      expect(await indexed()).toBe(false);

      const store = await PostgresEventStore.open(db, { vocabulary: SEED_VOCABULARY, table });
      expect(await indexed()).toBe(true);
      const ledger = Ledger.from(SEED_EVENTS, { vocabulary: SEED_VOCABULARY });
      for (const knownAt of [undefined, '2025-06-30', '2025-12-07', '2020-01-01']) {
        const options = knownAt === undefined ? {} : { knownAt };
        expect(await store.lastStatedEnd(options)).toBe(ledger.lastStatedEnd(options));
      }
      expect(ledger.lastStatedEnd({ knownAt: '2020-01-01' })).toBeUndefined();
      await store.close();
    });
  });
}
