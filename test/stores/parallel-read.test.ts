// Reading a file in ranges (docs/design.md §9.2): the ranges after the first are scanned into tables of
// their own and taken into the ledger, and the ledger must end exactly as a read on one thread leaves it.
// Here the ranges are scanned on the calling thread (from source there is no worker script); the suite
// test/stores/parallel-read-threads.test.ts runs the built bundle's real worker threads.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Ledger, ValidationError } from '../../src/index.js';
import { LEDGER_STATE } from '../../src/ledger/ledger-internals.js';
import { lineRanges } from '../../src/stores/file/line-ranges.js';
import { workerScans } from '../../src/stores/file/scan-workers.js';
import { appendNdjsonFile, appendNdjsonFileInline, readLedger } from '../../src/stores/file/read-ledger.js';
import { ledgerAnswers } from '../support/answers.js';
import { SEVERAL_BLOCS, streamWithQueriesArb } from '../support/arbitraries.js';
import { checkProperty } from '../support/property.js';
import { tableState } from '../support/table-state.js';

const folder = mkdtempSync(join(tmpdir(), 'parallel-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const vocabulary = SEVERAL_BLOCS.vocabulary;

/** What reading `file` gives: the ledger's whole state and answers, or the problems it was refused for. */
function outcome(read: (ledger: Ledger) => void, queries: Parameters<typeof ledgerAnswers>[1]): unknown {
  const ledger = new Ledger({ vocabulary });
  try {
    read(ledger);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // Refused whole: the ledger holds nothing of the file.
    expect(ledger.size).toBe(0);
    return { problems: error.problems };
  }
  try {
    return { table: tableState(ledger[LEDGER_STATE].table), answers: ledgerAnswers(ledger, queries) };
  } finally {
    ledger.close();
  }
}

/** Lines that make a range's scan stop early, or the read fail, placed among an event stream's lines. */
const noise = fc.constantFrom(
  'blank',
  'crlf',
  'same-again',
  'changed-again',
  'no-id',
  'escaped',
  'unknown-party',
  'not-json',
  'forward-link',
);

type Noise = typeof noise extends fc.Arbitrary<infer T> ? T : never;

/** The stream's lines with `noise[i]` applied after line `at[i]`. */
function linesOf(raw: readonly Record<string, unknown>[], additions: readonly [number, Noise][]): string[] {
  const lines = raw.map((event) => JSON.stringify(event));
  const out: string[] = [];
  const byLine = new Map<number, Noise[]>();
  for (const [at, kind] of additions) byLine.set(at % Math.max(1, lines.length), [...(byLine.get(at) ?? []), kind]);
  lines.forEach((line, i) => {
    out.push(line);
    for (const kind of byLine.get(i) ?? []) {
      const event = raw[i] as Record<string, unknown>;
      if (kind === 'blank') out.push('   ');
      else if (kind === 'crlf') out.push(`${line}\r`);
      else if (kind === 'same-again') out.push(line);
      else if (kind === 'changed-again') out.push(JSON.stringify({ ...event, note: 'told differently' }));
      else if (kind === 'no-id') {
        const { id: _id, ...rest } = event;
        out.push(JSON.stringify(rest));
      } else if (kind === 'escaped') out.push(line.replace(/"id":"/, '"id":"\\u0078'));
      else if (kind === 'unknown-party' && event['type'] === 'statement')
        out.push(JSON.stringify({ ...event, id: `${String(event['id'])}-x`, parties: ['nobody'] }));
      else if (kind === 'not-json') out.push('{"type":');
      else if (kind === 'forward-link')
        out.push(
          JSON.stringify({
            type: 'retraction',
            id: `${String(event['id'])}-later`,
            target: String(raw[raw.length - 1]?.['id']),
            reason: 'misreport',
            recordedAt: '2099-01-01T00:00Z',
          }),
        );
    }
  });
  return out;
}

describe('reading a file in ranges', () => {
  it('leaves the ledger exactly as reading it on one thread does, wherever the file is cut (seed 9301)', () => {
    let run = 0;
    checkProperty(
      fc.property(
        streamWithQueriesArb(30, 2, false, SEVERAL_BLOCS),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        ({ stream, queries }, additions, cutAt, lastNewline) => {
          // The stored form, with every id written out: an event without one is left to the schema path,
          // which the noise brings in on purpose.
          const lines = linesOf(stream.events as unknown as Record<string, unknown>[], additions);
          const text = lines.join('\n') + (lastNewline ? '\n' : '');
          const file = join(folder, `cut-${run++}.ndjson`);
          writeFileSync(file, text);
          // Cut at line starts chosen by index.
          const starts: number[] = [];
          let offset = 0;
          for (const line of lines) {
            starts.push(offset);
            offset += Buffer.byteLength(line) + 1;
          }
          const cuts = [...new Set(cutAt.map((n) => starts[n % starts.length] as number))]
            .filter((cut) => cut > 0)
            .sort((a, b) => a - b);
          const once = outcome((ledger) => appendNdjsonFile(ledger, file, { threads: 1 }), queries);
          const inRanges = outcome((ledger) => readInto(ledger, file, cuts), queries);
          expect(inRanges).toEqual(once);
        },
      ),
      { seed: 9301, numRuns: 150 },
    );
  });

  it('takes a worker’s events after events already in the ledger, ids and links included', () => {
    const first = join(folder, 'first.ndjson');
    const second = join(folder, 'second.ndjson');
    const statement = (id: string, day: string) =>
      JSON.stringify({
        type: 'statement',
        id,
        parties: ['ukraine'],
        issue: 'ceasefire',
        stance: 'supports',
        statedAt: day,
        recordedAt: `${day}T12:00Z`,
        act: 'assert',
        attribution: 'on-record',
        summary: 'said so',
        sources: [{ document: 'doc-1' }],
      });
    const retraction = (id: string, target: string) =>
      JSON.stringify({ type: 'retraction', id, target, reason: 'misreport', recordedAt: '2025-03-01T00:00Z' });
    writeFileSync(first, `${statement('a', '2025-01-01')}\n`);
    writeFileSync(
      second,
      [statement('b', '2025-01-02'), retraction('r1', 'a'), retraction('r2', 'c'), statement('c', '2025-01-03')].join(
        '\n',
      ),
    );
    const cut = Buffer.byteLength(`${statement('b', '2025-01-02')}\n`);
    const once = new Ledger();
    const inRanges = new Ledger();
    try {
      readInto(once, first, []);
      readInto(once, second, []);
      readInto(inRanges, first, []);
      readInto(inRanges, second, [cut]);
      expect(tableState(inRanges[LEDGER_STATE].table)).toEqual(tableState(once[LEDGER_STATE].table));
      expect(inRanges.at('2025-12-31').cells()).toEqual(once.at('2025-12-31').cells());
    } finally {
      once.close();
      inRanges.close();
    }
  });
});

describe('lineRanges', () => {
  it('cuts a file into ranges that start at line starts and cover it once, in order (seed 9302)', () => {
    let run = 0;
    checkProperty(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '\r', ' '), maxLength: 400 }), { maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 7 }),
        (lines, lastNewline, workers) => {
          const text = lines.join('\n') + (lastNewline ? '\n' : '');
          const file = join(folder, `ranges-${run++}.txt`);
          writeFileSync(file, text);
          const bytes = Buffer.from(text);
          const fd = openSync(file, 'r');
          try {
            const ranges = lineRanges(fd, bytes.length, workers);
            if (bytes.length === 0) {
              expect(ranges).toEqual([]);
              return;
            }
            expect(ranges[0]?.[0]).toBe(0);
            expect(ranges.at(-1)?.[1]).toBe(bytes.length);
            ranges.forEach(([start, end], n) => {
              expect(end).toBeGreaterThan(start);
              if (n > 0) {
                expect(start).toBe(ranges[n - 1]?.[1]);
                expect(bytes[start - 1]).toBe(0x0a);
              }
            });
            expect(ranges.length).toBeLessThanOrEqual(workers + 1);
          } finally {
            closeSync(fd);
          }
        },
      ),
      { seed: 9302, numRuns: 200 },
    );
  });

  it('drops a cut that finds no line end before the next one', () => {
    const file = join(folder, 'one-long-line.ndjson');
    writeFileSync(file, `${'x'.repeat(300_000)}\n{}\n`);
    const fd = openSync(file, 'r');
    try {
      expect(lineRanges(fd, 300_004, 3)).toEqual([
        [0, 300_001],
        [300_001, 300_004],
      ]);
    } finally {
      closeSync(fd);
    }
  });
});

describe('worker scans', () => {
  it('gives up on a worker that never starts, so its ranges are read by the caller', () => {
    const script = join(folder, 'broken-worker.mjs');
    writeFileSync(script, 'throw new Error("cannot load");\n');
    const file = join(folder, 'tiny.ndjson');
    writeFileSync(file, '{}\n{}\n');
    const scans = workerScans(new URL(`file://${script}`), file, [[0, 3]], 1, 300);
    try {
      expect(scans.take(0)).toBeUndefined();
    } finally {
      scans.close();
    }
  });

  it('reads a file whose worker failed on the calling thread, with the same result', () => {
    const file = join(folder, 'fallback.ndjson');
    const line = (id: string) =>
      JSON.stringify({
        type: 'statement',
        id,
        parties: ['ukraine'],
        issue: 'ceasefire',
        stance: 'opposes',
        statedAt: '2025-02',
        recordedAt: '2025-02-10T00:00Z',
        act: 'reject',
        attribution: 'on-record',
        summary: 'no',
        sources: [{ document: 'doc-2' }],
      });
    writeFileSync(file, `${line('x1')}\n${line('x2')}\n${line('x3')}\n`);
    const once = readLedger(file, { threads: 1 });
    // From source there is no worker script: any number of threads reads on the calling thread alone.
    const asked = readLedger(file, { threads: 4 });
    try {
      expect(tableState(asked[LEDGER_STATE].table)).toEqual(tableState(once[LEDGER_STATE].table));
    } finally {
      once.close();
      asked.close();
    }
  });

  it('refuses a number of threads that is not a positive integer', () => {
    const file = join(folder, 'threads.ndjson');
    writeFileSync(file, '');
    expect(() => readLedger(file, { threads: 0 })).toThrow('threads must be a positive integer, got 0');
    expect(() => readLedger(file, { threads: 1.5 })).toThrow('threads must be a positive integer, got 1.5');
  });
});

function readInto(ledger: Ledger, file: string, cuts: readonly number[]): void {
  appendNdjsonFileInline(ledger, file, cuts);
}
