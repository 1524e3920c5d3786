/**
 * fast-check generators of realistic event streams: joint statements, blocs, fuzzy `statedAt` of
 * mixed precision, recording lags (ties included), terms, corroborations, retractions of anything
 * (retractions included), corrections with replacements (replacements included), and given ids named
 * like prototype members. Streams respect the appending rules: each step is resolved against what came
 * before and dropped when it breaks one. Streams live in a world (a vocabulary and the parties drawn
 * most); the default one has one bloc, {@link SEVERAL_BLOCS} has three whose members share them.
 */
import fc from 'fast-check';
import type { LedgerEvent, VocabularyData } from '../../src/index.js';
import { judgeAppend } from './append-rules.js';
import { BLOCS_VOCABULARY, DOCUMENTS, EVENT_IDS, ISSUES, STANCE_LIST, VOCABULARY } from './fixtures.js';
import { naiveRead } from './naive-read.js';
import { instantOf, spanOf } from './naive-time.js';

/** The vocabulary streams are generated in, and which parties they favour. */
export interface World {
  readonly vocabulary: VocabularyData;
  /** Parties drawn most, so that cells collect several statements and joint statements meet. */
  readonly frequent: readonly string[];
  /** The parties a focused stream keeps; any other becomes `focusRest`. */
  readonly focus: readonly string[];
  readonly focusRest: string;
}

/** The default world: {@link VOCABULARY}, one bloc (`eu`). */
export const ONE_BLOC: World = {
  vocabulary: VOCABULARY,
  frequent: ['ukraine', 'russia', 'eu', 'france'],
  focus: ['ukraine', 'eu'],
  focusRest: 'france',
};

/**
 * {@link BLOCS_VOCABULARY}: every state in it but `russia` belongs to two or three blocs, listed out of id
 * order, so that a joint statement of several blocs tests the tie rule between blocs (docs/design.md §4).
 */
export const SEVERAL_BLOCS: World = {
  vocabulary: BLOCS_VOCABULARY,
  frequent: ['eu', 'coalition', 'accord', 'france', 'ukraine'],
  focus: ['ukraine', 'eu', 'coalition', 'accord'],
  focusRest: 'france',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One fuzzy time point of any precision (year … millisecond), with `Z` or an offset. */
export const fuzzyPointArb = fc
  .record({
    year: fc.constantFrom(2024, 2025),
    month: fc.constantFrom(1, 2, 3, 12),
    day: fc.constantFrom(1, 14, 28, 29, 31),
    hour: fc.constantFrom(0, 10, 23),
    minute: fc.constantFrom(0, 30, 59),
    second: fc.constantFrom(0, 15, 59),
    milli: fc.constantFrom('0', '25', '999'),
    zone: fc.constantFrom('Z', 'Z', '+02:00', '-05:00'),
    precision: fc.constantFrom('year', 'month', 'month', 'day', 'day', 'day', 'minute', 'second', 'millisecond'),
  })
  .map(({ year, month, day, hour, minute, second, milli, zone, precision }) => {
    const ymd = `${year}-${pad(month)}-${pad(Math.min(day, lastDay(year, month)))}`;
    switch (precision) {
      case 'year':
        return String(year);
      case 'month':
        return `${year}-${pad(month)}`;
      case 'day':
        return ymd;
      case 'minute':
        return `${ymd}T${pad(hour)}:${pad(minute)}${zone}`;
      case 'second':
        return `${ymd}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
      default:
        return `${ymd}T${pad(hour)}:${pad(minute)}:${pad(second)}.${milli}${zone}`;
    }
  });

/** A fuzzy `statedAt`: mostly points, sometimes an interval `A/B` (ordered so that it is valid). */
export const statedAtArb = fc.oneof(
  { weight: 4, arbitrary: fuzzyPointArb },
  // A few common values make exact ties (same statedAt, same recordedAt) frequent, so the id tie-break matters.
  { weight: 2, arbitrary: fc.constantFrom('2024', '2025-03', '2025-03-14') },
  {
    weight: 1,
    arbitrary: fc.tuple(fuzzyPointArb, fuzzyPointArb).map(([a, b]) => {
      if (spanOf(b).end > spanOf(a).start) return `${a}/${b}`;
      if (spanOf(a).end > spanOf(b).start) return `${b}/${a}`;
      return a;
    }),
  },
);

const LAGS = [0, 0, 0, 60_000, 86_400_000, 86_400_000 * 30] as const;

/** An instant `ms` written as the ledger might receive it: ISO with `Z`, or with an offset. */
function writeInstant(ms: number, offsetForm: boolean): string {
  const iso = new Date(ms).toISOString();
  if (!offsetForm) return iso;
  const shifted = new Date(ms + 2 * 3_600_000).toISOString();
  return `${shifted.slice(0, 23)}+02:00`;
}

const sourceArb = fc.record(
  { document: fc.constantFrom(...DOCUMENTS), quote: fc.constantFrom('“We insist.”', 'quoted words') },
  { requiredKeys: ['document'] },
);

const contentArbOf = (world: World) =>
  fc.record({
    // Skewed towards a few parties and issues so that cells collect several statements each.
    parties: fc.uniqueArray(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...world.frequent) },
        fc.constantFrom(...world.vocabulary.parties.map((p) => p.id)),
      ),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
    issue: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('nato', 'guarantees') }, fc.constantFrom(...ISSUES)),
    stance: fc.oneof({ weight: 2, arbitrary: fc.constantFrom('demands', 'rejects') }, fc.constantFrom(...STANCE_LIST)),
    durationYears: fc.option(fc.constantFrom(10, 15, 20), { nil: undefined }),
    format: fc.option(fc.constantFrom('coalition', 'bilateral'), { nil: undefined }),
    conditions: fc.option(fc.constantFrom('after a settlement'), { nil: undefined }),
    // Empty terms are terms all the same: a position apart from "no terms" (the fold's rule, which diff must share).
    emptyTerms: fc.boolean(),
    statedAt: statedAtArb,
    sources: fc.array(sourceArb, { minLength: 1, maxLength: 2 }),
  });
type Content = ReturnType<typeof contentArbOf> extends fc.Arbitrary<infer C> ? C : never;

/** One generated step, resolved against the stream so far by {@link buildStream}. */
export type Step =
  | { kind: 'statement'; content: Content; lag: number; id: string | undefined; offset: boolean }
  | {
      kind: 'corroboration';
      pick: number;
      lag: number;
      id: string | undefined;
      source: { document: string; quote?: string };
    }
  | { kind: 'retraction'; pick: number; lag: number; id: string | undefined; reason: string }
  | {
      kind: 'correction';
      pick: number;
      lag: number;
      id: string | undefined;
      content: Content;
      keep: boolean;
      replacementId: string | undefined;
    };

const idArb = fc.option(fc.constantFrom(...EVENT_IDS), { nil: undefined, freq: 3 });
const lagArb = fc.constantFrom(...LAGS);
const pickArb = fc.nat(1000);

/** One step of any kind, in a world. */
export const stepArbOf = (world: World): fc.Arbitrary<Step> => {
  const contentArb = contentArbOf(world);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('statement' as const),
        content: contentArb,
        lag: lagArb,
        id: idArb,
        offset: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('corroboration' as const),
        pick: pickArb,
        lag: lagArb,
        id: idArb,
        source: sourceArb,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('retraction' as const),
        pick: pickArb,
        lag: lagArb,
        id: idArb,
        reason: fc.constantFrom('misreport', 'mistranslation', 'denied-by-party', 'duplicate', 'coding-error'),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('correction' as const),
        pick: pickArb,
        lag: lagArb,
        id: idArb,
        content: contentArb,
        keep: fc.boolean(),
        replacementId: fc.option(fc.constantFrom('r1', 'valueOf', 'r.2'), { nil: undefined, freq: 3 }),
      }),
    },
  );
};

/** One step of any kind, in the default world. */
export const stepArb: fc.Arbitrary<Step> = stepArbOf(ONE_BLOC);

function statementBody(c: Content, index: number): Record<string, unknown> {
  const terms =
    c.issue === 'guarantees' && (c.durationYears !== undefined || c.format !== undefined)
      ? {
          ...(c.durationYears === undefined ? {} : { durationYears: c.durationYears }),
          ...(c.format === undefined ? {} : { format: c.format }),
        }
      : c.emptyTerms && c.stance === 'demands'
        ? {}
        : undefined;
  return {
    parties: c.parties,
    issue: c.issue,
    stance: c.stance,
    ...(terms === undefined ? {} : { terms }),
    ...(c.conditions === undefined ? {} : { conditions: c.conditions }),
    act: 'assert',
    attribution: c.parties.length > 1 ? 'joint-statement' : 'on-record',
    statedAt: c.statedAt,
    summary: `statement ${index}`,
    sources: c.sources,
  };
}

/** The stream so far: raw events as given to the ledger and the same events as the reference model reads them. */
export interface Stream {
  readonly raw: readonly Record<string, unknown>[];
  readonly events: readonly LedgerEvent[];
}

/** Statements (replacements included) and all events a step may target, each with its recorded instant. */
function targets(events: readonly LedgerEvent[]) {
  const statements: Array<{ id: string; recorded: number; parties: readonly string[]; issue: string }> = [];
  const any: Array<{ id: string; recorded: number }> = [];
  for (const e of events) {
    const recorded = instantOf(e.recordedAt);
    any.push({ id: e.id, recorded });
    if (e.type === 'statement') statements.push({ id: e.id, recorded, parties: e.parties, issue: e.issue });
    if (e.type === 'correction') {
      const r = e.replacement;
      statements.push({ id: r.id, recorded, parties: r.parties, issue: r.issue });
      any.push({ id: r.id, recorded });
    }
  }
  return { statements, any };
}

/**
 * Turns one step into a raw event against the stream so far, or `undefined` when it has nothing to target.
 * Used by the stream generator and by the model-based test.
 */
export function stepToRaw(
  step: Step,
  events: readonly LedgerEvent[],
  index: number,
): Record<string, unknown> | undefined {
  const used = new Set(events.flatMap((e) => (e.type === 'correction' ? [e.id, e.replacement.id] : [e.id])));
  const id = step.id !== undefined && !used.has(step.id) ? { id: step.id } : {};
  const { statements, any } = targets(events);
  if (step.kind === 'statement') {
    const recordedAt = writeInstant(
      Math.max(spanOf(step.content.statedAt).start, Date.UTC(2024, 0, 1)) + step.lag,
      step.offset,
    );
    return { type: 'statement', ...id, ...statementBody(step.content, index), recordedAt };
  }
  const pool = step.kind === 'retraction' ? any : statements;
  const target = pool[step.pick % Math.max(pool.length, 1)];
  if (target === undefined) return undefined;
  const recordedAt = writeInstant(target.recorded + step.lag, false);
  switch (step.kind) {
    case 'corroboration':
      return { type: 'corroboration', ...id, target: target.id, source: step.source, recordedAt };
    case 'retraction':
      return { type: 'retraction', ...id, target: target.id, reason: step.reason, recordedAt };
    default: {
      const body = statementBody(step.content, index);
      const old = statements.find((s) => s.id === target.id);
      if (step.keep && old !== undefined) Object.assign(body, { parties: [...old.parties], issue: old.issue });
      const rid =
        step.replacementId !== undefined && !used.has(step.replacementId) && step.replacementId !== step.id
          ? { id: step.replacementId }
          : {};
      return { type: 'correction', ...id, target: target.id, replacement: { ...rid, ...body }, recordedAt };
    }
  }
}

/**
 * Reads a generated raw event as the reference model does ({@link naiveRead}), never through the library's
 * `readEvent`, so tests that compare a ledger fed the raw events with the model check the reading too.
 */
export function normalise(raw: Readonly<Record<string, unknown>>): LedgerEvent {
  return naiveRead(raw);
}

/**
 * Resolves steps into a valid stream, in dependency order: a step that would break an appending
 * rule (a second live correction, a duplicate) is dropped.
 */
export function buildStream(steps: readonly Step[], world: World = ONE_BLOC): Stream {
  const raw: Record<string, unknown>[] = [];
  const events: LedgerEvent[] = [];
  steps.forEach((step, index) => {
    const candidate = stepToRaw(step, events, index);
    if (candidate === undefined) return;
    const event = normalise(candidate);
    const verdict = judgeAppend(events, [event], world.vocabulary);
    if (verdict.codes.size > 0 || verdict.fresh.length === 0) return;
    raw.push(candidate);
    events.push(event);
  });
  return { raw, events };
}

/** A step whose statement (or replacement) is about one issue, by a few parties and blocs: long runs per cell. */
export function focus(step: Step, world: World): Step {
  if (step.kind !== 'statement' && step.kind !== 'correction') return step;
  const parties = step.content.parties.map((p) => (world.focus.includes(p) ? p : world.focusRest));
  return { ...step, content: { ...step.content, issue: 'guarantees', parties: [...new Set(parties)] } };
}

/** A valid stream of up to `maxSteps` generated steps; `focused` puts most statements in a few cells. */
export function streamArb(maxSteps = 24, focused = false, world: World = ONE_BLOC): fc.Arbitrary<Stream> {
  const steps = world === ONE_BLOC ? stepArb : stepArbOf(world);
  return fc
    .array(focused ? steps.map((step) => focus(step, world)) : steps, {
      minLength: focused ? Math.floor(maxSteps / 2) : 1,
      maxLength: maxSteps,
      size: 'max',
    })
    .map((generated) => buildStream(generated, world));
}

/** Fixed query times of mixed precision around the generated data, and `Date`s. */
export const QUERY_TIMES: ReadonlyArray<string | Date> = [
  '2023',
  '2024',
  '2024-01',
  '2024-02-29',
  '2024-03-01T00:00Z',
  '2024-12-31',
  '2025-01-14T10:30Z',
  '2025-02',
  '2025-03-14T10:30:15.250+02:00',
  '2025-12-31',
  '2026',
  new Date(Date.UTC(2024, 11, 31, 23, 59, 59, 999)),
  new Date(Date.UTC(2025, 2, 1)),
];

/** A query time: fixed ones, or one taken from the stream (a `recordedAt`, the start of a `statedAt`). */
export function queryTimeArb(stream: Stream): fc.Arbitrary<string | Date> {
  // A statement's own statedAt as a query time hits the exact boundary U(T) = end(statedAt) that `tentative` turns on.
  const own = stream.events.flatMap((e) => [
    e.recordedAt,
    ...(e.type === 'statement'
      ? [new Date(spanOf(e.statedAt).start), ...(e.statedAt.includes('/') ? [] : [e.statedAt])]
      : []),
  ]);
  return own.length === 0
    ? fc.constantFrom(...QUERY_TIMES)
    : fc.oneof(fc.constantFrom(...QUERY_TIMES), fc.constantFrom(...own));
}

/** A query: valid time, knowledge time (or everything), inherit. */
export interface Query {
  readonly at: string | Date;
  readonly knownAt: string | Date | undefined;
  readonly inherit: boolean;
}

/** Queries over a stream. */
export function queriesArb(stream: Stream, count = 4): fc.Arbitrary<Query[]> {
  const time = queryTimeArb(stream);
  return fc.array(fc.record({ at: time, knownAt: fc.option(time, { nil: undefined }), inherit: fc.boolean() }), {
    minLength: 1,
    maxLength: count,
  });
}

/** A stream with queries over it. */
export function streamWithQueriesArb(
  maxSteps = 24,
  count = 4,
  focused = false,
  world: World = ONE_BLOC,
): fc.Arbitrary<{ stream: Stream; queries: Query[] }> {
  return streamArb(maxSteps, focused, world).chain((stream) =>
    queriesArb(stream, count).map((queries) => ({ stream, queries })),
  );
}
