/**
 * The three folds agree (docs/design.md §9): on the same generated streams, the indexed fold (`Ledger`), the
 * stream fold (`foldEvents`, with fresh working memory and with one workspace reused across every run) and
 * the SQL fold (`PostgresEventStore`, on PGlite, and on the server in DATABASE_URL when it is set) give the
 * same snapshot at every generated (T, K), with and without `inherit`, and the same cells, byte for byte.
 * The store's other queries in SQL (§6.2–§6.5: timeline, diff, divergence, alignment) give byte for byte
 * what the `Ledger`'s give, deeply frozen, with the world's vocabulary and, through a second handle on the
 * same tables, without one (as the CLI opens a store); so do its ids, its last `statedAt` end and its
 * events by id.
 *
 * The streams hold retractions of anything (retractions included), corrections (of replacements too),
 * corroborations, joint statements, fuzzy times of every precision with offsets and intervals, and two
 * worlds of blocs: one bloc, and three blocs whose members belong to several, listed out of id order, so that the tie rule
 * between blocs decides `via`. The SQL store gets each stream in batches cut at generated points. A
 * coverage count after each run fails the test if the generators stop producing any of these.
 */
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  foldEvents,
  FoldWorkspace,
  Ledger,
  type CellChange,
  type IssueDivergence,
  type LedgerEvent,
  type PairAlignment,
  type Timeline,
} from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { ONE_BLOC, streamWithQueriesArb, SEVERAL_BLOCS, type Stream, type World } from '../support/arbitraries.js';
import { ISSUES } from '../support/fixtures.js';
import { DATABASE_URL, dropStore, freshPrefix, requireServerInCi, serverPool, sharedPGlite } from './databases.js';

const params = { seed: 4242, numRuns: 40 };

type Db = { query(text: string): Promise<unknown> } & Parameters<typeof PostgresEventStore.open>[0];

interface Target {
  readonly name: string;
  db(): Promise<{ db: Db; done(): Promise<void> }>;
}

const targets: Target[] = [
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

const WORLDS: ReadonlyArray<{ name: string; world: World }> = [
  { name: 'one bloc', world: ONE_BLOC },
  { name: 'several blocs per member', world: SEVERAL_BLOCS },
];

/** What the generated streams held, summed over a property's runs. */
type Coverage = Record<
  | 'retractionOfRetraction'
  | 'correctionOfReplacement'
  | 'jointStatement'
  | 'jointOfSeveralBlocs'
  | 'corroboration'
  | 'year'
  | 'month'
  | 'day'
  | 'minute'
  | 'second'
  | 'millisecond'
  | 'interval'
  | 'offset'
  | 'inheritQuery'
  | 'knownAtQuery'
  | 'timelineOfSeveralChanges'
  | 'timelineViaBloc'
  | 'diffChange'
  | 'diffAppeared'
  | 'contested'
  | 'consensus'
  | 'disagree',
  number
>;

function emptyCoverage(): Coverage {
  return {
    retractionOfRetraction: 0,
    correctionOfReplacement: 0,
    jointStatement: 0,
    jointOfSeveralBlocs: 0,
    corroboration: 0,
    year: 0,
    month: 0,
    day: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    interval: 0,
    offset: 0,
    inheritQuery: 0,
    knownAtQuery: 0,
    timelineOfSeveralChanges: 0,
    timelineViaBloc: 0,
    diffChange: 0,
    diffAppeared: 0,
    contested: 0,
    consensus: 0,
    disagree: 0,
  };
}

/** What the answers held, so that the equalities below are not only ever checked on empty answers. */
function countAnswers(
  coverage: Coverage,
  answers: {
    timeline: Timeline;
    diff: readonly CellChange[];
    divergence: readonly IssueDivergence[];
    alignment: readonly PairAlignment[];
  },
): void {
  if (answers.timeline.changes.length > 1) coverage.timelineOfSeveralChanges++;
  if (answers.timeline.changes.some((c) => c.evidence.some((e) => e.via !== undefined))) coverage.timelineViaBloc++;
  for (const change of answers.diff) {
    if (change.before !== null && change.after !== null) coverage.diffChange++;
    if (change.before === null) coverage.diffAppeared++;
  }
  for (const issue of answers.divergence) {
    if (issue.verdict === 'contested') coverage.contested++;
    if (issue.verdict === 'consensus') coverage.consensus++;
  }
  if (answers.alignment.some((pair) => pair.disagree.length > 0)) coverage.disagree++;
}

/** Whether a value and everything reachable from it is frozen (docs/design.md §7, immutability). */
function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

const PRECISION: ReadonlyArray<[keyof Coverage, RegExp]> = [
  ['year', /^\d{4}$/],
  ['month', /^\d{4}-\d\d$/],
  ['day', /^\d{4}-\d\d-\d\d$/],
  ['minute', /T\d\d:\d\d(Z|[+-])/],
  ['second', /T\d\d:\d\d:\d\d(Z|[+-])/],
  ['millisecond', /T\d\d:\d\d:\d\d\.\d+/],
];

function count(coverage: Coverage, stream: Stream, world: World): void {
  const types = new Map<string, string>();
  const replacements = new Set<string>();
  for (const event of stream.events) {
    types.set(event.id, event.type);
    if (event.type === 'correction') replacements.add(event.replacement.id);
  }
  const blocs = new Set(world.vocabulary.parties.filter((p) => p.kind === 'bloc').map((p) => p.id));
  const statements: Array<{ parties: readonly string[]; statedAt: string }> = [];
  for (const event of stream.events) {
    if (event.type === 'retraction' && types.get(event.target) === 'retraction') coverage.retractionOfRetraction++;
    if (event.type === 'correction' && replacements.has(event.target)) coverage.correctionOfReplacement++;
    if (event.type === 'corroboration') coverage.corroboration++;
    if (event.type === 'statement') statements.push(event);
    if (event.type === 'correction') statements.push(event.replacement);
  }
  for (const { parties, statedAt } of statements) {
    if (parties.length > 1) coverage.jointStatement++;
    if (parties.filter((p) => blocs.has(p)).length > 1) coverage.jointOfSeveralBlocs++;
    for (const part of statedAt.split('/')) {
      for (const [name, pattern] of PRECISION) if (pattern.test(part)) coverage[name]++;
      if (/[+-]\d\d:\d\d$/.test(part)) coverage.offset++;
    }
    if (statedAt.includes('/')) coverage.interval++;
  }
}

const plain = (value: unknown): string => JSON.stringify(value);

/** The party and issue ids the statements and replacements name, each sorted as ids sort (§1.5). */
function namedIds(events: readonly LedgerEvent[]): { parties: string[]; issues: string[] } {
  const parties = new Set<string>();
  const issues = new Set<string>();
  for (const event of events) {
    const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
    if (statement === undefined) continue;
    for (const party of statement.parties) parties.add(party);
    issues.add(statement.issue);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { parties: [...parties].sort(byId), issues: [...issues].sort(byId) };
}

/**
 * The store's timeline of each looked-up cell, its diff from `at` to `to` (to `at` itself when there is no
 * next query), its divergence and its alignment equal the ledger's, and each is deeply frozen.
 */
async function sameQueries(
  coverage: Coverage,
  asked: {
    store: PostgresEventStore;
    ledger: Ledger;
    lookups: ReadonlyArray<readonly [string, string]>;
    options: { inherit: boolean; knownAt?: string | Date };
    at: string | Date;
    to: string | Date | undefined;
  },
): Promise<void> {
  const { store, ledger, lookups, options, at } = asked;
  const to = asked.to ?? at;
  const knownAt = options.knownAt === undefined ? {} : { knownAt: options.knownAt };
  expect(await store.lastStatedEnd(knownAt)).toBe(ledger.lastStatedEnd(knownAt));
  const diff = await store.diff(at, to, options);
  const divergence = await store.divergence(at, knownAt);
  const alignment = await store.alignment(at, knownAt);
  expect(plain(diff)).toBe(plain(ledger.diff(at, to, options)));
  expect(plain(divergence)).toBe(plain(ledger.divergence(at, knownAt)));
  expect(plain(alignment)).toBe(plain(ledger.alignment(at, knownAt)));
  for (const answer of [diff, divergence, alignment]) expect(deeplyFrozen(answer)).toBe(true);
  for (const [party, issue] of lookups) {
    const timeline = await store.timeline(party, issue, options);
    expect(plain(timeline)).toBe(plain(ledger.timeline(party, issue, options)));
    expect(deeplyFrozen(timeline)).toBe(true);
    countAnswers(coverage, { timeline, diff, divergence, alignment });
  }
}

for (const target of targets) {
  describe(`the three folds agree, SQL on ${target.name}`, () => {
    const cleanup: Array<() => Promise<void>> = [];
    const opened = new Map<World, { store: PostgresEventStore; bare: PostgresEventStore; db: Db; table: string }>();
    // Reused by every fold of every run: a fold must not depend on what an earlier one left in it.
    const workspace = new FoldWorkspace();

    beforeAll(async () => {
      const { db, done } = await target.db();
      cleanup.push(done);
      for (const { world } of WORLDS) {
        const table = freshPrefix('fold');
        const store = await PostgresEventStore.open(db, { vocabulary: world.vocabulary, table });
        // The same tables without a vocabulary: every party is compared, `inherit` has no blocs to use.
        const bare = await PostgresEventStore.open(db, { table });
        cleanup.push(async () => {
          await store.close();
          await bare.close();
          await dropStore(db, table);
        });
        opened.set(world, { store, bare, db, table });
      }
    });
    afterAll(async () => {
      for (const step of cleanup.reverse()) await step();
    });

    for (const { name, world } of WORLDS) {
      it(`Ledger, foldEvents and the SQL fold give equal snapshots, cells, timelines, diffs, divergence and alignment, ${name} (seed ${params.seed}, ${params.numRuns} runs)`, async () => {
        const { store, bare, db, table } = opened.get(world) as {
          store: PostgresEventStore;
          bare: PostgresEventStore;
          db: Db;
          table: string;
        };
        const parties = world.vocabulary.parties.map((p) => p.id);
        const coverage = emptyCoverage();
        await checkProperty(
          fc.asyncProperty(
            streamWithQueriesArb(24, 4, false, world),
            fc.array(fc.nat(), { maxLength: 3 }),
            fc.array(fc.tuple(fc.constantFrom(...parties), fc.constantFrom(...ISSUES)), {
              minLength: 4,
              maxLength: 8,
            }),
            async ({ stream, queries }, cuts, lookups) => {
              count(coverage, stream, world);
              await db.query(`TRUNCATE ${table}_events, ${table}_entries, ${table}_claims, ${table}_cells`);
              // Appended in batches cut at generated points: targets may sit in earlier appends.
              const points = [...new Set(cuts.map((c) => c % (stream.raw.length + 1)))].sort((a, b) => a - b);
              let from = 0;
              for (const point of [...points, stream.raw.length]) {
                await store.append(stream.raw.slice(from, point));
                from = point;
              }
              const ledger = Ledger.from(stream.raw, { vocabulary: world.vocabulary });
              const unchecked = Ledger.from(stream.raw);
              const events: readonly LedgerEvent[] = ledger.events();
              expect(await store.version()).toBe(ledger.size);
              const named = namedIds(events);
              expect(await store.parties()).toEqual(named.parties);
              expect(await store.issues()).toEqual(named.issues);
              expect(plain(await store.parties())).toBe(plain(ledger.parties()));
              expect(plain(await store.issues())).toBe(plain(ledger.issues()));
              // Every id the ledger holds (replacements' too) and one it does not.
              const ids = [
                ...events.flatMap((e) => (e.type === 'correction' ? [e.id, e.replacement.id] : [e.id])),
                'none',
              ];
              const byId = await store.eventsById(ids);
              expect([...byId.keys()].sort()).toEqual(ids.filter((id) => ledger.get(id) !== undefined).sort());
              for (const [id, event] of byId) expect(event).toEqual(ledger.get(id));
              for (const [n, query] of queries.entries()) {
                if (query.inherit) coverage.inheritQuery++;
                if (query.knownAt !== undefined) coverage.knownAtQuery++;
                const options = {
                  inherit: query.inherit,
                  ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
                };
                const indexed = ledger.at(query.at, options);
                const fresh = foldEvents(events, query.at, { ...options, vocabulary: world.vocabulary });
                const reused = foldEvents(events, query.at, { ...options, vocabulary: world.vocabulary, workspace });
                const sql = await store.at(query.at, options);
                expect(plain(fresh)).toBe(plain(indexed));
                expect(plain(reused)).toBe(plain(indexed));
                expect(plain(sql)).toBe(plain(indexed));
                for (const [party, issue] of lookups) {
                  const cell = ledger.cell(party, issue, { ...options, at: query.at });
                  expect(plain(indexed.cell(party, issue))).toBe(plain(cell));
                  expect(plain(fresh.cell(party, issue))).toBe(plain(cell));
                  expect(plain(await store.cell(party, issue, { ...options, at: query.at }))).toBe(plain(cell));
                }
                await sameQueries(coverage, { store, ledger, lookups, options, at: query.at, to: queries[n + 1]?.at });
                await sameQueries(coverage, {
                  store: bare,
                  ledger: unchecked,
                  lookups,
                  options,
                  at: query.at,
                  to: queries[n + 1]?.at,
                });
              }
            },
          ),
          params,
        );
        const missing = Object.entries(coverage)
          .filter(([key, n]) => n === 0 && !(key === 'jointOfSeveralBlocs' && world === ONE_BLOC))
          .map(([key]) => key);
        expect(missing, `generated streams never held: ${missing.join(', ')}`).toEqual([]);
      });
    }
  });
}
