/**
 * Commands for the model-based test: appends (valid, or corrupted in one known way), retractions,
 * corrections and queries, each run against the Ledger and the reference model and compared. Most
 * appends are valid, so ledgers grow (deep in a few cells and wide across many); queries run on
 * non-empty ledgers only, ask about parties and issues the ledger holds, and every answer is tallied
 * ({@link Tally}) so the test can assert that the runs reached what they are meant to test.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { defineProjection, type Ledger, type LedgerEvent, ValidationError } from '../../src/index.js';
import { judgeAppend } from './append-rules.js';
import { focus, QUERY_TIMES, SEVERAL_BLOCS, type Step, stepArbOf, stepToRaw, type World } from './arbitraries.js';
import { ISSUES } from './fixtures.js';
import { naiveRead } from './naive-read.js';
import { boundOf, instantOf } from './naive-time.js';
import { ReferenceModel } from './reference-model.js';

/** The world the model-based test runs in: several blocs per member, listed out of id order. */
export const MODEL_WORLD: World = SEVERAL_BLOCS;
const VOCABULARY = MODEL_WORLD.vocabulary;
const PARTIES = VOCABULARY.parties.map((p) => p.id);

/** What one run exercised: counts of appends by outcome and of answers by what they held. */
export interface Tally {
  validAppends: number;
  corruptAppends: number;
  rejectedAppends: number;
  appendsAfterQuery: number;
  recordedBeforeEarlierKnownAt: number;
  retractionsOfRetractions: number;
  corrections: number;
  cellsReturned: number;
  snapshotsWithCells: number;
  wideSnapshots: number;
  deepTimelines: number;
  deepCells: number;
  wideLedgers: number;
  timelinesWithChanges: number;
  diffsWithChanges: number;
  divergenceIssues: number;
  alignmentPairs: number;
  projectionsWithStatements: number;
  tentativeCells: number;
  viaEvidence: number;
}

/** A tally of nothing. */
export function emptyTally(): Tally {
  return {
    validAppends: 0,
    corruptAppends: 0,
    rejectedAppends: 0,
    appendsAfterQuery: 0,
    recordedBeforeEarlierKnownAt: 0,
    retractionsOfRetractions: 0,
    corrections: 0,
    cellsReturned: 0,
    snapshotsWithCells: 0,
    wideSnapshots: 0,
    deepTimelines: 0,
    deepCells: 0,
    wideLedgers: 0,
    timelinesWithChanges: 0,
    diffsWithChanges: 0,
    divergenceIssues: 0,
    alignmentPairs: 0,
    projectionsWithStatements: 0,
    tentativeCells: 0,
    viaEvidence: 0,
  };
}

/** The model side: the events the reference model holds, and what the run has asked so far. */
export interface ModelState {
  events: LedgerEvent[];
  /** Whether a query has run. */
  queried: boolean;
  /** The greatest `U(knownAt)` asked so far (`-Infinity` before any). */
  latestKnownBound: number;
}
/** The real side, and the tally of the run. */
export interface RealState {
  readonly ledger: Ledger;
  readonly tally: Tally;
}

/** Ways to break an event on purpose; each must make the whole append fail. */
export const CORRUPTIONS = [
  'none',
  'schema',
  'unknown-party',
  'unknown-issue',
  'unknown-term',
  'unknown-target',
  'recorded-before-target',
  'id-conflict',
  'self-target',
] as const;
type Corruption = (typeof CORRUPTIONS)[number];

function corrupt(
  raw: Record<string, unknown>,
  how: Corruption,
  events: readonly LedgerEvent[],
): Record<string, unknown> {
  const statementish = (raw['replacement'] as Record<string, unknown> | undefined) ?? raw;
  switch (how) {
    case 'schema':
      return { ...raw, recordedAt: '2025-02-30T00:00Z', extra: true };
    case 'unknown-party':
      if (raw['type'] === 'correction') return { ...raw, replacement: { ...statementish, parties: ['ukriane'] } };
      return {
        type: 'statement',
        parties: ['ukriane'],
        issue: 'nato',
        stance: 'supports',
        act: 'accept',
        attribution: 'on-record',
        statedAt: '2025',
        summary: 'typo',
        sources: [{ document: 'doc-1' }],
        recordedAt: '2025-01-01T00:00Z',
      };
    case 'unknown-issue':
      return {
        type: 'statement',
        parties: ['ukraine'],
        issue: 'nato-membership',
        stance: 'supports',
        act: 'accept',
        attribution: 'on-record',
        statedAt: '2025',
        summary: 'typo',
        sources: [{ document: 'doc-1' }],
        recordedAt: '2025-01-01T00:00Z',
      };
    case 'unknown-term':
      return {
        type: 'statement',
        parties: ['ukraine'],
        issue: 'guarantees',
        terms: { durationYearz: 10 },
        stance: 'supports',
        act: 'accept',
        attribution: 'on-record',
        statedAt: '2025',
        summary: 'typo',
        sources: [{ document: 'doc-1' }],
        recordedAt: '2025-01-01T00:00Z',
      };
    case 'unknown-target':
      return { type: 'retraction', target: 'no-such-event', reason: 'misreport', recordedAt: '2025-01-01T00:00Z' };
    case 'recorded-before-target': {
      const target = events[events.length - 1];
      if (target === undefined)
        return {
          type: 'corroboration',
          target: 'nothing-yet',
          source: { document: 'doc-1' },
          recordedAt: '2025-01-01T00:00Z',
        };
      const before = new Date(Date.parse(target.recordedAt) - 60_000).toISOString();
      return { type: 'retraction', target: target.id, reason: 'duplicate', recordedAt: before };
    }
    case 'id-conflict': {
      const taken = events[0];
      if (taken === undefined)
        return {
          type: 'retraction',
          id: 'loop-a',
          target: 'loop-a',
          reason: 'duplicate',
          recordedAt: '2025-01-01T00:00Z',
        };
      return {
        type: 'retraction',
        id: taken.id,
        target: taken.id,
        reason: 'coding-error',
        note: 'a different event under a taken id',
        recordedAt: '2030-01-01T00:00Z',
      };
    }
    case 'self-target':
      return { type: 'retraction', id: 'self', target: 'self', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' };
    default:
      return raw;
  }
}

/** The problem code a corruption must be reported with (schema breakage may be reported several ways). */
function expectedCode(how: Corruption, events: readonly LedgerEvent[]): string | undefined {
  const empty = events.length === 0;
  const codes: Partial<Record<Corruption, string>> = {
    'unknown-party': 'unknown-party',
    'unknown-issue': 'unknown-issue',
    'unknown-term': 'unknown-term',
    'unknown-target': 'unknown-target',
    'recorded-before-target': empty ? 'unknown-target' : 'target-recorded-later',
    'id-conflict': empty ? 'loop' : 'id-conflict',
    'self-target': 'loop',
  };
  return codes[how];
}

/** What a query answer looks like as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/** A fingerprint of the ledger's state: stored events and a few answers. */
function fingerprint(ledger: Ledger): unknown {
  return plain({
    events: ledger.events(),
    now: ledger.at('2026', { inherit: true }).cells(),
    early: ledger.at('2024-12-31', { knownAt: '2025-03' }).cells(),
  });
}

/** Tallies what a successful append added: retractions of retractions, corrections, late recordings. */
function tallyAdded(model: ModelState, added: readonly LedgerEvent[], tally: Tally): void {
  const types = new Map(model.events.map((e) => [e.id, e.type]));
  for (const event of added) {
    if (event.type === 'retraction' && types.get(event.target) === 'retraction') tally.retractionsOfRetractions++;
    if (event.type === 'correction') tally.corrections++;
    if (instantOf(event.recordedAt) < model.latestKnownBound) tally.recordedBeforeEarlierKnownAt++;
  }
}

/** Counts a ledger that grew deep (a cell of ten statements or more) or wide (twelve cells or more). */
function tallyShape(events: readonly LedgerEvent[], tally: Tally): void {
  const depth = new Map<string, number>();
  for (const s of statementsOf(events))
    for (const party of s.parties) depth.set(`${party}/${s.issue}`, (depth.get(`${party}/${s.issue}`) ?? 0) + 1);
  if (Math.max(...depth.values()) >= 10) tally.deepCells++;
  if (depth.size >= 12) tally.wideLedgers++;
}

/** Appends a batch of generated steps, perhaps with one event corrupted; the model predicts the outcome. */
export class AppendCommand implements fc.Command<ModelState, RealState> {
  constructor(
    readonly steps: readonly Step[],
    readonly corruption: Corruption,
    readonly at: number,
    readonly label: string,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: ModelState, real: RealState): void {
    const batch: Record<string, unknown>[] = [];
    const seen: LedgerEvent[] = [...model.events];
    this.steps.forEach((step, i) => {
      const raw = stepToRaw(step, seen, 1000 * this.at + i);
      if (raw === undefined) return;
      batch.push(raw);
      seen.push(naiveRead(raw));
    });
    if (this.corruption !== 'none')
      batch.splice(this.at % (batch.length + 1), 0, corrupt(batch[0] ?? {}, this.corruption, model.events));
    const before = fingerprint(real.ledger);
    // A schema-breaking event cannot be read by the model; every other corruption is valid JSON of an event.
    const verdict =
      this.corruption === 'schema'
        ? undefined
        : judgeAppend(
            model.events,
            batch.map((raw) => naiveRead(raw)),
            VOCABULARY,
          );
    const mustFail = this.corruption !== 'none' || verdict === undefined || verdict.codes.size > 0;
    if (mustFail) {
      if (this.corruption !== 'none') real.tally.corruptAppends++;
      else real.tally.rejectedAppends++;
      let error: unknown;
      try {
        real.ledger.append(batch);
      } catch (caught) {
        error = caught;
      }
      expect(error, `append should fail (${this.corruption}, ${[...(verdict?.codes ?? [])].join()})`).toBeInstanceOf(
        ValidationError,
      );
      const codes = new Set((error as ValidationError).problems.map((p) => p.code));
      for (const code of verdict?.codes ?? []) expect(codes, `the ledger reports '${code}'`).toContain(code);
      const expected = expectedCode(this.corruption, model.events);
      if (expected !== undefined)
        expect(codes, `the ledger reports '${expected}' for ${this.corruption}`).toContain(expected);
      expect(fingerprint(real.ledger)).toEqual(before);
      return;
    }
    const result = real.ledger.append(batch);
    expect(plain(result.added)).toEqual(plain(verdict.fresh));
    if (verdict.fresh.length > 0) {
      real.tally.validAppends++;
      if (model.queried) real.tally.appendsAfterQuery++;
    }
    tallyAdded(model, verdict.fresh, real.tally);
    model.events.push(...verdict.fresh);
    tallyShape(model.events, real.tally);
  }
  toString(): string {
    return `${this.label}(${this.corruption}; ${JSON.stringify(this.steps)})`;
  }
}

/** Every query kind of docs/design.md §6, and the stored events. */
export const QUERY_KINDS = ['at', 'cell', 'timeline', 'diff', 'divergence', 'alignment', 'project', 'events'] as const;
type QueryKind = (typeof QUERY_KINDS)[number];

const statementIds = defineProjection({
  initial: { ids: [] as string[] },
  reduce(draft, statement) {
    draft.ids.push(statement.id);
  },
});

/** The statements (replacements included) the model holds. */
function statementsOf(events: readonly LedgerEvent[]) {
  return events.flatMap((e) => (e.type === 'statement' ? [e] : e.type === 'correction' ? [e.replacement] : []));
}

/** Tallies what an answer held, from the model's side of it (the two sides are equal once compared). */
function tallyCells(
  cells: ReadonlyArray<{ tentative: boolean; evidence: ReadonlyArray<{ via?: string }> }>,
  tally: Tally,
) {
  for (const cell of cells) {
    if (cell.tentative) tally.tentativeCells++;
    if (cell.evidence.some((e) => e.via !== undefined)) tally.viaEvidence++;
  }
}

/** Asks one query of both, on a non-empty ledger, and compares the answers. */
export class QueryCommand implements fc.Command<ModelState, RealState> {
  constructor(
    readonly kind: QueryKind,
    readonly times: readonly [number, number, number],
    readonly known: boolean,
    readonly inherit: boolean,
    readonly pick: number,
    readonly anyCell: boolean,
  ) {}
  check(model: Readonly<ModelState>): boolean {
    return model.events.length > 0;
  }
  #time(choice: number, events: readonly LedgerEvent[]): string | Date {
    // Statements' own statedAt (points only) as query times hit the exact boundary U(T) = end(statedAt);
    // recordedAt as knowledge times split what is known from what is not.
    const stated = statementsOf(events).flatMap((s) => (s.statedAt.includes('/') ? [] : [s.statedAt]));
    const pool = [...QUERY_TIMES, ...events.map((e) => e.recordedAt), ...stated, ...stated];
    return pool[choice % pool.length] as string | Date;
  }
  /** A (party, issue) the ledger holds statements for (with `inherit`, through a bloc too), or any. */
  #cell(events: readonly LedgerEvent[]): [string, string] {
    if (this.anyCell)
      return [PARTIES[this.pick % PARTIES.length] as string, ISSUES[this.pick % ISSUES.length] as string];
    const keys: Array<[string, string]> = [];
    for (const s of statementsOf(events)) {
      for (const party of s.parties) {
        keys.push([party, s.issue]);
        if (!this.inherit) continue;
        for (const p of VOCABULARY.parties)
          if (p.kind === 'bloc' && p.id === party) for (const m of p.members ?? []) keys.push([m, s.issue]);
      }
    }
    return keys[this.pick % keys.length] as [string, string];
  }
  run(model: ModelState, real: RealState): void {
    const reference = new ReferenceModel(model.events, VOCABULARY);
    const [a, b, k] = this.times.map((n) => this.#time(n, model.events)) as [
      string | Date,
      string | Date,
      string | Date,
    ];
    const knownAt = this.known ? k : undefined;
    const options = { ...(knownAt === undefined ? {} : { knownAt }), inherit: this.inherit };
    const known = knownAt === undefined ? {} : { knownAt };
    const [party, issue] = this.#cell(model.events);
    const { ledger, tally } = real;
    const compare = (actual: unknown, expected: unknown) => expect(plain(actual)).toEqual(plain(expected));
    switch (this.kind) {
      case 'at': {
        const expected = reference.cells(a, knownAt, this.inherit);
        compare(ledger.at(a, options).cells(), expected);
        if (expected.length > 0) tally.snapshotsWithCells++;
        if (expected.length >= 8) tally.wideSnapshots++;
        tallyCells(expected, tally);
        break;
      }
      case 'cell': {
        const expected = reference.cell(party, issue, a, knownAt, this.inherit);
        compare(ledger.cell(party, issue, { at: a, ...options }), expected);
        compare(ledger.at(a, options).cell(party, issue), expected);
        if (expected !== undefined) tally.cellsReturned++;
        tallyCells(expected === undefined ? [] : [expected], tally);
        break;
      }
      case 'timeline': {
        const expected = reference.timeline(party, issue, knownAt, this.inherit);
        compare(ledger.timeline(party, issue, options), expected);
        if (expected.changes.length > 0) tally.timelinesWithChanges++;
        if (expected.changes.flatMap((c) => c.statements).length >= 5) tally.deepTimelines++;
        tallyCells(
          expected.changes.map((c) => ({ tentative: false, evidence: c.evidence })),
          tally,
        );
        break;
      }
      case 'diff': {
        const expected = reference.diff(a, b, knownAt, this.inherit);
        compare(ledger.diff(a, b, options), expected);
        if (expected.length > 0) tally.diffsWithChanges++;
        break;
      }
      case 'divergence': {
        const expected = reference.divergence(a, knownAt);
        compare(ledger.divergence(a, known), expected);
        tally.divergenceIssues += expected.length;
        break;
      }
      case 'alignment': {
        const expected = reference.alignment(a, knownAt);
        compare(ledger.alignment(a, known), expected);
        tally.alignmentPairs += expected.filter((p) => p.agree.length + p.disagree.length + p.other.length > 0).length;
        break;
      }
      case 'project': {
        const expected = reference.projected(a, knownAt);
        compare(ledger.project(statementIds, { at: a, ...known }).ids, expected);
        if (expected.length > 0) tally.projectionsWithStatements++;
        break;
      }
      default:
        compare(ledger.events(), model.events);
    }
    model.queried = true;
    if (knownAt !== undefined) model.latestKnownBound = Math.max(model.latestKnownBound, boundOf(knownAt));
  }
  toString(): string {
    return `query(${this.kind} pick=${this.pick} any=${this.anyCell} times=${this.times.join(',')} known=${this.known} inherit=${this.inherit})`;
  }
}

const STEPS = stepArbOf(MODEL_WORLD);

/** A step whose statement (or replacement) is about one cell, `ukraine` on `guarantees`, alone or with a bloc. */
function deepen(step: Step): Step {
  if (step.kind !== 'statement' && step.kind !== 'correction') return step;
  const parties = step.content.parties.length > 1 ? ['ukraine', 'accord'] : ['ukraine'];
  return { ...step, content: { ...step.content, issue: 'guarantees', parties } };
}

/**
 * Steps of any kind: half anywhere (wide ledgers), a quarter about a few cells, a quarter about one cell
 * (deep runs, deep enough for the index's search structures).
 */
const stepsOf = (kind: Step['kind'] | undefined) => {
  const steps = kind === undefined ? STEPS : STEPS.filter((s) => s.kind === kind);
  return fc.oneof(
    { weight: 2, arbitrary: steps },
    { weight: 1, arbitrary: steps.map((step) => focus(step, MODEL_WORLD)) },
    { weight: 1, arbitrary: steps.map(deepen) },
  );
};

/** A corruption for half the appends of the first command below: about one append in eight is corrupt. */
const corruptionArb = fc.oneof(
  fc.constant<Corruption>('none'),
  fc.constantFrom(...CORRUPTIONS.filter((c) => c !== 'none')),
);

const queryArb = fc
  .record({
    kind: fc.constantFrom(...QUERY_KINDS),
    times: fc.tuple(fc.nat(400), fc.nat(400), fc.nat(400)),
    known: fc.boolean(),
    inherit: fc.boolean(),
    pick: fc.nat(1000),
    // One query in ten asks about any (party, issue), so unknown cells are asked too.
    anyCell: fc.nat(9).map((n) => n === 0),
  })
  .map((q) => new QueryCommand(q.kind, q.times, q.known, q.inherit, q.pick, q.anyCell));

/** Every command the model-based test draws from (drawn alike: three in seven are queries, four appends). */
export const commandArbs = [
  fc
    .tuple(fc.array(stepsOf(undefined), { minLength: 1, maxLength: 6 }), corruptionArb, fc.nat(99))
    .map(([steps, corruption, at]) => new AppendCommand(steps, corruption, at, 'append')),
  fc
    .tuple(fc.array(stepsOf(undefined), { minLength: 1, maxLength: 6 }), fc.nat(99))
    .map(([steps, at]) => new AppendCommand(steps, 'none', at, 'append')),
  fc.tuple(stepsOf('retraction'), fc.nat(99)).map(([step, at]) => new AppendCommand([step], 'none', at, 'retract')),
  fc.tuple(stepsOf('correction'), fc.nat(99)).map(([step, at]) => new AppendCommand([step], 'none', at, 'correct')),
  queryArb,
  queryArb,
  queryArb,
];
