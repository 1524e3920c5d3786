// Figure: the PostgreSQL store's queries, answered in SQL, at two table sizes (a tenth of the events, then
// all of them) to see whether they stay flat as the table grows, and `stances` (store.at) against loading
// every stored event and folding in memory. Also how long storing the events through validated appends
// takes. Uses the server in DATABASE_URL when set, else PGlite in-process (reported in the rows).
import { generateEvents, rng } from '../generate.mjs';
import { figureArgs, measure, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger } = await library();
const { PostgresEventStore, ledgerFromStore } = await library('postgres');

const { events: requested, parties, issues, seed, tiny } = figureArgs();
const server = process.env.DATABASE_URL;
// PGlite holds its whole database in this process's WebAssembly memory: there the table is capped, and the
// rows say so. On a server every requested event is stored.
const count = server === undefined ? Math.min(requested, 100_000) : requested;
const small = Math.round(count / 10);
/** Events per append: each append is one validated, all-or-nothing transaction. */
const BATCH = 10_000;

let database = server;
let admin;
if (database === undefined) {
  const { PGlite } = await import('@electric-sql/pglite');
  database = await PGlite.create();
  admin = database;
} else {
  const pg = (await import('pg')).default;
  admin = new pg.Client({ connectionString: server });
  await admin.connect();
}
const table = `bench_${process.pid}`;
const store = await PostgresEventStore.open(database, { table });
const random = rng(seed + 2);
const pad = (n) => String(n).padStart(2, '0');
const randomDay = () => {
  const d = new Date(Date.UTC(2015, 0, 1) + random() * (Date.UTC(2026, 0, 1) - Date.UTC(2015, 0, 1)));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const pairs = Array.from({ length: 64 }, () => {
  const a = randomDay();
  const b = randomDay();
  return a < b ? { at: a, knownAt: b } : { at: b, knownAt: a };
});
const pair = (run) => pairs[(run + 8) % pairs.length];
const runs = tiny ? 2 : 7;

/** The queries measured at both sizes, each over a different (T, K) per run. */
const QUERIES = [
  {
    key: 'at',
    measure: 'store.at(T, { knownAt: K }) (`stances`)',
    ask: (run) => store.at(pair(run).at, { knownAt: pair(run).knownAt }),
  },
  {
    key: 'timeline',
    measure: 'store.timeline(party, issue, { knownAt: K }) (one cell, every run)',
    ask: (run) => store.timeline(`p${run % parties}`, `i${run % issues}`, { knownAt: pair(run).knownAt }),
  },
  {
    key: 'diff',
    measure: 'store.diff(T1, T2, { knownAt: K }) (two folds)',
    ask: (run) => store.diff(pair(run).at, pair(run + 1).at, { knownAt: pair(run).knownAt }),
  },
  {
    key: 'divergence',
    measure: 'store.divergence(T, { knownAt: K })',
    ask: (run) => store.divergence(pair(run).at, { knownAt: pair(run).knownAt }),
  },
  {
    key: 'alignment',
    measure: 'store.alignment(T, { knownAt: K })',
    ask: (run) => store.alignment(pair(run).at, { knownAt: pair(run).knownAt }),
  },
];

const events = generateEvents({ events: count, parties, issues, seed });
const appendAll = async (from, to) => {
  const started = performance.now();
  for (let n = from; n < to; n += BATCH) await store.append(events.slice(n, Math.min(to, n + BATCH)));
  return performance.now() - started;
};
// Fresh planner statistics after each load, as autovacuum would gather on a live server, so that both
// sizes are planned from what the tables hold rather than from whatever autovacuum reached meanwhile.
const analyze = () => admin.query(`ANALYZE ${table}_events, ${table}_entries, ${table}_claims, ${table}_cells`);
const timeAll = async () => {
  const medians = {};
  for (const query of QUERIES) medians[query.key] = (await measure(query.ask, { warmup: 1, runs, gc: false })).median;
  return medians;
};

let mismatches = 0;
try {
  const loadSmall = await appendAll(0, small);
  await analyze();
  const atSmall = await timeAll();
  const loadRest = await appendAll(small, count);
  await analyze();
  const atFull = await timeAll();
  const loadAndFold = await measure(
    (run) => ledgerFromStore(store).then((ledger) => ledger.at(pair(run).at, { knownAt: pair(run).knownAt })),
    { warmup: 0, runs: tiny ? 1 : 2 },
  );
  // The SQL answers must be the in-memory ones, or the comparison means nothing.
  const ledger = Ledger.from(events);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  for (const run of [0, 1, 2]) {
    const { at, knownAt } = pair(run);
    const next = pair(run + 1).at;
    const party = `p${run}`;
    const issue = `i${run}`;
    if (!same((await store.at(at, { knownAt })).cells(), ledger.at(at, { knownAt }).cells())) mismatches++;
    if (!same(await store.timeline(party, issue, { knownAt }), ledger.timeline(party, issue, { knownAt })))
      mismatches++;
    if (!same(await store.diff(at, next, { knownAt }), ledger.diff(at, next, { knownAt }))) mismatches++;
    if (!same(await store.divergence(at, { knownAt }), ledger.divergence(at, { knownAt }))) mismatches++;
    if (!same(await store.alignment(at, { knownAt }), ledger.alignment(at, { knownAt }))) mismatches++;
  }
  const where = server === undefined ? 'PGlite in-process' : 'PostgreSQL server (DATABASE_URL)';
  const stored = `${count} stored events${count < requested ? ` (capped from ${requested} on PGlite)` : ''}`;
  const figure = `PostgreSQL queries in SQL, ${stored}, ${where}`;
  const checked = `answers equal to the in-memory ledger's on 3 (T, K), every query: ${mismatches} mismatches`;
  const load = loadSmall + loadRest;
  report([
    {
      key: 'postgres',
      figure,
      measure: 'store.at(T, { knownAt: K }), folded in SQL (`stances`)',
      value: atFull.at,
      baseline: 'load every event (ledgerFromStore) and fold in memory',
      baselineValue: loadAndFold.median,
      target: 'faster',
      rule: 'ratio<1',
      note: checked,
      mismatches,
    },
    {
      key: 'postgres.growth',
      figure,
      measure: `store.at at ${count} events ÷ at ${small} events`,
      value: atFull.at / atSmall.at,
      unit: '×',
      target: 'no full load; ≤ 1.5× its time at a tenth of the events',
      rule: 'value<=1.5',
      note: `${small}: ${atSmall.at.toFixed(1)} ms; ${count}: ${atFull.at.toFixed(1)} ms`,
    },
    ...QUERIES.filter((query) => query.key !== 'at').map((query) => ({
      key: `postgres.${query.key}`,
      figure,
      measure: `${query.measure} at ${count} events`,
      value: atFull[query.key],
      baseline: `the same at ${small} events`,
      baselineValue: atSmall[query.key],
      target:
        query.key === 'timeline' ? '— (grows with the cell: its answer lists every run)' : '— (flat, as store.at)',
      rule: 'none',
    })),
    {
      key: 'postgres.load',
      figure,
      measure: `store.append of ${count} events in validated batches of ${BATCH}`,
      value: load,
      target: 'a million events in a few minutes (≤ 300 s)',
      rule: 'value<=300000',
      note: `${Math.round(count / (load / 1000))} events/s; first ${small}: ${(loadSmall / 1000).toFixed(1)} s`,
    },
  ]);
} finally {
  const { rows } = await admin.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE '${table}%'`);
  for (const { tablename } of rows) await admin.query(`DROP TABLE IF EXISTS "${tablename}" CASCADE`);
  const { rows: functions } = await admin.query(
    `SELECT proname, pg_get_function_identity_arguments(oid) AS args FROM pg_proc WHERE proname LIKE '${table}%'`,
  );
  for (const { proname, args } of functions) await admin.query(`DROP FUNCTION IF EXISTS "${proname}"(${args}) CASCADE`);
  await store.close();
  await (server === undefined ? database.close() : admin.end());
}
