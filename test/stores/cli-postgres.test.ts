/**
 * The CLI's `--data postgres://…`: the store's events (default tables `positions_*`) folded into the
 * ledger every command queries. Needs a real server (DATABASE_URL); under CI its absence fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/cli/load-data.js';
import { Ledger } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { DATABASE_URL, dropStore, requireServerInCi, serverPool } from './databases.js';
import { SEED_EVENTS } from './seed-events.js';

requireServerInCi();

describe.runIf(DATABASE_URL !== undefined)('positions --data postgres://…', () => {
  const url = DATABASE_URL as string;
  const pool = DATABASE_URL === undefined ? undefined : serverPool();
  beforeAll(async () => {
    await dropStore(pool!, 'positions');
    const store = await PostgresEventStore.open(pool!);
    await store.append(SEED_EVENTS);
    await store.close();
  });
  afterAll(async () => {
    await dropStore(pool!, 'positions');
    await pool?.end();
  });

  it('loads the events stored in PostgreSQL and answers as the same events in memory do', async () => {
    const data = await loadData(url);
    expect(data.kind).toBe('postgres');
    expect(data.eventsFile).toBeUndefined();
    const direct = Ledger.from(SEED_EVENTS);
    expect(data.ledger.size).toBe(direct.size);
    expect(data.ledger.at('2025-12-31', { knownAt: '2025-12-07' }).toJSON()).toEqual(direct.at('2025-12-31', { knownAt: '2025-12-07' }).toJSON());
  });
});
