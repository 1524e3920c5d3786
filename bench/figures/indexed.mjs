// Figures on an indexed ledger of N events: as-of snapshots and one-cell lookups at random (T, K),
// and appending one event then querying, each against its baseline in this same process.
import { generateEvents, rng } from '../generate.mjs';
import { emmettAsOf, loadEmmett, naiveReplay, preparse, replayParsed } from '../lib/baselines.mjs';
import { figureArgs, measure, median, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger, parseFuzzyTime, queryBound } = await library();

const {
  events: count,
  parties,
  issues,
  seed,
  buildRuns = 3,
  queryRuns = 20,
  lookups = 20000,
  appends = 60,
} = figureArgs();
const events = generateEvents({ events: count, parties, issues, seed });
const ledger = Ledger.from(events);
const random = rng(seed + 1);
const pad = (n) => String(n).padStart(2, '0');
const span = [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)];
const randomDay = () => {
  const d = new Date(span[0] + random() * (span[1] - span[0]));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
// K is drawn at or after T half of the time ("what we know now about then"), before it otherwise.
const randomPair = () => {
  const a = randomDay();
  const b = randomDay();
  // biome-ignore lint/complexity/useMathMinMax: these are date strings, which Math.min would turn into NaN
  return random() < 0.5 ? { at: a < b ? a : b, knownAt: a < b ? b : a } : { at: a > b ? a : b, knownAt: a > b ? b : a };
};
const rows = [];

// --- As-of snapshot of every cell -------------------------------------------------------------
const pairs = Array.from({ length: queryRuns + 3 }, randomPair);
const snapshot = await measure((run) => ledger.at(pairs[run + 3].at, { knownAt: pairs[run + 3].knownAt }), {
  warmup: 3,
  runs: queryRuns,
  gc: false,
});
const replay = await measure(
  (run) => naiveReplay(events, queryBound(pairs[run + 1].at), queryBound(pairs[run + 1].knownAt), parseFuzzyTime),
  { warmup: 1, runs: Math.min(queryRuns, 5), gc: false },
);
const parsed = preparse(events, parseFuzzyTime);
const replayFast = await measure(
  (run) => replayParsed(parsed, queryBound(pairs[run + 1].at), queryBound(pairs[run + 1].knownAt)),
  { warmup: 1, runs: Math.min(queryRuns, 5), gc: false },
);
const { store, streams } = await loadEmmett(events, parseFuzzyTime);
const emmett = await measure(
  (run) => emmettAsOf(store, streams, queryBound(pairs[run + 1].at), queryBound(pairs[run + 1].knownAt)),
  { warmup: 1, runs: Math.min(queryRuns, 5), gc: false },
);

// Index = replay: every baseline must give the library's answers, or the comparison means nothing.
let mismatches = 0;
for (const pair of pairs.slice(0, 5)) {
  const t = queryBound(pair.at);
  const k = queryBound(pair.knownAt);
  const expected = naiveReplay(events, t, k, parseFuzzyTime);
  const got = new Map(
    ledger
      .at(pair.at, { knownAt: pair.knownAt })
      .cells()
      .map((c) => [`${c.party}|${c.issue}`, c.stance]),
  );
  const fromEmmett = await emmettAsOf(store, streams, t, k);
  const fromParsed = replayParsed(parsed, t, k);
  for (const answers of [got, fromEmmett, fromParsed]) {
    if (answers.size !== expected.size) mismatches++;
    for (const [cell, stance] of expected) if (answers.get(cell) !== stance) mismatches++;
  }
}
const figure = `as-of snapshot, all cells, random (T, K), ${count} events`;
const checked = `answers checked equal on 5 (T, K): ${mismatches} mismatches`;
rows.push(
  {
    key: 'asof.vs-replay',
    figure,
    measure: 'ledger.at(T, { knownAt: K })',
    value: snapshot.median,
    baseline: 'naive full replay (parses times as it goes)',
    baselineValue: replay.median,
    target: '≥ 1000× faster',
    rule: 'speedup>=1000',
    note: checked,
    mismatches,
  },
  {
    key: 'asof.vs-replay-preparsed',
    figure,
    measure: 'ledger.at(T, { knownAt: K })',
    value: snapshot.median,
    baseline: 'full replay over times parsed beforehand (stronger)',
    baselineValue: replayFast.median,
    target: '(shown for reference)',
    rule: 'none',
  },
  {
    key: 'asof.vs-emmett',
    figure,
    measure: 'ledger.at(T, { knownAt: K })',
    value: snapshot.median,
    baseline: 'Emmett aggregateStream per cell, times pre-parsed',
    baselineValue: emmett.median,
    target: '≥ 100× faster',
    rule: 'speedup>=100',
  },
);

// --- One cell -------------------------------------------------------------------------------
const cellPairs = Array.from({ length: 4096 }, randomPair);
const partyIds = Array.from({ length: parties }, (_, i) => `p${i}`);
const issueIds = Array.from({ length: issues }, (_, i) => `i${i}`);
const timings = [];
let found = 0;
for (let n = -Math.min(lookups, 2000); n < lookups; n++) {
  const pair = cellPairs[(n + 4096) % 4096];
  const party = partyIds[Math.floor(random() * parties)];
  const issue = issueIds[Math.floor(random() * issues)];
  const started = performance.now();
  const cell = ledger.cell(party, issue, pair);
  const elapsed = performance.now() - started;
  if (n >= 0) {
    timings.push(elapsed);
    if (cell) found++;
  }
}
rows.push({
  key: 'cell',
  figure: `one cell at random (T, K), ${count} events`,
  measure: `ledger.cell(p, i, { at, knownAt }), median of ${lookups} calls`,
  value: median(timings),
  target: 'median ≤ 5 µs',
  rule: 'value<=0.005',
  note: `${found} of ${lookups} cells known; mean ${((timings.reduce((a, b) => a + b, 0) / timings.length) * 1000).toFixed(2)} µs`,
});

// --- Incremental: append one event, then query ---------------------------------------------------
const latest = new Date(Date.UTC(2026, 0, 2)).getTime();
let serial = 0;
let lastStatement;
const appendOne = () => {
  // Cycle: a new statement, a corroboration of it, a retraction of it (which changes liveness).
  const step = serial % 3;
  const id = `x${serial++}`;
  const recordedAt = new Date(latest + serial * 60_000).toISOString();
  const party = partyIds[serial % parties];
  const issue = issueIds[serial % issues];
  let event;
  if (step === 0) {
    lastStatement = id;
    event = {
      type: 'statement',
      id,
      parties: [party],
      issue,
      stance: 'supports',
      act: 'propose',
      attribution: 'on-record',
      statedAt: randomDay(),
      recordedAt,
      summary: 'appended one by one',
      sources: [{ document: 'd1' }],
    };
  } else if (step === 1)
    event = { type: 'corroboration', id, target: lastStatement, source: { document: 'd2' }, recordedAt };
  else event = { type: 'retraction', id, target: lastStatement, reason: 'duplicate', recordedAt };
  ledger.append([event]);
  return ledger.cell(party, issue, { at: '2026' });
};
const incremental = await measure(appendOne, { warmup: 6, runs: appends, gc: false });
const rebuild = await measure(() => Ledger.from(events).cell('p1', 'i1', { at: '2026' }), {
  warmup: 1,
  runs: buildRuns,
});
rows.push({
  key: 'incremental',
  figure: `incremental: append one event to an indexed ${count}-event ledger, then query`,
  measure: 'ledger.append([event]); ledger.cell(…)',
  value: incremental.median,
  baseline: 'rebuilding: Ledger.from(all events) then the same query',
  baselineValue: rebuild.median,
  target: '≤ 1/1000 of the rebuild',
  rule: 'ratio<=0.001',
  note: 'statement, corroboration and retraction in turn',
});
report(rows);
