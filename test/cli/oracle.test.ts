// Every question `positions --help` lists (stances and its panels, timeline, diff, divergence, alignment,
// show), asked of generated datasets through the CLI's own `run()` in this process, with `--format json`,
// and compared with the reference model (test/support/reference-model.ts), never with the library's
// answers. The formats' shapes are tested elsewhere (queries.test.ts, answers.test.ts); this file tests
// what the answers are.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { checkProperty, runsOf } from '../support/property.js';
import { run } from '../../src/cli/run.js';
import { type Stream, streamArb, SEVERAL_BLOCS } from '../support/arbitraries.js';
import { DATASET_FOLDER } from '../support/dataset-model.js';
import { DOCUMENTS } from '../support/fixtures.js';
import { spanOf } from '../support/naive-time.js';
import { itemsOf, liveAt, ReferenceModel } from '../support/reference-model.js';
import {
  expectedAlignment,
  expectedDiff,
  expectedDivergence,
  expectedStances,
  expectedTimeline,
} from './support/expected.js';

/** The fixed seed; each run writes a dataset folder and asks it about forty questions in-process. */
const SEED = 20_261_128;
const RUNS = 30;

/** Runs `positions …args --format json` in this process and parses what it printed. */
async function ask(args: readonly string[]): Promise<unknown> {
  const out: string[] = [];
  const err: string[] = [];
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(text(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(text(chunk));
    return true;
  });
  const exitCode = process.exitCode;
  let code: number;
  try {
    code = await run([...args, '--format', 'json']);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = exitCode;
  }
  if (code !== 0) throw new Error(`positions ${args.join(' ')} exited ${code}: ${err.join('')}`);
  return JSON.parse(out.join(''));
}

/** A dataset folder of the generated world's vocabulary, its documents and the stream's raw events. */
function folderOf(stream: Stream): string {
  const folder = mkdtempSync(join(tmpdir(), 'positions-oracle-'));
  writeFileSync(join(folder, 'vocabulary.json'), JSON.stringify(SEVERAL_BLOCS.vocabulary));
  const documents = DOCUMENTS.map((id) => ({
    id,
    title: `Title of ${id}`,
    publishedAt: '2024',
    precision: 'year',
    reason: 'made up',
  }));
  writeFileSync(join(folder, 'sources.json'), JSON.stringify({ documents }));
  writeFileSync(join(folder, 'events.ndjson'), stream.raw.map((e) => `${JSON.stringify(e)}\n`).join(''));
  return folder;
}

/** Query times as a shell gives them: fixed ones of every precision, and ones taken from the stream. */
const FIXED_TIMES = ['2023', '2024', '2024-02-29', '2024-12-31', '2025-01-14T10:30Z', '2025-03', '2025-12-31', '2026'];
function timeArb(stream: Stream): fc.Arbitrary<string> {
  const own = stream.events.flatMap((e) => [
    e.recordedAt,
    ...(e.type === 'statement' && !e.statedAt.includes('/') ? [e.statedAt] : []),
  ]);
  return own.length === 0
    ? fc.constantFrom(...FIXED_TIMES)
    : fc.oneof(fc.constantFrom(...FIXED_TIMES), fc.constantFrom(...own));
}

/**
 * docs/cli.md, "Without --at": the day (UTC) of the last instant of the latest-ending `statedAt` among
 * the statements known at K, retracted ones included; undefined when none is known.
 */
function lastDay(model: ReferenceModel, knownAt: string | undefined): string | undefined {
  const bound = knownAt === undefined ? Infinity : spanOf(knownAt).end;
  let end = -Infinity;
  for (const item of itemsOf(model.events))
    if (item.event.type === 'statement' && item.recorded < bound) end = Math.max(end, spanOf(item.event.statedAt).end);
  return end === -Infinity ? undefined : new Date(end - 1).toISOString().slice(0, 10);
}

const caseArb = streamArb(30, false, SEVERAL_BLOCS).chain((stream) =>
  fc.record({
    stream: fc.constant(stream),
    times: fc.uniqueArray(timeArb(stream), { minLength: 2, maxLength: 2 }),
    knownAt: fc.option(timeArb(stream), { nil: undefined }),
    inherit: fc.boolean(),
    shown: fc.nat(),
  }),
);

describe(`CLI answers on generated datasets equal the reference model's (seed ${SEED}, ${RUNS} runs)`, () => {
  test('stances, panels, timeline, diff, divergence, alignment and show', async () => {
    let answered = 0;
    await checkProperty(
      fc.asyncProperty(caseArb, async ({ stream, times, knownAt, inherit, shown }) => {
        const model = new ReferenceModel(stream.events, SEVERAL_BLOCS.vocabulary);
        const data = ['--data', folderOf(stream)];
        const known = knownAt === undefined ? [] : ['--known-at', knownAt];
        const inherits = inherit ? ['--inherit'] : [];
        const [from, to] = [...times].sort((a, b) => spanOf(a).end - spanOf(b).end) as [string, string];

        // stances at each time, whole and filtered to one party.
        for (const at of [from, to]) {
          const cells = model.cells(at, knownAt, inherit);
          answered += cells.length;
          expect(await ask(['stances', ...data, '--at', at, ...known, ...inherits])).toStrictEqual(
            expectedStances(at, knownAt ?? null, cells),
          );
        }
        const party = SEVERAL_BLOCS.vocabulary.parties[shown % SEVERAL_BLOCS.vocabulary.parties.length]?.id as string;
        expect(await ask(['stances', ...data, '--at', to, '--party', party, ...known, ...inherits])).toStrictEqual(
          expectedStances(
            to,
            knownAt ?? null,
            model.cells(to, knownAt, inherit).filter((c) => c.party === party),
          ),
        );

        // stances without --at: the last day the known statements reach.
        const day = lastDay(model, knownAt);
        if (day !== undefined)
          expect(await ask(['stances', ...data, ...known, ...inherits])).toStrictEqual(
            expectedStances(day, knownAt ?? null, model.cells(day, knownAt, inherit)),
          );

        // A panel by year is one stances answer per year, as of the end of that year.
        expect(
          await ask(['stances', ...data, '--from', '2024', '--to', '2025', '--every', 'year', ...known, ...inherits]),
        ).toStrictEqual({
          panel: ['2024', '2025'].map((year) =>
            expectedStances(year, knownAt ?? null, model.cells(year, knownAt, inherit)),
          ),
        });

        // timeline of every cell that could have one.
        for (const [p, i] of model.keys(inherit)) {
          const timeline = model.timeline(p, i, knownAt, inherit);
          answered += timeline.changes.length;
          expect(
            await ask(['timeline', ...data, '--party', p, '--issue', i, ...known, ...inherits]),
            `timeline ${p} ${i}`,
          ).toStrictEqual(expectedTimeline(timeline));
        }

        // diff between the two times.
        const changes = model.diff(from, to, knownAt, inherit);
        answered += changes.length;
        expect(await ask(['diff', ...data, '--from', from, '--to', to, ...known, ...inherits])).toStrictEqual(
          expectedDiff(from, to, changes),
        );

        // divergence and alignment never inherit (docs/design.md §6.4, §6.5), even when asked to.
        const divergence = model.divergence(to, knownAt);
        const alignment = model.alignment(to, knownAt);
        answered += divergence.length + alignment.length;
        expect(await ask(['divergence', ...data, '--at', to, ...known, ...inherits])).toStrictEqual(
          expectedDivergence(to, divergence),
        );
        expect(await ask(['alignment', ...data, '--at', to, ...known, ...inherits])).toStrictEqual(
          expectedAlignment(to, alignment),
        );

        // show: liveness as known now (§3.2) of one event and of what refers to it.
        const items = itemsOf(stream.events);
        const item = items[shown % Math.max(items.length, 1)];
        if (item !== undefined) {
          const live = liveAt(items, Infinity);
          const id = item.event.id;
          const answer = (await ask(['show', id, ...data])) as {
            id: string;
            live: boolean;
            corroborations: { id: string; live: boolean }[];
            retractedBy: { id: string; live: boolean }[];
          };
          const refersTo = (type: string) =>
            items
              .filter((i) => i.event.type === type && 'target' in i.event && i.event.target === id)
              .map((i) => ({ id: i.event.id, live: live(i.event.id) }));
          const byId = (list: { id: string; live: boolean }[]) =>
            list
              .map(({ id: event, live: alive }) => ({ id: event, live: alive }))
              .sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(answer.id).toBe(id);
          expect(answer.live, `show ${id}`).toBe(live(id));
          expect(byId(answer.corroborations), `show ${id}`).toEqual(byId(refersTo('corroboration')));
          expect(byId(answer.retractedBy), `show ${id}`).toEqual(
            byId([...refersTo('retraction'), ...refersTo('correction')]),
          );
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The runs asked about something: cells, changes and verdicts, not only empty ledgers.
    expect(answered).toBeGreaterThan(runsOf(RUNS) * 5);
  });
});

/** One question of the bundled dataset's table (seeds/ukraine-2025/questions.json), answers checked by hand. */
interface Question {
  readonly id: string;
  readonly party: string;
  readonly issue: string;
  readonly at: string;
  readonly knownAt: string | null;
  readonly expected: string | null;
  readonly expectedTerms?: Record<string, unknown>;
  readonly expectedTentative?: boolean;
  readonly expectedEvidence?: readonly { readonly event: string; readonly document: string }[];
}

describe('the question table, asked through the CLI', () => {
  const table = JSON.parse(readFileSync(join(DATASET_FOLDER, 'questions.json'), 'utf8')) as Question[];

  test.each(table.map((q) => [q.id, q] as const))('%s gets the hand-checked answer', async (_id, q) => {
    const known = q.knownAt === null ? [] : ['--known-at', q.knownAt];
    const answer = (await ask(['stances', '--at', q.at, ...known, '--party', q.party, '--issue', q.issue])) as {
      stances: {
        stance: string;
        terms?: unknown;
        tentative: boolean;
        evidence: { event: string; document: string }[];
      }[];
    };
    expect(answer.stances.length).toBeLessThanOrEqual(1);
    const cell = answer.stances[0];
    expect(cell?.stance ?? null).toBe(q.expected);
    if (q.expectedTerms !== undefined) expect(cell?.terms).toEqual(q.expectedTerms);
    if (q.expectedTentative !== undefined) expect(cell?.tentative).toBe(q.expectedTentative);
    if (q.expectedEvidence !== undefined)
      expect(cell?.evidence.map(({ event, document }) => ({ event, document }))).toEqual(q.expectedEvidence);
  });
});
