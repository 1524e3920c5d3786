/**
 * The CLI's `--data postgres://…`: the store's events (default tables `positions_*`) folded into the
 * ledger every command queries. Needs a real server (DATABASE_URL); under CI its absence fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/cli/load-data.js';
import { Ledger } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
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
    expect((await data.ledger()).size).toBe(direct.size);
    expect((await data.ledger()).at('2025-12-31', { knownAt: '2025-12-07' }).toJSON()).toEqual(
      direct.at('2025-12-31', { knownAt: '2025-12-07' }).toJSON(),
    );
  });

  it('`append --data postgres://…` adds a batch once, re-appends unchanged, refuses a bad batch', async () => {
    ensureCliBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'positions-pg-append-'));
    const fresh = [
      { ...SEED_EVENTS[0], id: 'pg-append-1', summary: 'A new report appended through the CLI.' },
      {
        type: 'corroboration',
        id: 'pg-append-2',
        target: 'pg-append-1',
        source: { document: 'doc-x' },
        recordedAt: '2026-02-01T00:00:00.000Z',
      },
    ];
    const batch = join(dir, 'new.ndjson');
    writeFileSync(batch, `${fresh.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const before = (await (await loadData(url)).ledger()).size;

    const first = positions(['append', batch, '--data', url, '--format', 'json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { store: string; added: string[]; unchanged: string[] };
    expect(report).toMatchObject({ added: ['pg-append-1', 'pg-append-2'], unchanged: [] });
    // Output gets pasted into logs: the password is masked (the URL's user and host stay).
    if (new URL(url).password !== '') expect(report.store).toContain(':***@');
    expect(report.store).toContain(new URL(url).host);
    expect((await (await loadData(url)).ledger()).size).toBe(before + 2);

    const again = JSON.parse(positions(['append', batch, '--data', url, '--format', 'json']).stdout) as {
      added: string[];
      unchanged: string[];
    };
    expect(again).toMatchObject({ added: [], unchanged: ['pg-append-1', 'pg-append-2'] });

    const bad = join(dir, 'bad.ndjson');
    const badEvents = [
      { ...fresh[0], id: 'pg-append-3' },
      { ...fresh[1], id: 'pg-append-4', target: 'no-such-event' },
    ];
    writeFileSync(bad, badEvents.map((event) => `${JSON.stringify(event)}\n`).join(''));
    const refused = positions(['append', bad, '--data', url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 2: target: corroboration of unknown event 'no-such-event'/);
    expect((await (await loadData(url)).ledger()).get('pg-append-3')).toBeUndefined();
    expect((await (await loadData(url)).ledger()).size).toBe(before + 2);
  });
});
