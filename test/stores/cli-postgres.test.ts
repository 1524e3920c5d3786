/**
 * The CLI's `--data postgres://…` (the store's default tables `positions_*`): the query commands are
 * answered in SQL, print what the same events in a file print, and never read the log whole; commands that
 * read events whole (append's check, vocabulary) stream the log into a ledger; every command closes its
 * connections. Needs a real server (DATABASE_URL); under CI its absence fails.
 *
 * "Never read whole" is checked by counting: `pg` is replaced by the same package whose clients record
 * every result they hand back (rows and columns), and a query command must get no row of the log's `event`
 * column and far fewer rows than the store holds events; the same counter sees a command that does load
 * the log read every event, so the count can fail.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadData } from '../../src/cli/load-data.js';
import { run } from '../../src/cli/run.js';
import { Ledger } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
import { DATABASE_URL, dropStore, requireServerInCi, serverPool } from './databases.js';
import { SEED_EVENTS } from './seed-events.js';

/** What the database handed back to the code under test, one entry per query. */
const reads = vi.hoisted(() => ({ log: [] as Array<{ text: string; rows: number; columns: string[] }> }));

vi.mock('pg', async (importOriginal) => {
  const real = (await importOriginal()) as typeof import('pg');
  const pg = real.default ?? real;
  type Result = { rows?: unknown[]; fields?: Array<{ name: string }> } | undefined;
  const record = (query: unknown, result: Result) => {
    const text = typeof query === 'string' ? query : String((query as { text?: unknown } | undefined)?.text);
    reads.log.push({ text, rows: result?.rows?.length ?? 0, columns: (result?.fields ?? []).map((f) => f.name) });
  };
  // Every form of Client#query pg-pool and the store use: a promise, or a callback as the last argument.
  class CountingClient extends pg.Client {
    // @ts-expect-error: one override for pg's overloads, passing every argument through unchanged.
    override query(...args: unknown[]): unknown {
      const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        args[args.length - 1] = (error: unknown, result: Result) => {
          if (!error) record(args[0], result);
          (last as (e: unknown, r: Result) => void)(error, result);
        };
        return query.apply(this, args);
      }
      return (query.apply(this, args) as Promise<Result>).then((result) => {
        record(args[0], result);
        return result;
      });
    }
  }
  class CountingPool extends pg.Pool {
    constructor(config: import('pg').PoolConfig = {}) {
      super({ ...config, Client: CountingClient as unknown as typeof pg.Client });
    }
  }
  const counting = { ...pg, Pool: CountingPool, Client: CountingClient };
  return { ...counting, default: counting };
});

requireServerInCi();

/** Runs `positions …args` in this process (so the counting `pg` is the one it loads); stdout is returned. */
async function inProcess(args: readonly string[]): Promise<{ code: number; stdout: string }> {
  const chunks: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  const exitCode = process.exitCode;
  try {
    const code = await run(args);
    return { code, stdout: chunks.join('') };
  } finally {
    write.mockRestore();
    process.exitCode = exitCode;
  }
}

/**
 * A store of `count` events on few cells: 3 parties × 4 issues, statements on consecutive days with
 * every tenth event a retraction and every seventh a corroboration of an earlier statement, so that the
 * answers are small (a dozen cells) and the log is large.
 */
function manyEvents(count: number): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  const stances = ['demands', 'supports', 'neutral', 'opposes', 'rejects'];
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (let n = 0; n < count; n++) {
    const earlier = `m${Math.max(0, n - 3 - (n % 5))}`;
    const statement = events.find((e) => e['id'] === earlier)?.['type'] === 'statement';
    if (n % 10 === 9 && statement) {
      events.push({
        type: 'retraction',
        id: `m${n}`,
        target: earlier,
        reason: 'misreport',
        recordedAt: `${day(n)}T12:00:00.000Z`,
      });
    } else if (n % 7 === 6 && statement) {
      events.push({
        type: 'corroboration',
        id: `m${n}`,
        target: earlier,
        source: { document: `c${n}` },
        recordedAt: `${day(n)}T12:00:00.000Z`,
      });
    } else {
      events.push({
        type: 'statement',
        id: `m${n}`,
        parties: [`p${n % 3}`],
        issue: `i${(n >> 2) % 4}`,
        stance: stances[(n * 7) % 5],
        act: 'assert',
        attribution: 'on-record',
        statedAt: day(n),
        recordedAt: `${day(n)}T12:00:00.000Z`,
        summary: `statement ${n}`,
        sources: [{ document: `d${n}` }],
      });
    }
  }
  return events;
}

describe.runIf(DATABASE_URL !== undefined)('positions --data postgres://…', () => {
  const url = DATABASE_URL as string;
  const pool = DATABASE_URL === undefined ? undefined : serverPool();
  const file = join(mkdtempSync(join(tmpdir(), 'positions-pg-cli-')), 'events.ndjson');

  async function storeHolding(events: readonly unknown[]): Promise<void> {
    await dropStore(pool!, 'positions');
    const store = await PostgresEventStore.open(pool!);
    for (let from = 0; from < events.length; from += 1000) await store.append(events.slice(from, from + 1000));
    await store.close();
  }

  afterAll(async () => {
    await dropStore(pool!, 'positions');
    await pool?.end();
  });

  describe('the bundled dataset stored in PostgreSQL', () => {
    beforeAll(async () => {
      await storeHolding(SEED_EVENTS);
      writeFileSync(file, SEED_EVENTS.map((e) => `${JSON.stringify(e)}\n`).join(''));
    });

    it('each query command prints the same JSON as with the same events in a file', () => {
      ensureCliBuilt();
      const commands = [
        ['stances', '--at', '2025-12-31'],
        ['stances', '--at', '2025-06-30', '--known-at', '2025-09-01', '--inherit'],
        ['stances', '--at', '2025-12-31', '--party', 'ukraine', '--issue', 'ukraine-in-nato'],
        ['timeline', '--party', 'ukraine', '--issue', 'ceasefire-before-settlement'],
        ['timeline', '--party', 'russia', '--issue', 'ukraine-in-nato', '--known-at', '2025-09-01'],
        ['diff', '--from', '2025-04-30', '--to', '2025-12-31'],
        ['diff', '--from', '2025-03', '--to', '2025-12', '--known-at', '2025-10-01', '--party', 'ukraine'],
        ['divergence', '--at', '2025-12-31'],
        ['divergence', '--at', '2025-06-30', '--known-at', '2025-07-15'],
        ['alignment', '--at', '2025-12-31'],
        ['alignment', '--at', '2025-06-30', '--known-at', '2025-07-15', '--party', 'ukraine'],
        // No date: the last day the statements reach (as known then).
        ['stances'],
        ['stances', '--known-at', '2025-09-01', '--party', 'russia'],
        ['divergence'],
        ['alignment', '--known-at', '2025-07-15'],
        // A panel, and what was said beside each answer (the statements' events, by id).
        ['stances', '--from', '2025-03', '--to', '2025-12', '--every', 'month', '--party', 'ukraine'],
        ['stances', '--at', '2025-12-31', '--show', 'summary', '--show', 'quote'],
        ['timeline', '--party', 'ukraine', '--issue', 'ceasefire-before-settlement', '--show', 'summary'],
      ];
      for (const command of commands) {
        const fromFile = positions([...command, '--data', file, '--format', 'json']);
        const fromPostgres = positions([...command, '--data', url, '--format', 'json']);
        expect(fromFile.code, `${command.join(' ')} on a file: ${fromFile.stderr}`).toBe(0);
        expect(fromPostgres.code, `${command.join(' ')} on PostgreSQL: ${fromPostgres.stderr}`).toBe(0);
        expect(JSON.parse(fromFile.stdout), command.join(' ')).not.toEqual({});
        expect(fromPostgres.stdout, command.join(' ')).toBe(fromFile.stdout);
        expect(fromPostgres.stderr, command.join(' ')).toBe(fromFile.stderr);
      }
    });

    it('loads the whole ledger only when asked, and answers as the same events in memory do', async () => {
      const data = await loadData(url);
      try {
        expect(data.kind).toBe('postgres');
        expect(data.eventsFile).toBeUndefined();
        const direct = Ledger.from(SEED_EVENTS);
        expect((await data.questions.at('2025-12-31', { knownAt: '2025-12-07' })).toJSON()).toEqual(
          direct.at('2025-12-31', { knownAt: '2025-12-07' }).toJSON(),
        );
        const ledger = await data.ledger();
        expect(ledger.size).toBe(direct.size);
        expect(await data.ledger()).toBe(ledger);
      } finally {
        await data.close?.();
      }
    });

    it('closes its connections when the process is about to exit, or when asked', async () => {
      const application = `positions-close-test-${process.pid}`;
      const named = `${url}${url.includes('?') ? '&' : '?'}application_name=${application}`;
      const connections = async () =>
        Number(
          (await pool!.query('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [application]))
            .rows[0].n,
        );
      const listeners = process.listeners('beforeExit');
      const data = await loadData(named);
      await data.questions.at('2025-12-31', {});
      expect(await connections()).toBe(1);
      const added = process.listeners('beforeExit').filter((l) => !listeners.includes(l));
      expect(added).toHaveLength(1);
      // What Node does when the event loop empties at the end of a command: call the listeners.
      for (const listener of added) listener(0);
      await data.close?.();
      // The client has closed its socket; the server lists the backend until that process has exited,
      // which it does on its own schedule. Ask until it is gone (a bound, not a timing under test).
      let left = await connections();
      for (let tries = 0; left > 0 && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        left = await connections();
      }
      expect(left).toBe(0);
      expect(process.listeners('beforeExit').filter((l) => !listeners.includes(l))).toEqual([]);
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
      const sizeNow = async () => {
        const data = await loadData(url);
        try {
          return (await data.ledger()).size;
        } finally {
          await data.close?.();
        }
      };
      const before = await sizeNow();

      const first = positions(['append', batch, '--data', url, '--format', 'json']);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const report = JSON.parse(first.stdout) as { store: string; added: string[]; unchanged: string[] };
      expect(report).toMatchObject({ added: ['pg-append-1', 'pg-append-2'], unchanged: [] });
      // Output gets pasted into logs: the password is masked (the URL's user and host stay).
      if (new URL(url).password !== '') {
        expect(report.store).toContain(':***@');
        expect(first.stdout).not.toContain(`:${new URL(url).password}@`);
      }
      expect(report.store).toContain(new URL(url).host);
      expect(await sizeNow()).toBe(before + 2);

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
      expect(await sizeNow()).toBe(before + 2);
    });
  });

  describe('a store much larger than its answers', () => {
    const COUNT = 3000;
    let listeners: NodeJS.BeforeExitListener[];

    beforeAll(async () => {
      await storeHolding(manyEvents(COUNT));
      listeners = process.listeners('beforeExit');
    });
    afterAll(async () => {
      // The commands ran in this process, which does not exit here: close what they left for its exit.
      const added = process.listeners('beforeExit').filter((listener) => !listeners.includes(listener));
      await Promise.all(added.map((listener) => (listener as (code: number) => unknown)(0)));
    });

    /** Runs one command in this process and returns what the database handed back to it. */
    async function readsOf(args: readonly string[]): Promise<{ rows: number; logRows: number; stdout: string }> {
      reads.log.length = 0;
      const { code, stdout } = await inProcess([...args, '--data', url, '--format', 'json']);
      expect(code, args.join(' ')).toBe(0);
      const rows = reads.log.reduce((sum, read) => sum + read.rows, 0);
      const logRows = reads.log.filter((read) => read.columns.includes('event')).reduce((s, r) => s + r.rows, 0);
      return { rows, logRows, stdout };
    }

    // The log's rows a command may read: none, or with --show the events of the statements it shows
    // (at most one per cell: 3 parties × 4 issues).
    it.each([
      [['stances', '--at', '2027-12-31'], 0],
      [['stances'], 0],
      [['stances', '--at', '2026-06-30', '--known-at', '2027-01-01', '--party', 'p1'], 0],
      [['stances', '--from', '2020-06', '--to', '2027-06', '--every', 'year', '--party', 'p1'], 0],
      [['stances', '--show', 'summary'], 12],
      [['timeline', '--party', 'p0', '--issue', 'i2'], 0],
      [['diff', '--from', '2021-06-30', '--to', '2027-12-31'], 0],
      [['divergence', '--at', '2027-12-31'], 0],
      [['divergence'], 0],
      [['alignment', '--at', '2027-12-31'], 0],
    ] as const)('%j reads no more of the log than it shows, and a small part of the store', async (args, shown) => {
      const { rows, logRows, stdout } = await readsOf(args);
      expect(stdout.length).toBeGreaterThan(0);
      expect(logRows).toBeLessThanOrEqual(shown);
      expect(rows).toBeLessThan(COUNT / 4);
    });

    it('a command that reads every event (vocabulary, without one) is seen reading the whole log', async () => {
      const { logRows } = await readsOf(['vocabulary']);
      expect(logRows).toBe(COUNT);
    });
  });
});
