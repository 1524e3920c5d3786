// Figure: fold time per event as the stream grows, each size generated afresh with the same shape.
import { generateEvents } from '../generate.mjs';
import { figureArgs, measure, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { Ledger } = await library();

const { sizes, parties, issues, seed, runs = 3 } = figureArgs();
const perEvent = [];
for (const size of sizes) {
  const events = generateEvents({ events: size, parties, issues, seed });
  const { median } = await measure(() => Ledger.from(events).at('9999'), { warmup: size <= sizes[0] ? 3 : 1, runs: size <= sizes[0] ? runs * 3 : runs });
  perEvent.push((median * 1000) / size);
}
const spread = Math.max(...perEvent) / Math.min(...perEvent);
report([{
  key: 'scaling', figure: `scaling: fold time per event at ${sizes.join(', ')}`, measure: 'Ledger.from(events).at(latest), µs per event',
  value: spread, unit: '×', target: 'flat within 1.5×', rule: 'value<=1.5',
  note: sizes.map((size, i) => `${size}: ${perEvent[i].toFixed(2)} µs`).join('; '), perEvent,
}]);
