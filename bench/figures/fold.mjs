// Figure: the latest snapshot folded from N events, against (a) a last-writer-wins loop and (b) Emmett's
// in-memory aggregateStream over the same already-parsed objects. The library's fold of a stream is
// `foldEvents` over a ledger's columns (what the CLI does for one question about a file: the events
// are read into columns once, then folded in one pass without the index); the snapshot on a built index,
// building a validated ledger from objects, and folding stored event objects are shown beside it.
import { generateEvents } from '../generate.mjs';
import { emmettLatest, lastWriterWins, loadEmmett } from '../lib/baselines.mjs';
import { figureArgs, measure, median, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger, foldEvents, FoldWorkspace, parseFuzzyTime } = await library();
const { ledgerFromNdjson } = await library('ndjson');

const { events: count, parties, issues, seed, buildRuns = 3, queryRuns = 20 } = figureArgs();
const events = generateEvents({ events: count, parties, issues, seed });
const LATEST = '9999';

// The library and both baselines alternate run for run, before the indexed ledger is built, so a burst of load or a
// large heap to collect hits all three alike.
const { store, streams } = await loadEmmett(events, parseFuzzyTime);
// The events as columns, read once from their NDJSON text (as a file is read).
const columns = ledgerFromNdjson(events.map((event) => `${JSON.stringify(event)}\n`));
const workspace = new FoldWorkspace();
const folds = [];
const loops = [];
const emmetts = [];
for (let run = -3; run < queryRuns; run++) {
  const fold = await measure(() => foldEvents(columns, LATEST, { workspace }), { warmup: 0, runs: 1, gc: false });
  const loop = await measure(() => lastWriterWins(events, issues), { warmup: 0, runs: 1, gc: false });
  const emmett =
    run % 4 === 0 || run < 0
      ? await measure(() => emmettLatest(store, streams), { warmup: 0, runs: 1, gc: false })
      : undefined;
  if (run >= 0) {
    folds.push(fold.median);
    loops.push(loop.median);
    if (emmett !== undefined) emmetts.push(emmett.median);
  }
}
const objects = await measure(() => foldEvents(events, LATEST), { warmup: 1, runs: buildRuns });
const build = await measure(() => Ledger.from(events).at(LATEST), { warmup: 1, runs: buildRuns });
const ledger = Ledger.from(events);
const snapshot = await measure(() => ledger.at(LATEST), { warmup: 3, runs: queryRuns, gc: false });

// The stream fold must give the indexed ledger's answers, cell for cell, or the comparison means nothing.
const expected = JSON.stringify(ledger.at(LATEST).cells());
const mismatches =
  JSON.stringify(foldEvents(columns, LATEST).cells()) === expected &&
  JSON.stringify(foldEvents(events, LATEST).cells()) === expected
    ? 0
    : 1;
const cells = ledger.at(LATEST).cells().length;
const figure = `fold: latest snapshot from ${count} events`;
const fold = median(folds);
const loop = median(loops);
report([
  {
    key: 'fold.stream.vs-loop',
    figure,
    measure: 'foldEvents(ledger, latest): the fold of §3 in one pass over the columns, no index',
    value: fold,
    baseline: '(a) last-writer-wins loop, interned ids, array',
    baselineValue: loop,
    target: '≤ 2× (a)',
    rule: 'ratio<=2',
    note: `${cells} cells, equal to the ledger's: ${mismatches} mismatches`,
    mismatches,
  },
  {
    key: 'fold.stream.vs-emmett',
    figure,
    measure: 'foldEvents(ledger, latest), over the columns',
    value: fold,
    baseline: '(b) Emmett in-memory aggregateStream, stream per cell',
    baselineValue: median(emmetts),
    target: 'faster than (b)',
    rule: 'ratio<1',
  },
  {
    key: 'fold.snapshot.vs-loop',
    figure,
    measure: 'ledger.at(latest) on the built index',
    value: snapshot.median,
    baseline: '(a) last-writer-wins loop',
    baselineValue: loop,
    target: '≤ 2× (a)',
    rule: 'ratio<=2',
  },
  {
    key: 'fold.snapshot.vs-emmett',
    figure,
    measure: 'ledger.at(latest) on the built index',
    value: snapshot.median,
    baseline: '(b) Emmett aggregateStream',
    baselineValue: median(emmetts),
    target: 'faster than (b)',
    rule: 'ratio<1',
  },
  {
    key: 'fold.objects.vs-loop',
    figure,
    measure: 'foldEvents(events, latest) on stored event objects: columns written from them, then folded',
    value: objects.median,
    baseline: '(a) last-writer-wins loop',
    baselineValue: loop,
    target: '(reference: the objects read into columns first)',
    rule: 'none',
  },
  {
    key: 'fold.build.vs-loop',
    figure,
    measure: 'Ledger.from(events).at(latest): validate, normalise, index, fold',
    value: build.median,
    baseline: '(a) last-writer-wins loop',
    baselineValue: loop,
    target: '(reference: validation and indexing, see ingest)',
    rule: 'none',
  },
]);
