import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MemoryEventStore } from '../../src/index.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { storeContract } from './contract.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';
import { SEED_VOCABULARY } from './seed-events.js';

const vocabulary = SEED_VOCABULARY;

storeContract('memory', async () => ({ store: new MemoryEventStore({ vocabulary }) }), { durable: false });

storeContract(
  'NDJSON file',
  async () => {
    const folder = await mkdtemp(join(tmpdir(), 'positions-contract-'));
    const file = join(folder, 'events.ndjson');
    return {
      store: await FileEventStore.open(file, { vocabulary, create: true }),
      reopen: () => FileEventStore.open(file, { vocabulary }),
      cleanup: () => rm(folder, { recursive: true, force: true }),
    };
  },
  { durable: true },
);

storeContract(
  'PostgreSQL on PGlite',
  async () => {
    const db = await sharedPGlite();
    const table = freshPrefix('contract');
    return {
      store: await PostgresEventStore.open(db, { vocabulary, table }),
      reopen: () => PostgresEventStore.open(db, { vocabulary, table }),
      cleanup: () => dropStore(db, table),
    };
  },
  { durable: true },
);

requireServerInCi();
if (DATABASE_URL !== undefined) {
  const url = DATABASE_URL;
  const pool = serverPool();
  afterAll(() => pool.end());
  storeContract(
    'PostgreSQL server (DATABASE_URL)',
    async () => {
      const table = freshPrefix('contract');
      return {
        // A connection string: the store makes (and on close ends) its own pool.
        store: await PostgresEventStore.open(url, { vocabulary, table }),
        reopen: () => PostgresEventStore.open(pool, { vocabulary, table }),
        cleanup: () => dropStore(pool, table),
      };
    },
    { durable: true },
  );
}
