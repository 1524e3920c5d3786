// Reference rows that take the ingest and CLI targets apart, each against JSON.parse of the same lines in
// memory, in the same process: reading the file in 1 MiB chunks and splitting it into lines alone; reading
// it into a ledger's columns (scanned, validated, linked) without the index, with the default threads and on
// one thread; and the index built afterwards.
// Nothing here is a target; the rows say where the time of an ingest goes.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { library } from '../lib/library.mjs';
import { figureArgs, measure, report } from '../lib/measure.mjs';

const { readLedger } = await library('file');
const { file, events: count, runs = 3 } = figureArgs();

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line !== '');
const parseLines = () => {
  let last;
  for (let n = 0; n < lines.length; n++) last = JSON.parse(lines[n]);
  return last;
};
/** The file read in 1 MiB chunks and every line end found: the floor under any reading of it. */
const splitFile = () => {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let lineEnds = 0;
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      for (let at = buffer.indexOf(10); at !== -1 && at < read; at = buffer.indexOf(10, at + 1)) lineEnds++;
    }
  } finally {
    closeSync(fd);
  }
  return lineEnds;
};

const parse = await measure(parseLines, { warmup: 1, runs });
const split = await measure(splitFile, { warmup: 1, runs });
const columns = await measure(() => readLedger(file).close(), { warmup: 1, runs });
const oneThread = await measure(() => readLedger(file, { threads: 1 }).close(), { warmup: 1, runs });
const indexed = [];
for (let run = -1; run < runs; run++) {
  const ledger = readLedger(file);
  const started = performance.now();
  ledger.cell('p0', 'i0', { at: '9999' });
  if (run >= 0) indexed.push(performance.now() - started);
  ledger.close();
}
indexed.sort((a, b) => a - b);

const figure = `anatomy of the ingest target, ${count} events`;
const baseline = 'JSON.parse of the same lines, already in memory';
const reference = '(reference: where the time of an ingest goes)';
report([
  {
    key: 'anatomy.read',
    figure,
    measure: 'read the file in 1 MiB chunks and find every line end: no decoding',
    value: split.median,
    baseline,
    baselineValue: parse.median,
    target: reference,
    rule: 'none',
  },
  {
    key: 'anatomy.columns',
    figure,
    measure: 'readLedger(file): lines scanned into columns, validated and linked, no index (default threads)',
    value: columns.median,
    baseline,
    baselineValue: parse.median,
    target: reference,
    rule: 'none',
  },
  {
    key: 'anatomy.columns.one-thread',
    figure,
    measure: 'readLedger(file, { threads: 1 }): the same on the calling thread alone',
    value: oneThread.median,
    baseline,
    baselineValue: parse.median,
    target: reference,
    rule: 'none',
  },
  {
    key: 'anatomy.index',
    figure,
    measure: 'the index built by the first question on a ledger already read',
    value: indexed[indexed.length >> 1],
    baseline,
    baselineValue: parse.median,
    target: reference,
    rule: 'none',
  },
]);
