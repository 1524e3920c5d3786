// The built package reads a large file on real worker threads (docs/design.md §9.2), and the ledger it
// reads answers as the one read on a single thread, or is refused for the same problems, on the same lines.
// Run in a child process, through the package's exports, as an installed copy runs.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConsumer, requireBuild } from '../package/built-package.js';

let consumer: string;
beforeAll(() => {
  requireBuild();
  consumer = makeConsumer();
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

/** Events with explicit ids, links back across the whole file, and a correction now and then. */
function events(count: number): string[] {
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    const day = `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    const recordedAt = `${day}T${String(n % 24).padStart(2, '0')}:00Z`;
    if (n % 10 === 7)
      lines.push(
        JSON.stringify({
          type: 'retraction',
          id: `r${n}`,
          target: `s${Math.max(0, n - 7 - 10 * (n % 50))}`,
          reason: 'misreport',
          recordedAt: '2026-01-01T00:00Z',
        }),
      );
    else if (n % 10 === 9)
      lines.push(
        JSON.stringify({
          type: 'correction',
          id: `c${n}`,
          target: `s${n - 1}`,
          reason: 'mistranslation',
          recordedAt: '2026-02-01T00:00Z',
          replacement: {
            id: `s${n}-fixed`,
            parties: [`p${n % 7}`],
            issue: `i${n % 11}`,
            stance: 'neutral',
            act: 'assert',
            attribution: 'reportedly',
            statedAt: day.slice(0, 7),
            summary: `corrected ${n}`,
            sources: [{ document: `d${n % 5}`, quote: `"quoted" ${n}` }],
          },
        }),
      );
    else
      lines.push(
        JSON.stringify({
          type: 'statement',
          id: `s${n}`,
          parties: [`p${n % 7}`, `p${(n * 3) % 7}`].filter((p, i, all) => all.indexOf(p) === i),
          issue: `i${n % 11}`,
          stance: ['demands', 'supports', 'neutral', 'opposes', 'rejects'][n % 5],
          act: 'assert',
          attribution: 'on-record',
          statedAt: day,
          recordedAt,
          summary: `statement ${n} é`,
          sources: [{ document: `d${n % 5}` }],
          ...(n % 13 === 0 ? { terms: { years: n % 20 } } : {}),
        }),
      );
  }
  return lines;
}

/** Reads `file` with 1 and with `threads` threads in a child process; returns both outcomes and the workers started. */
function readBothWays(file: string, threads: number): { one: unknown; many: unknown; workers: number } {
  const script = join(consumer, 'read-both-ways.mjs');
  writeFileSync(
    script,
    `import { readLedger } from 'positions-ledger/file';
let workers = 0;
process.on('worker', () => workers++);
function outcome(threads) {
  try {
    const ledger = readLedger(${JSON.stringify(file)}, { threads });
    const answer = {
      size: ledger.size,
      events: ledger.events(),
      cells: ledger.at('2025-12-31').cells(),
      asKnown: ledger.at('2025-06-30', { knownAt: '2025-09-01' }).cells(),
      timeline: ledger.timeline('p1', 'i1'),
    };
    ledger.close();
    return answer;
  } catch (error) {
    return { problems: error.problems ?? String(error) };
  }
}
const one = outcome(1);
const many = outcome(${threads});
// The 'worker' event is emitted on the next turn of the event loop.
setImmediate(() => process.stdout.write(JSON.stringify({ one, many, workers })));
`,
  );
  return JSON.parse(execFileSync(process.execPath, [script], { cwd: consumer, encoding: 'utf8', maxBuffer: 1 << 28 }));
}

describe('reading a file on worker threads (built package)', () => {
  it('answers as a read on one thread, with workers started', () => {
    const file = join(consumer, 'events.ndjson');
    writeFileSync(file, `${events(6000).join('\n')}\n`);
    const { one, many, workers } = readBothWays(file, 3);
    expect(workers).toBe(2);
    expect((one as { size: number }).size).toBe(6000);
    expect(many).toEqual(one);
  });

  it('refuses a file with a bad line in a worker’s range for the same problems, on the same lines', () => {
    const file = join(consumer, 'bad.ndjson');
    const lines = events(3000);
    // Late in the file, so in a worker's range: an unknown stance, a duplicate id, a target never stated.
    lines.splice(2500, 0, lines[2500]?.replace('"stance":"', '"stance":"maybe-') ?? '');
    lines.splice(2800, 0, lines[10]?.replace('statement 10', 'statement ten') ?? '');
    lines.push(
      JSON.stringify({
        type: 'retraction',
        id: 'late',
        target: 'nowhere',
        reason: 'misreport',
        recordedAt: '2026-01-01T00:00Z',
      }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { one, many, workers } = readBothWays(file, 3);
    expect(workers).toBe(2);
    const problems = (one as { problems: { line: number; code: string }[] }).problems;
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2501, 'schema'],
      [2801, 'id-conflict'],
      [3003, 'unknown-target'],
    ]);
    expect(many).toEqual(one);
  });
});
