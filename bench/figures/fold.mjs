// Figure: the latest snapshot folded from N events in memory, against (a) a last-writer-wins loop
// and (b) Emmett's in-memory aggregateStream, all over the same already-parsed objects.
import { generateEvents } from '../generate.mjs';
import { emmettLatest, lastWriterWins, loadEmmett } from '../lib/baselines.mjs';
import { figureArgs, measure, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger, parseFuzzyTime } = await library();

const { events: count, parties, issues, seed, buildRuns = 3, queryRuns = 20 } = figureArgs();
const events = generateEvents({ events: count, parties, issues, seed });
const LATEST = '9999';

const build = await measure(() => Ledger.from(events).at(LATEST), { warmup: 1, runs: buildRuns });
const ledger = Ledger.from(events);
const snapshot = await measure(() => ledger.at(LATEST), { warmup: 3, runs: queryRuns, gc: false });
const loop = await measure(() => lastWriterWins(events, issues), { warmup: 3, runs: queryRuns, gc: false });
const { store, streams } = await loadEmmett(events, parseFuzzyTime);
const emmett = await measure(() => emmettLatest(store, streams), { warmup: 1, runs: Math.max(3, queryRuns >> 2), gc: false });

const cells = ledger.at(LATEST).cells().length;
const figure = `fold: latest snapshot from ${count} events`;
report([
  { key: 'fold.build.vs-loop', figure, measure: 'Ledger.from(events).at(latest): validate, index, fold', value: build.median, baseline: '(a) last-writer-wins loop, interned ids, array', baselineValue: loop.median, target: '≤ 2× (a)', rule: 'ratio<=2', note: `${cells} cells` },
  { key: 'fold.build.vs-emmett', figure, measure: 'Ledger.from(events).at(latest)', value: build.median, baseline: '(b) Emmett in-memory aggregateStream, stream per cell', baselineValue: emmett.median, target: 'faster than (b)', rule: 'ratio<1' },
  { key: 'fold.snapshot.vs-loop', figure, measure: 'ledger.at(latest) on the built index', value: snapshot.median, baseline: '(a) last-writer-wins loop', baselineValue: loop.median, target: '≤ 2× (a)', rule: 'ratio<=2' },
  { key: 'fold.snapshot.vs-emmett', figure, measure: 'ledger.at(latest) on the built index', value: snapshot.median, baseline: '(b) Emmett aggregateStream', baselineValue: emmett.median, target: 'faster than (b)', rule: 'ratio<1' },
]);
