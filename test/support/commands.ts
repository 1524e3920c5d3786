/**
 * Commands for the model-based test: appends (valid, or corrupted in one known way), retractions,
 * corrections and queries, each run against the Ledger and the reference model and compared.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { type Ledger, readEvent, ValidationError, type LedgerEvent } from '../../src/index.js';
import { judgeAppend } from './append-rules.js';
import { QUERY_TIMES, stepArb, stepToRaw, type Step } from './arbitraries.js';
import { ISSUES, PARTIES, VOCABULARY } from './fixtures.js';
import { ReferenceModel } from './reference-model.js';

/** The model side: the events the reference model holds. */
export interface ModelState {
  events: LedgerEvent[];
}
/** The real side. */
export interface RealState {
  readonly ledger: Ledger;
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
      const read = readEvent(raw);
      if (read.ok) seen.push(read.event);
    });
    if (this.corruption !== 'none')
      batch.splice(this.at % (batch.length + 1), 0, corrupt(batch[0] ?? {}, this.corruption, model.events));
    const read = batch.map((raw) => readEvent(raw));
    const before = fingerprint(real.ledger);
    const verdict = read.every((r) => r.ok)
      ? judgeAppend(
          model.events,
          read.map((r) => (r.ok ? r.event : (undefined as never))),
          VOCABULARY,
        )
      : undefined;
    const mustFail = this.corruption !== 'none' || verdict === undefined || verdict.codes.size > 0;
    if (mustFail) {
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
    expect(result.added.map((e) => e.id)).toEqual(verdict.fresh.map((e) => e.id));
    model.events.push(...verdict.fresh);
  }
  toString(): string {
    return `${this.label}(${this.corruption}; ${JSON.stringify(this.steps)})`;
  }
}

type QueryKind = 'at' | 'cell' | 'timeline' | 'diff' | 'divergence' | 'alignment' | 'events';

/** Asks one query of both and compares the answers. */
export class QueryCommand implements fc.Command<ModelState, RealState> {
  constructor(
    readonly kind: QueryKind,
    readonly times: readonly [number, number, number],
    readonly known: boolean,
    readonly inherit: boolean,
    readonly party: string,
    readonly issue: string,
  ) {}
  check(): boolean {
    return true;
  }
  #time(choice: number, events: readonly LedgerEvent[]): string | Date {
    // Statements' own statedAt (points only) as query times hit the exact boundary U(T) = end(statedAt).
    const stated = events.flatMap((e) => (e.type === 'statement' && !e.statedAt.includes('/') ? [e.statedAt] : []));
    const pool = [...QUERY_TIMES, ...events.map((e) => e.recordedAt), ...stated];
    return pool[choice % pool.length] as string | Date;
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
    const { ledger } = real;
    const compare = (actual: unknown, expected: unknown) => expect(plain(actual)).toEqual(plain(expected));
    switch (this.kind) {
      case 'at':
        compare(ledger.at(a, options).cells(), reference.cells(a, knownAt, this.inherit));
        break;
      case 'cell':
        compare(
          ledger.cell(this.party, this.issue, { at: a, ...options }),
          reference.cell(this.party, this.issue, a, knownAt, this.inherit),
        );
        break;
      case 'timeline':
        compare(
          ledger.timeline(this.party, this.issue, options),
          reference.timeline(this.party, this.issue, knownAt, this.inherit),
        );
        break;
      case 'diff':
        compare(ledger.diff(a, b, options), reference.diff(a, b, knownAt, this.inherit));
        break;
      case 'divergence':
        compare(ledger.divergence(a, known), reference.divergence(a, knownAt));
        break;
      case 'alignment':
        compare(ledger.alignment(a, known), reference.alignment(a, knownAt));
        break;
      default:
        compare(ledger.events(), model.events);
    }
  }
  toString(): string {
    return `query(${this.kind} ${this.party}/${this.issue} times=${this.times.join(',')} known=${this.known} inherit=${this.inherit})`;
  }
}

const stepsOf = (kind: Step['kind'] | undefined) =>
  kind === undefined ? stepArb : stepArb.filter((s) => s.kind === kind);

/** Every command the model-based test draws from. */
export const commandArbs = [
  fc
    .tuple(
      fc.array(stepsOf(undefined), { minLength: 1, maxLength: 3 }),
      fc.constantFrom(...CORRUPTIONS, 'none', 'none', 'none'),
      fc.nat(99),
    )
    .map(([steps, corruption, at]) => new AppendCommand(steps, corruption, at, 'append')),
  fc.tuple(stepsOf('retraction'), fc.nat(99)).map(([step, at]) => new AppendCommand([step], 'none', at, 'retract')),
  fc.tuple(stepsOf('correction'), fc.nat(99)).map(([step, at]) => new AppendCommand([step], 'none', at, 'correct')),
  fc
    .record({
      kind: fc.constantFrom<QueryKind>('at', 'cell', 'timeline', 'diff', 'divergence', 'alignment', 'events'),
      times: fc.tuple(fc.nat(200), fc.nat(200), fc.nat(200)),
      known: fc.boolean(),
      inherit: fc.boolean(),
      party: fc.constantFrom(...PARTIES),
      issue: fc.constantFrom(...ISSUES),
    })
    .map((q) => new QueryCommand(q.kind, q.times, q.known, q.inherit, q.party, q.issue)),
];
