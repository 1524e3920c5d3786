/**
 * Concurrency: 4 processes append 2,000 events each (batches of 20) to one store. Every event lands
 * exactly once, every line is valid; with expected versions every conflict is reported and retried,
 * and nothing is lost or doubled. File store and a real PostgreSQL server run as processes; PGlite
 * (one process by design) runs the same with concurrent appenders in-process.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/index.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { requireBuild, startChild } from './child-process.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';
// @ts-expect-error — a plain .mjs fixture shared with the child processes
import { statement } from './fixtures/events.mjs';

const WRITERS = 4;
const PER_WRITER = 2000;
const BATCH = 20;

let folder: string;
beforeAll(async () => {
  requireBuild();
  folder = await mkdtemp(join(tmpdir(), 'positions-concurrency-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Runs the writers as child processes; returns their summaries. */
async function runWriters(
  args: (tag: string) => string[],
): Promise<Array<{ tag: string; appends: number; conflicts: number }>> {
  const children = Array.from({ length: WRITERS }, (_, w) => startChild('append-many.mjs', args(`w${w}`)));
  const results = await Promise.all(children.map((c) => c.exited));
  for (const result of results) expect(result.code, result.stderr).toBe(0);
  return children.map(
    (c) => JSON.parse(c.lines[c.lines.length - 1] as string) as { tag: string; appends: number; conflicts: number },
  );
}

/** Every writer's ids, each exactly once, each writer's in its own order. */
function expectAllOnce(ids: readonly string[]): void {
  expect(ids).toHaveLength(WRITERS * PER_WRITER);
  expect(new Set(ids).size).toBe(ids.length);
  for (let w = 0; w < WRITERS; w++) {
    const mine = ids.filter((id) => id.startsWith(`w${w}.`));
    expect(mine).toEqual(Array.from({ length: PER_WRITER }, (_, i) => `w${w}.${i}`));
  }
}

async function idsOf(store: { read(): AsyncIterable<{ event: { id: string } }> }): Promise<string[]> {
  const ids: string[] = [];
  for await (const { event } of store.read()) ids.push(event.id);
  return ids;
}

describe('4 processes appending to one NDJSON file', () => {
  for (const mode of ['plain', 'expected'] as const) {
    const how = mode === 'plain' ? 'no expected version' : 'expected versions, conflicts retried';
    it(`lands all ${WRITERS * PER_WRITER} events exactly once, every line valid (${how})`, {
      timeout: 600_000,
    }, async () => {
      const file = join(folder, `${mode}.ndjson`);
      const started = Date.now();
      const summaries = await runWriters((tag) => ['file', file, tag, String(PER_WRITER), String(BATCH), mode]);
      const seconds = (Date.now() - started) / 1000;
      const text = await readFile(file, 'utf8');
      const lines = text.split('\n');
      expect(lines.pop()).toBe('');
      const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
      expectAllOnce(ids);
      const store = await FileEventStore.open(file);
      expect(await idsOf(store)).toEqual(ids);
      expect(store.recovered).toEqual([]);
      await store.close();
      const conflicts = summaries.reduce((n, s) => n + s.conflicts, 0);
      if (mode === 'plain') expect(conflicts).toBe(0);
      console.log(
        `file, ${mode}: ${ids.length} events from ${WRITERS} processes, ` +
          `${conflicts} conflicts reported and retried, ${seconds.toFixed(1)} s`,
      );
    });
  }
});

describe('concurrent appenders on PostgreSQL', () => {
  it(`PGlite: ${WRITERS} in-process appenders with expected versions lose and double nothing`, {
    timeout: 600_000,
  }, async () => {
    const db = await sharedPGlite();
    const table = freshPrefix('conc');
    const store = await PostgresEventStore.open(db, { table });
    const started = Date.now();
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let start = 0; start < PER_WRITER; start += BATCH) {
          const events = Array.from({ length: BATCH }, (_, i) => statement(`w${w}.${start + i}`));
          for (;;) {
            const expectedVersion = await store.version();
            try {
              const result = await store.append(events, { expectedVersion });
              expect(result.added).toHaveLength(BATCH);
              break;
            } catch (error) {
              if (!(error instanceof ConflictError)) throw error;
              conflicts++;
            }
          }
        }
      }),
    );
    expectAllOnce(await idsOf(store));
    console.log(
      `PGlite, expected: ${WRITERS * PER_WRITER} events, ${conflicts} conflicts reported and retried, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await store.close();
    await dropStore(db, table);
  });

  requireServerInCi();
  if (DATABASE_URL !== undefined) {
    const url = DATABASE_URL;
    for (const mode of ['plain', 'expected'] as const) {
      it(`server: ${WRITERS} processes (${mode}), creating the schema at once, land every event exactly once`, {
        timeout: 600_000,
      }, async () => {
        const table = freshPrefix(`conc_${mode}`);
        const started = Date.now();
        const summaries = await runWriters((tag) => [
          'postgres',
          url,
          tag,
          String(PER_WRITER),
          String(BATCH),
          mode,
          table,
        ]);
        const pool = serverPool();
        const store = await PostgresEventStore.open(pool, { table });
        expectAllOnce(await idsOf(store));
        expect(await store.version()).toBe(WRITERS * PER_WRITER);
        const conflicts = summaries.reduce((n, s) => n + s.conflicts, 0);
        if (mode === 'plain') expect(conflicts).toBe(0);
        console.log(
          `PostgreSQL server, ${mode}: ${WRITERS * PER_WRITER} events from ${WRITERS} processes, ` +
            `${conflicts} conflicts reported and retried, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        await store.close();
        await dropStore(pool, table);
        await pool.end();
      });
    }
  }
});
