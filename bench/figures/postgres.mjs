// Figure: the PostgreSQL store's as-of query (folded in SQL) against loading every stored event and
// folding in memory, at two table sizes to see whether the query stays flat as the table grows.
// Uses the server in DATABASE_URL when set, else PGlite in-process (reported in the row).
import { generateEvents, rng } from '../generate.mjs';
import { figureArgs, measure, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger } = await library();
const { PostgresEventStore, ledgerFromStore } = await library('postgres');

const { events: requested, parties, issues, seed, tiny, maxEvents = 100_000 } = figureArgs();
// Loading a million rows through validated appends takes longer than the rest of the benchmark on a
// shared machine: the table is capped at `maxEvents` unless asked for more, and the row says so.
const count = Math.min(requested, maxEvents);
const server = process.env.DATABASE_URL;
let database = server;
if (database === undefined) {
  const { PGlite } = await import('@electric-sql/pglite');
  database = await PGlite.create();
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
const runs = tiny ? 2 : 3;
const queryAt = (run) => {
  const pair = pairs[(run + 8) % pairs.length];
  return store.at(pair.at, { knownAt: pair.knownAt });
};

const events = generateEvents({ events: count, parties, issues, seed });
const small = Math.round(count / 10);
const appendAll = async (from, to) => {
  for (let n = from; n < to; n += 5_000) await store.append(events.slice(n, Math.min(to, n + 5_000)));
};
let mismatches = 0;
try {
  await appendAll(0, small);
  const atSmall = await measure(queryAt, { warmup: 1, runs });
  await appendAll(small, count);
  const atFull = await measure(queryAt, { warmup: 1, runs });
  const loadAndFold = await measure(
    (run) =>
      ledgerFromStore(store).then((ledger) =>
        ledger.at(pairs[(run + 8) % pairs.length].at, { knownAt: pairs[(run + 8) % pairs.length].knownAt }),
      ),
    { warmup: 1, runs: tiny ? 1 : 3 },
  );
  // The SQL fold must give the in-memory answers, or the comparison means nothing.
  const ledger = Ledger.from(events);
  for (const pair of pairs.slice(0, 3)) {
    const inSql = JSON.stringify((await store.at(pair.at, { knownAt: pair.knownAt })).cells());
    if (inSql !== JSON.stringify(ledger.at(pair.at, { knownAt: pair.knownAt }).cells())) mismatches++;
  }
  const where = server === undefined ? 'PGlite in-process' : 'PostgreSQL server (DATABASE_URL)';
  const figure = `PostgreSQL as-of query, ${count} stored events${count < requested ? ` (capped from ${requested})` : ''}, ${where}`;
  report([
    {
      key: 'postgres',
      figure,
      measure: 'store.at(T, { knownAt: K }), folded in SQL',
      value: atFull.median,
      baseline: 'load every event (ledgerFromStore) and fold in memory',
      baselineValue: loadAndFold.median,
      target: 'faster',
      rule: 'ratio<1',
      note: `answers equal to the in-memory ledger on 3 (T, K): ${mismatches} mismatches`,
      mismatches,
    },
    {
      key: 'postgres.growth',
      figure,
      measure: `store.at at ${count} events ÷ at ${small} events`,
      value: atFull.median / atSmall.median,
      unit: '×',
      target: 'flat as the table grows (≤ 1.5×)',
      rule: 'value<=1.5',
      note: `${small}: ${atSmall.median.toFixed(1)} ms; ${count}: ${atFull.median.toFixed(1)} ms`,
    },
  ]);
} finally {
  if (server !== undefined) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE '${table}%'`);
    for (const { tablename } of rows) await client.query(`DROP TABLE IF EXISTS "${tablename}" CASCADE`);
    const { rows: functions } = await client.query(
      `SELECT proname, pg_get_function_identity_arguments(oid) AS args FROM pg_proc WHERE proname LIKE '${table}%'`,
    );
    for (const { proname, args } of functions)
      await client.query(`DROP FUNCTION IF EXISTS "${proname}"(${args}) CASCADE`);
    await client.end();
  }
  await store.close();
}
