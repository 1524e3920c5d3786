// Reference rows that take two of the missed targets apart, each against the same baseline as its target, in
// the same process: what parsing valid time alone costs next to the last-writer-wins loop (the fold target), and
// what streaming the file and validating each event alone cost next to JSON.parse of lines in memory (the ingest
// target). Nothing here is a target; the rows say how much of each budget is spent before the library's own work.
import { open, readFile } from 'node:fs/promises';
import { generateEvents } from '../generate.mjs';
import { lastWriterWins } from '../lib/baselines.mjs';
import { figureArgs, measure, median, report } from '../lib/measure.mjs';
import { library } from '../lib/library.mjs';

const { fuzzyTimeBounds, readEvent } = await library();
const { file, events: count, parties, issues, seed, runs = 3 } = figureArgs();

// --- Valid time against the loop, alternating run for run ----------------------------------------
const events = generateEvents({ events: count, parties, issues, seed });
const bounds = { start: 0, end: 0 };
const parseStatedAt = () => {
  let sum = 0;
  for (let n = 0; n < events.length; n++) {
    const event = events[n];
    if (event.type !== 'statement') continue;
    fuzzyTimeBounds(event.statedAt, bounds);
    sum += bounds.start;
  }
  return sum;
};
const loops = [];
const parses = [];
for (let run = -2; run < runs * 3; run++) {
  const loop = await measure(() => lastWriterWins(events, issues), { warmup: 0, runs: 1, gc: false });
  const parse = await measure(parseStatedAt, { warmup: 0, runs: 1, gc: false });
  if (run >= 0) {
    loops.push(loop.median);
    parses.push(parse.median);
  }
}

// --- Reading and validating against JSON.parse of the lines in memory --------------------------
const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
const parseLines = () => {
  let last;
  for (let n = 0; n < lines.length; n++) last = JSON.parse(lines[n]);
  return last;
};
const streamLines = async (take) => {
  const handle = await open(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let rest = '';
  let last;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const end = buffer.lastIndexOf(10, bytesRead - 1);
      const text = rest + buffer.toString('utf8', 0, end);
      rest = buffer.toString('utf8', end + 1, bytesRead);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        last = take(text.slice(start, nl));
        start = nl + 1;
      }
      if (start < text.length) last = take(text.slice(start));
    }
    if (rest !== '') last = take(rest);
  } finally {
    await handle.close();
  }
  return last;
};
const readLine = (line) => {
  const result = readEvent(JSON.parse(line));
  if (!result.ok) throw new Error('a line is not a valid event');
  return result.event;
};
const streamAndParse = () => streamLines(JSON.parse);
const streamAndRead = () => streamLines(readLine);
const parseAndRead = () => {
  let last;
  for (let n = 0; n < lines.length; n++) {
    const result = readEvent(JSON.parse(lines[n]));
    if (!result.ok) throw new Error(`line ${n + 1} is not a valid event`);
    last = result.event;
  }
  return last;
};
const baselines = [];
const streamed = [];
const read = [];
const both = [];
for (let run = -1; run < runs; run++) {
  const baseline = await measure(parseLines, { warmup: 0, runs: 1 });
  const stream = await measure(streamAndParse, { warmup: 0, runs: 1 });
  const validated = await measure(parseAndRead, { warmup: 0, runs: 1 });
  const streamedAndValidated = await measure(streamAndRead, { warmup: 0, runs: 1 });
  if (run >= 0) {
    baselines.push(baseline.median);
    streamed.push(stream.median);
    read.push(validated.median);
    both.push(streamedAndValidated.median);
  }
}

const why = 'the part of a missed target spent before the library does its own work';
report([
  {
    key: 'anatomy.valid-time',
    figure: `anatomy of the fold target, ${count} events`,
    measure: 'parse every statedAt (fuzzyTimeBounds) and nothing else',
    value: median(parses),
    baseline: '(a) last-writer-wins loop',
    baselineValue: median(loops),
    target: `(reference: ${why})`,
    rule: 'none',
  },
  {
    key: 'anatomy.stream',
    figure: `anatomy of the ingest target, ${count} events`,
    measure: 'stream the file in 1 MB chunks, split, JSON.parse: no ledger',
    value: median(streamed),
    baseline: 'JSON.parse of the same lines, already in memory',
    baselineValue: median(baselines),
    target: `(reference: ${why})`,
    rule: 'none',
  },
  {
    key: 'anatomy.validate',
    figure: `anatomy of the ingest target, ${count} events`,
    measure: 'JSON.parse then readEvent (validate, normalise, freeze), nothing kept',
    value: median(read),
    baseline: 'JSON.parse of the same lines, already in memory',
    baselineValue: median(baselines),
    target: `(reference: ${why})`,
    rule: 'none',
  },
  {
    key: 'anatomy.stream-validate',
    figure: `anatomy of the ingest target, ${count} events`,
    measure: 'stream the file, JSON.parse and readEvent each line, nothing kept: no ledger',
    value: median(both),
    baseline: 'JSON.parse of the same lines, already in memory',
    baselineValue: median(baselines),
    target: `(reference: ${why})`,
    rule: 'none',
  },
]);
