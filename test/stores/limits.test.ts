/**
 * The limits of an append (docs/design.md §5): no NUL and no lone surrogate in any string of an event, a
 * summary of at most 4,000 characters and a quote of at most 20,000, at most 1 MiB per event line, and a
 * batch that is an iterable. Every store refuses each with the same problem, writes nothing, and keeps
 * working; data stored before a limit stays readable, and `positions validate` reports it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Ledger,
  MAX_QUOTE_LENGTH,
  MAX_SUMMARY_LENGTH,
  MemoryEventStore,
  parseEvent,
  ValidationError,
  ledgerFromStore,
  type EventStore,
  type Problem,
} from '../../src/index.js';
import { appendNdjson } from '../../src/ledger/append-ndjson.js';
import { FileEventStore, readLedger } from '../../src/stores/file/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { insertEvents } from '../../src/stores/postgres/rows.js';
import { namesFor } from '../../src/stores/postgres/schema.js';
import { sqlClient } from '../../src/stores/postgres/sql-client.js';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';

requireServerInCi();

const base = {
  type: 'statement',
  parties: ['ukraine'],
  issue: 'ceasefire',
  stance: 'supports',
  act: 'propose',
  attribution: 'on-record',
  statedAt: '2025-03-01',
  recordedAt: '2025-03-02T00:00:00Z',
  summary: 'Ukraine proposes a ceasefire.',
  speaker: { name: 'A. Speaker', authority: 'minister' },
  sources: [{ document: 'doc-1', quote: 'We propose a ceasefire.' }],
};

const statement = (id: string, changes: Record<string, unknown> = {}) => ({ ...base, id, ...changes });

/** Each limit: an event that breaks it, and the one problem it gets (index 0: it is the batch's only event). */
const CASES: Array<{ name: string; event: Record<string, unknown>; problem: Partial<Problem> }> = [
  {
    name: 'a NUL in the summary',
    event: statement('nul', { summary: 'cease\u0000fire' }),
    problem: {
      code: 'nul-character',
      path: ['summary'],
      message: 'the text holds a NUL character (U+0000), which no store keeps',
    },
  },
  {
    name: 'a lone high surrogate in the speaker’s name',
    event: statement('high', { speaker: { name: 'A. \ud800Speaker', authority: 'minister' } }),
    problem: {
      code: 'lone-surrogate',
      path: ['speaker', 'name'],
      message: 'the text holds a lone surrogate (half of a UTF-16 pair), which is not text',
    },
  },
  {
    name: 'a lone low surrogate in a term’s name',
    event: statement('low', { terms: { 'days\udc00': 30 } }),
    problem: {
      code: 'lone-surrogate',
      path: ['terms', 'days\udc00'],
      message: "the key 'days\ufffd' holds a lone surrogate (half of a UTF-16 pair), which is not text",
    },
  },
  {
    name: 'a NUL in a quote',
    event: statement('nul-quote', { sources: [{ document: 'doc-1', quote: '\u0000' }] }),
    problem: {
      code: 'nul-character',
      path: ['sources', 0, 'quote'],
      message: 'the text holds a NUL character (U+0000), which no store keeps',
    },
  },
  {
    name: 'a summary one character over 4,000',
    event: statement('long-summary', { summary: 's'.repeat(4001) }),
    problem: {
      code: 'text-too-long',
      path: ['summary'],
      message: 'the summary is 4,001 characters long; at most 4,000 are allowed',
    },
  },
  {
    name: 'a quote one character over 20,000',
    event: statement('long-quote', { sources: [{ document: 'doc-1', quote: 'q'.repeat(20_001) }] }),
    problem: {
      code: 'text-too-long',
      path: ['sources', 0, 'quote'],
      message: 'the quote is 20,001 characters long; at most 20,000 are allowed',
    },
  },
  {
    name: 'a corroboration’s quote over 20,000',
    event: {
      type: 'corroboration',
      id: 'long-corroboration',
      target: 'fits',
      recordedAt: '2025-03-03T00:00:00Z',
      source: { document: 'doc-2', quote: 'q'.repeat(20_001) },
    },
    problem: {
      code: 'text-too-long',
      path: ['source', 'quote'],
      message: 'the quote is 20,001 characters long; at most 20,000 are allowed',
    },
  },
];

/** Within every limit, at the edges: a summary and a quote at their maxima, a valid surrogate pair. */
const FITS = statement('fits', {
  summary: `${'s'.repeat(MAX_SUMMARY_LENGTH - 2)}\ud83d\ude00`,
  sources: [{ document: 'doc-1', quote: 'q'.repeat(MAX_QUOTE_LENGTH) }],
});

/** Terms of 60 strings of 20,000 characters: a line of about 1.2 MB, though every text is within its limit. */
const HUGE = statement('huge', {
  terms: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`t${i}`, 'x'.repeat(20_000)])),
});
const HUGE_MESSAGE = /^the event is 1,2\d\d,\d\d\d bytes as a line; at most 1,048,576 \(1 MiB\) are stored$/;

function problemsOf(error: unknown): Problem[] {
  expect(error).toBeInstanceOf(ValidationError);
  return [...(error as ValidationError).problems];
}

function shape(problems: readonly Problem[]) {
  return problems.map(({ code, path, message }) => ({ code, path, message }));
}

async function refusal(append: () => Promise<unknown> | unknown): Promise<Problem[]> {
  try {
    await append();
  } catch (error) {
    return problemsOf(error);
  }
  throw new Error('the append was not refused');
}

type StoreTarget = { name: string; open: () => Promise<{ store: EventStore; done: () => Promise<void> }> };
const targets: StoreTarget[] = [
  { name: 'memory', open: async () => ({ store: new MemoryEventStore(), done: async () => undefined }) },
  {
    name: 'NDJSON file',
    open: async () => {
      const folder = await mkdtemp(join(tmpdir(), 'positions-limits-'));
      const store = await FileEventStore.open(join(folder, 'events.ndjson'), { create: true });
      return { store, done: () => rm(folder, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL on PGlite',
    open: async () => {
      const db = await sharedPGlite();
      const table = freshPrefix('limits');
      return { store: await PostgresEventStore.open(db, { table }), done: () => dropStore(db, table) };
    },
  },
];
if (DATABASE_URL !== undefined) {
  const pool = serverPool();
  afterAll(() => pool.end());
  targets.push({
    name: 'PostgreSQL server (DATABASE_URL)',
    open: async () => {
      const table = freshPrefix('limits');
      return { store: await PostgresEventStore.open(pool, { table }), done: () => dropStore(pool, table) };
    },
  });
}

describe('the limits on a Ledger', () => {
  for (const { name, event, problem } of CASES) {
    it(`refuses ${name}, by objects and by NDJSON lines alike`, async () => {
      const ledger = Ledger.from([FITS]);
      const byObject = await refusal(() => ledger.append([event]));
      expect(shape(byObject)).toEqual([problem]);
      const byLine = await refusal(() => appendNdjson(ledger, `${JSON.stringify(event)}\n`));
      expect(shape(byLine)).toEqual([problem]);
      expect(ledger.size).toBe(1);
    });
  }

  it('refuses an event whose line would pass 1 MiB, by object (a line that long is refused as a line)', async () => {
    const [problem] = await refusal(() => new Ledger().append([HUGE]));
    expect(problem?.code).toBe('line-too-long');
    expect(problem?.message).toMatch(HUGE_MESSAGE);
    const [asLine] = await refusal(() => appendNdjson(new Ledger(), `${JSON.stringify(HUGE)}\n`));
    expect(asLine?.code).toBe('line-too-long');
  });

  it('takes texts at their maxima and a valid surrogate pair', () => {
    expect(new Ledger().append([FITS]).added.map((e) => e.id)).toEqual(['fits']);
    expect(appendNdjson(new Ledger(), JSON.stringify(FITS)).added).toBe(1);
  });
});

for (const target of targets) {
  describe(`the limits on the ${target.name} store`, () => {
    for (const { name, event, problem } of CASES) {
      it(`refuses ${name} and writes nothing`, async () => {
        const { store, done } = await target.open();
        try {
          await store.append([FITS]);
          expect(shape(await refusal(() => store.append([event])))).toEqual([problem]);
          expect(await store.version()).toBe(1);
        } finally {
          await store.close();
          await done();
        }
      });
    }

    it('refuses an event over 1 MiB as a line, then takes the next append', async () => {
      const { store, done } = await target.open();
      try {
        const [problem, ...rest] = await refusal(() => store.append([HUGE]));
        expect(rest).toEqual([]);
        expect(problem?.code).toBe('line-too-long');
        expect(problem?.message).toMatch(HUGE_MESSAGE);
        expect(await store.version()).toBe(0);
        expect((await store.append([FITS])).version).toBe(1);
        const [stored] = await collect(store);
        expect(stored).toMatchObject({ summary: FITS.summary, sources: FITS.sources });
      } finally {
        await store.close();
        await done();
      }
    });

    it('refuses what is not an iterable of events with a ValidationError', async () => {
      const { store, done } = await target.open();
      try {
        for (const [batch, got] of [
          [42, 'number'],
          [null, 'null'],
          ['{"type":"statement"}', 'string'],
          [{ type: 'statement' }, 'object'],
        ] as const) {
          const problems = await refusal(() => store.append(batch as unknown as Iterable<unknown>));
          expect(shape(problems)).toEqual([
            { code: 'not-a-batch', path: [], message: `append takes an iterable of events, got ${got}` },
          ]);
        }
        expect(await store.version()).toBe(0);
      } finally {
        await store.close();
        await done();
      }
    });
  });
}

async function collect(store: EventStore): Promise<unknown[]> {
  const events: unknown[] = [];
  for await (const { event } of store.read()) events.push(event);
  return events;
}

// Stored before the limits: a summary of 5,000 characters and a NUL in a quote (written as JSON escapes).
const OLD = statement('old', {
  summary: 'o'.repeat(5000),
  sources: [{ document: 'doc-1', quote: 'before\u0000after' }],
});

describe('data stored before a limit', () => {
  it('stays readable from a file, takes new appends, and positions validate reports it', async () => {
    await ensureCliBuilt();
    const folder = await mkdtemp(join(tmpdir(), 'positions-limits-old-'));
    try {
      const file = join(folder, 'events.ndjson');
      await writeFile(file, `${JSON.stringify(OLD)}\n`);
      expect(readLedger(file).get('old')?.type).toBe('statement');
      const store = await FileEventStore.open(file);
      expect(((await collect(store))[0] as { summary: string }).summary).toHaveLength(5000);
      expect((await store.append([FITS])).version).toBe(2);
      expect((await ledgerFromStore(store)).size).toBe(2);
      await store.close();
      const before = await readFile(file, 'utf8');

      const run = positions(['validate', file, '--data', file, '--format', 'json']);
      expect(run.code, run.stderr).toBe(1);
      const report = JSON.parse(run.stdout) as { valid: boolean; problems: Array<{ line: number; code: string }> };
      expect(report.valid).toBe(false);
      expect(report.problems.map((p) => [p.line, p.code])).toEqual([
        [1, 'nul-character'],
        [1, 'text-too-long'],
      ]);
      expect(await readFile(file, 'utf8')).toBe(before);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  const databases: Array<{ name: string; db: () => Promise<Parameters<typeof PostgresEventStore.open>[0]> }> = [
    { name: 'PGlite', db: () => sharedPGlite() },
  ];
  if (DATABASE_URL !== undefined) databases.push({ name: 'the server', db: async () => serverPool() });
  for (const { name, db: open } of databases) {
    it(`stays readable from PostgreSQL on ${name}, and the store takes new appends`, async () => {
      const db = await open();
      const table = freshPrefix('limits_old');
      const store = await PostgresEventStore.open(db, { table });
      try {
        // PostgreSQL cannot hold a NUL in json: the old event breaks the summary limit only.
        const old = parseEvent({ ...OLD, sources: [{ document: 'doc-1' }] });
        const client = await sqlClient(db);
        await client.transaction((tx) => insertEvents(tx, namesFor(table), [old as never], 1, () => old as never));
        expect(((await collect(store))[0] as { summary: string }).summary).toHaveLength(5000);
        expect((await ledgerFromStore(store)).get('old')?.type).toBe('statement');
        expect((await store.at('2025-12-31')).cell('ukraine', 'ceasefire')?.stance).toBe('supports');
        // A retraction of the old statement reads it back as the store's own, without the limits.
        const retraction = { type: 'retraction', target: 'old', reason: 'duplicate', recordedAt: '2025-04-01T00:00Z' };
        expect((await store.append([retraction])).version).toBe(2);
      } finally {
        await store.close();
        await dropStore(db as never, table);
        if (typeof db === 'object' && 'totalCount' in db) await db.end();
      }
    });
  }
});
