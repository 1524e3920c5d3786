// Figure: read, validate and index N events from an NDJSON file, against JSON.parse of the same
// lines (already in memory: the strictest baseline). With { rss: true } it does one ingest only and
// reports this process's peak RSS, so nothing else held in memory is billed to it.
import { readFile } from 'node:fs/promises';
import { figureArgs, measure, peakRssMb, report } from '../lib/measure.mjs';
import { ingestNdjson } from '../lib/ingest.mjs';

const { file, events: count, runs = 3, rss = false } = figureArgs();

if (rss) {
  const ledger = await ingestNdjson(file);
  report([
    {
      key: 'ingest.rss',
      figure: `ingest: ${count} events from NDJSON`,
      measure: 'peak RSS of a process that ingests once',
      value: peakRssMb(),
      unit: 'MB',
      target: '≤ 1 GB',
      rule: 'value<=1024',
      note: `${ledger.size} events`,
    },
  ]);
} else {
  const read = await measure(() => readFile(file, 'utf8'), { warmup: 1, runs });
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
  const parse = await measure(
    () => {
      let last;
      for (let n = 0; n < lines.length; n++) last = JSON.parse(lines[n]);
      return last;
    },
    { warmup: 1, runs },
  );
  const ingest = await measure(() => ingestNdjson(file), { warmup: 1, runs });
  report([
    {
      key: 'ingest',
      figure: `ingest: ${count} events from NDJSON`,
      measure: 'stream the file in 1 MB chunks, JSON.parse, validate, index (one batch per chunk)',
      value: ingest.median,
      baseline: 'JSON.parse of the same lines, already in memory',
      baselineValue: parse.median,
      target: '≤ 1.5× the baseline',
      rule: 'ratio<=1.5',
      note: `reading the file alone: ${read.median.toFixed(0)} ms`,
    },
  ]);
}
