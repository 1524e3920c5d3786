/**
 * A PostgreSQL store keeps its dataset's vocabulary and sources in tables of its own (docs/stores.md):
 * a store made before them gets them, empty, and keeps working as it did; appends are checked against
 * what they hold with the same problems as the memory and file stores given the same vocabulary and
 * documents; and the CLI's `add`, `import` and aliases work with `--data postgres://…` as with a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIssue, addParty, addSource, type NewIssue } from '../../src/dataset/add-entries.js';
import { withPostgresWriter } from '../../src/dataset/postgres-writer.js';
import {
  Ledger,
  MemoryEventStore,
  ValidationError,
  type EventStore,
  type Problem,
  type VocabularyData,
} from '../../src/index.js';
import { FileEventStore } from '../../src/stores/file/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { ensureCliBuilt } from '../cli/support/cli.js';
import { CODED_ENTRIES, codedDataset, positionsIn, scratch, writeIn } from '../cli/support/scratch.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';
import { SEED_EVENTS } from './seed-events.js';

requireServerInCi();

type Db = Parameters<typeof PostgresEventStore.open>[0] & { query(text: string): Promise<unknown> };
const databases: Array<{ name: string; db: () => Promise<Db> }> = [{ name: 'PGlite', db: () => sharedPGlite() }];
let pool: pg.Pool | undefined;
if (DATABASE_URL !== undefined) {
  databases.push({ name: 'PostgreSQL server', db: async () => (pool ??= serverPool()) });
}
afterAll(() => pool?.end());

const VOCABULARY: VocabularyData = {
  parties: [
    { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] },
    { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] },
  ],
  issues: [{ id: 'ceasefire-now', title: 'Ceasefire now', proposition: 'An immediate ceasefire.', topic: 'ceasefire' }],
};
const DOCUMENT = { id: 'talks-1', title: 'Talks resume', publishedAt: '2025-03-01', precision: 'day' } as const;

const statement = (changes: Record<string, unknown>) => ({
  type: 'statement',
  id: 's1',
  parties: ['russia'],
  issue: 'ceasefire-now',
  stance: 'opposes',
  act: 'reject',
  attribution: 'on-record',
  statedAt: '2025-03-01',
  recordedAt: '2025-03-02T00:00:00Z',
  summary: 'Russia rejects an immediate ceasefire.',
  speaker: { name: 'A. Speaker', authority: 'minister' },
  sources: [{ document: 'talks-1' }],
  ...changes,
});
const BAD = statement({ parties: ['rusia'], sources: [{ document: 'talks-2' }] });
const BAD_PROBLEMS = [
  {
    code: 'unknown-party',
    path: ['parties', 0],
    message: "unknown party 'rusia'",
    suggestion: "did you mean 'russia'?",
    index: 0,
  },
  {
    code: 'unknown-document',
    path: ['sources', 0, 'document'],
    message: "unknown source document 'talks-2'",
    suggestion: "did you mean 'talks-1'?",
    index: 0,
  },
];

async function refusal(store: EventStore, events: unknown[]): Promise<readonly Problem[]> {
  try {
    await store.append(events);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error('the append was not refused');
}

for (const { name, db: open } of databases) {
  describe(`the dataset tables of a PostgreSQL store on ${name}`, () => {
    it('are added, empty, to a store made before them, which keeps taking any ids as it did', async () => {
      const db = await open();
      const table = freshPrefix('dataset_upgrade');
      try {
        const first = await PostgresEventStore.open(db, { table });
        await first.append(SEED_EVENTS.slice(0, 40));
        await first.close();
        // What a store made by the previous version looks like: no vocabulary or sources table.
        await db.query(`DROP TABLE ${table}_vocabulary, ${table}_sources`);
        const present = async () =>
          (
            (await db.query(
              `SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('${table}_vocabulary', '${table}_sources')`,
            )) as { rows: Array<{ n: number }> }
          ).rows[0]?.n;
        expect(await present()).toBe(0);

        const store = await PostgresEventStore.open(db, { table });
        expect(await present()).toBe(2);
        expect(store.vocabulary).toBeUndefined();
        // No vocabulary and no documents: a typo'd party and any document are taken, as before.
        await store.append([statement({ id: 'typo', parties: ['rusia'], sources: [{ document: 'anything' }] })]);
        await store.append(SEED_EVENTS.slice(40));
        const ledger = Ledger.from(SEED_EVENTS);
        expect(JSON.stringify(await store.at('2025-12-31'))).toBe(
          JSON.stringify(
            Ledger.from([
              ...SEED_EVENTS,
              statement({ id: 'typo', parties: ['rusia'], sources: [{ document: 'anything' }] }),
            ]).at('2025-12-31'),
          ),
        );
        expect(ledger.size + 1).toBe(await store.version());
        await store.close();
      } finally {
        await dropStore(db, table);
      }
    });

    it('refuse an unknown party and document with the problems of the memory and folder stores', async () => {
      const db = await open();
      const table = freshPrefix('dataset_rules');
      const cwd = scratch();
      const folder = join(cwd, 'talks');
      mkdirSync(folder);
      writeFileSync(join(folder, 'vocabulary.json'), JSON.stringify(VOCABULARY));
      writeFileSync(join(folder, 'sources.json'), JSON.stringify({ documents: [DOCUMENT] }));
      writeFileSync(join(folder, 'events.ndjson'), '');
      try {
        await withPostgresWriter(
          db,
          async (writer) => {
            for (const party of VOCABULARY.parties)
              await addParty(writer, { id: party.id, name: party.name, aliases: [...(party.aliases ?? [])] });
            await addIssue(writer, { ...(VOCABULARY.issues[0] as NewIssue) });
            await addSource(writer, { ...DOCUMENT });
          },
          { table },
        );
        const stores: Array<[string, EventStore]> = [
          ['memory', new MemoryEventStore({ vocabulary: VOCABULARY, documents: [DOCUMENT.id] })],
          ['folder', await FileEventStore.open(folder, { documents: [DOCUMENT.id] })],
          ['PostgreSQL', await PostgresEventStore.open(db, { table })],
        ];
        for (const [label, store] of stores) {
          expect(await refusal(store, [BAD]), label).toEqual(BAD_PROBLEMS);
          expect(await store.version(), label).toBe(0);
          expect((await store.append([statement({})])).version, label).toBe(1);
          expect(store.vocabulary?.resolveParty('Moscow'), label).toBe('russia');
          await store.close();
        }
      } finally {
        await dropStore(db, table);
      }
    });

    it('are read again by each append: what another session added since the store was opened counts', async () => {
      const db = await open();
      const table = freshPrefix('dataset_later');
      try {
        await withPostgresWriter(db, (writer) => addSource(writer, { ...DOCUMENT }), { table });
        const store = await PostgresEventStore.open(db, { table });
        expect(store.vocabulary).toBeUndefined();
        await withPostgresWriter(
          db,
          async (writer) => {
            for (const party of VOCABULARY.parties) await addParty(writer, { id: party.id, name: party.name });
            await addIssue(writer, { ...(VOCABULARY.issues[0] as NewIssue) });
          },
          { table },
        );
        expect((await refusal(store, [BAD])).map((p) => p.code)).toEqual(['unknown-party', 'unknown-document']);
        expect(store.vocabulary?.parties.map((p) => p.id)).toEqual(['russia', 'ukraine']);
        await store.close();
      } finally {
        await dropStore(db, table);
      }
    });
  });
}

describe.runIf(DATABASE_URL !== undefined)('the CLI on a PostgreSQL database, as on a folder', () => {
  // A database of its own: the CLI writes the default tables (positions_*), which other suites use too.
  const name = `positions_dataset_${process.pid}`;
  let url = '';
  let admin: pg.Pool;
  beforeAll(async () => {
    await ensureCliBuilt();
    admin = serverPool();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const parsed = new URL(DATABASE_URL as string);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('add, import, aliases and refusals print what they print for a folder', () => {
    const cwd = scratch();
    const folder = codedDataset(cwd);
    // The same entries, added the same way, to the database.
    const coded = positionsIn(cwd, ['add', ...(CODED_ENTRIES[0] ?? []), '--data', url]);
    expect(coded.code, coded.stderr).toBe(0);
    expect(coded.stdout).toBe(
      `Added party ukraine to ${url.replace(':postgres@', ':***@')} (positions_vocabulary): Ukraine, a state, also called Kyiv\n`,
    );
    for (const args of CODED_ENTRIES.slice(1)) {
      const run = positionsIn(cwd, ['add', ...args, '--data', url]);
      expect(run.code, run.stderr).toBe(0);
    }
    const header = 'parties,issue,stance,terms,act,attribution,statedAt,summary,quote,document';
    const bad = [
      header,
      'Ukriane,security-guarantees,demands,,demand,reportedly,2025-12,Kyiv wants guarantees that bind.,,paris-talks',
      'Moscow,security-guarantees,rejects,,reject,on-record,2026-01-06,Moscow refuses any foreign troops.,,paris-talk',
    ].join('\n');
    const good = bad.replace('Ukriane', 'Ukraine').replace(/,paris-talk$/, ',paris-talks');
    writeIn(cwd, 'bad.csv', bad);
    writeIn(cwd, 'good.csv', good);
    const both = (args: string[]) => {
      const onFolder = positionsIn(cwd, [...args, '--data', folder]);
      const onDatabase = positionsIn(cwd, [...args, '--data', url]);
      expect(onDatabase.stderr, args.join(' ')).toBe(onFolder.stderr);
      expect(onDatabase.code, args.join(' ')).toBe(onFolder.code);
      return { onFolder, onDatabase };
    };
    const refused = both(['import', 'bad.csv']);
    expect(refused.onDatabase.code).toBe(1);
    expect(refused.onDatabase.stderr).toBe(
      [
        "row 2, column parties: unknown party 'Ukriane' — did you mean 'ukraine'?",
        "row 3, column document: unknown source document 'paris-talk' — did you mean 'paris-talks'?",
        'positions: nothing imported: bad.csv has problems in 2 rows',
        '',
      ].join('\n'),
    );
    const imported = both(['import', 'good.csv', '--format', 'json']);
    expect(imported.onDatabase.code).toBe(0);
    expect(JSON.parse(imported.onDatabase.stdout).added).toEqual(JSON.parse(imported.onFolder.stdout).added);
    // Aliases resolve: Moscow is russia.
    const stances = both(['stances', '--party', 'Moscow', '--at', '2026-01-31']);
    expect(stances.onDatabase.stdout).toBe(stances.onFolder.stdout);
    expect(stances.onDatabase.stdout).toMatch(/^Stances at 2026-01-31: 1 known\n/);
    // An appended event with a typo'd party and an unknown document: the same refusal, nothing written.
    writeIn(
      cwd,
      'typo.ndjson',
      `${JSON.stringify({
        type: 'statement',
        parties: ['rusia'],
        issue: 'security-guarantees',
        stance: 'rejects',
        act: 'reject',
        attribution: 'on-record',
        statedAt: '2026-01-07',
        recordedAt: '2026-01-08T00:00:00Z',
        summary: 'Russia rejects the guarantees.',
        sources: [{ document: 'paris-talk' }],
      })}\n`,
    );
    const typo = both(['append', 'typo.ndjson']);
    expect(typo.onDatabase.code).toBe(1);
    expect(typo.onDatabase.stderr).toContain("parties[0]: unknown party 'rusia' — did you mean 'russia'?");
    expect(typo.onDatabase.stderr).toContain("unknown source document 'paris-talk' — did you mean 'paris-talks'?");
    const sources = both(['sources', '--format', 'json']);
    expect(sources.onDatabase.stdout).toBe(sources.onFolder.stdout);
  });
});
