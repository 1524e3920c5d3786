// Figure: fold time per event as the stream grows, each size generated afresh with the same shape: for
// the stream fold over a ledger's columns (`foldEvents(ledger, …)`) and for building the indexed ledger
// from objects (`Ledger.from(...).at`).
import { generateEvents } from '../generate.mjs';
import { figureArgs, measure, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger, foldEvents, FoldWorkspace } = await library();
const { ledgerFromNdjson } = await library('ndjson');

const { sizes, parties, issues, seed, runs = 3 } = figureArgs();
const perEvent = { stream: [], ledger: [] };
for (const size of sizes) {
  const events = generateEvents({ events: size, parties, issues, seed });
  const columns = ledgerFromNdjson(events.map((event) => `${JSON.stringify(event)}\n`));
  const workspace = new FoldWorkspace();
  const small = size <= sizes[0];
  // The same number of events through each warm-up at every size (a million), so a small stream's figure is of
  // optimised code too, not of the JIT still warming up on a few runs of 10k events.
  const options = { warmup: Math.max(1, Math.round(sizes[sizes.length - 1] / size)), runs: small ? runs * 3 : runs };
  // The stream fold keeps almost nothing between calls, so, like the few-millisecond queries, it is not run right
  // after a forced full collection (V8 then spends the next 10k-event fold re-warming: 4 ms became 10–40 ms); it is
  // cheap, so it gets more runs at every size.
  perEvent.stream.push(
    ((await measure(() => foldEvents(columns, '9999', { workspace }), { ...options, runs: runs * 3, gc: false }))
      .median *
      1000) /
      size,
  );
  perEvent.ledger.push(((await measure(() => Ledger.from(events).at('9999'), options)).median * 1000) / size);
}
const row = (key, measured, values) => ({
  key,
  figure: `scaling: fold time per event at ${sizes.join(', ')}`,
  measure: `${measured}, µs per event`,
  value: Math.max(...values) / Math.min(...values),
  unit: '×',
  target: 'flat within 1.5×',
  rule: 'value<=1.5',
  note: sizes.map((size, i) => `${size}: ${values[i].toFixed(2)} µs`).join('; '),
  perEvent: values,
});
report([
  row('scaling.stream', 'foldEvents(ledger, latest) over the columns', perEvent.stream),
  row('scaling', 'Ledger.from(events).at(latest)', perEvent.ledger),
]);
