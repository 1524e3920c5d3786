// Figure: read, validate and index N events from an NDJSON file into a Ledger (readLedger: the file read
// as bytes in 1 MiB chunks, each line scanned into the columns, texts left on disk; then the index built
// by a first question), against JSON.parse of the same lines (already in memory: the strictest
// baseline). With { rss: true } it ingests once only and reports this process's peak RSS, so nothing
// else held in memory is billed to it.
import { readFile } from 'node:fs/promises';
import { library } from '../lib/library.mjs';
import { figureArgs, measure, peakRssMb, report } from '../lib/measure.mjs';

const { readLedger } = await library('file');
const { file, events: count, runs = 3, rss = false, threads } = figureArgs();

/** A ledger of the file with its index built (a first one-cell question builds it). */
function ingest() {
  // By default a file of 16 MiB or more is read on one thread per core; `threads: 1` keeps it on one.
  const ledger = readLedger(file, threads === undefined ? {} : { threads });
  ledger.cell('p0', 'i0', { at: '9999' });
  return ledger;
}

if (rss) {
  const ledger = ingest();
  const oneThread = threads === 1;
  report([
    {
      key: oneThread ? 'ingest.rss.one-thread' : 'ingest.rss',
      figure: `ingest: ${count} events from NDJSON`,
      measure: oneThread
        ? 'the same, the file read on one thread (readLedger(file, { threads: 1 }))'
        : 'peak RSS of a process that reads the file into an indexed ledger once (texts left on disk; threads: the default)',
      value: peakRssMb(),
      unit: 'MB',
      target: oneThread ? '(reference: the memory the worker threads add)' : '≤ 250 MB (must not exceed 600 MB)',
      rule: oneThread ? 'none' : 'value<=250',
      note: `${ledger.size} events`,
    },
  ]);
  ledger.close();
} else {
  const read = await measure(() => readFile(file), { warmup: 1, runs });
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
  const parse = await measure(
    () => {
      let last;
      for (let n = 0; n < lines.length; n++) last = JSON.parse(lines[n]);
      return last;
    },
    { warmup: 1, runs },
  );
  const ingested = await measure(() => ingest().close(), { warmup: 1, runs });
  report([
    {
      key: 'ingest',
      figure: `ingest: ${count} events from NDJSON`,
      measure:
        'readLedger(file) and a first question: bytes scanned into columns (one thread per core from 16 MiB), validated, indexed',
      value: ingested.median,
      baseline: 'JSON.parse of the same lines, already in memory',
      baselineValue: parse.median,
      target: '≤ 1.5× the baseline (must not exceed 2.5×)',
      rule: 'ratio<=1.5',
      note: `reading the file alone: ${read.median.toFixed(0)} ms`,
    },
  ]);
}
