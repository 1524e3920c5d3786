import { ValidationError } from '../errors/index.js';
import { materializeReplacement, type Corroboration, type LedgerEvent, type Statement } from '../events/index.js';
import { compareIds } from '../ledger/entry.js';
import { cellOf, evidenceItem } from '../ledger/cell.js';
import type { Cell } from '../ledger/fold.js';
import { boundOf, knownBound } from '../ledger/query-bounds.js';
import { Snapshot } from '../ledger/snapshot.js';
import { fuzzyTimeBounds, queryLabel, type QueryTime } from '../time/index.js';
import { Vocabulary, type VocabularyData } from '../vocabulary/index.js';
import { Candidates, DEAD, LIVE } from './candidates.js';
import { canonicalRecordedAt, knownBefore } from './known-clock.js';
import { isKiller, StreamLiveness } from './stream-liveness.js';

/**
 * Options of a one-off fold over a stream.
 *
 * @example
 * foldEvents(events, '2025-12-31', { knownAt: '2025-12-07', inherit: true, vocabulary });
 */
export interface FoldEventsOptions {
  /** Count only events recorded before the end of this time (default: every event). */
  readonly knownAt?: QueryTime;
  /** Let a bloc's statements count for each member (evidence says `via`); needs `vocabulary`. Default false. */
  readonly inherit?: boolean;
  /** The parties (for blocs and their members, with `inherit`). */
  readonly vocabulary?: Vocabulary | VocabularyData;
}

/**
 * Folds a stream of stored events straight into the snapshot at valid time `at` as known at `knownAt`
 * (DESIGN.md §2), without building a ledger: a few linear passes over the events, for a question asked
 * once of a stream (a store's events, a file already read). It gives exactly what `Ledger.at` gives for
 * the same events; a ledger pays for its index once and then answers any (T, K) in milliseconds.
 *
 * The events must be stored events, as a ledger, a store or `readEvent` hands them out (validated,
 * with ids): this function trusts their shape and does not check it. Read raw input with `Ledger.from`.
 *
 * @throws {ValidationError} for a bad query time, an event without a type or id, or a retraction loop.
 * @example
 * const snapshot = foldEvents(ledger.events(), '2025-12-31', { knownAt: '2025-12-07' });
 * snapshot.cell('russia', 'ceasefire-before-settlement')?.stance; //=> 'rejects'
 */
export function foldEvents(events: Iterable<LedgerEvent>, at: QueryTime, options: FoldEventsOptions = {}): Snapshot {
  const t = boundOf(at, 'at');
  const k = knownBound(options);
  const inherit = options.inherit === true && options.vocabulary !== undefined;
  const vocabulary = options.vocabulary === undefined ? undefined : Vocabulary.from(options.vocabulary);
  const stream: readonly LedgerEvent[] = Array.isArray(events) ? events : [...events];
  const cells = new CellTable(inherit ? vocabulary : undefined);
  const known = k === Infinity ? undefined : knownBefore(k);
  const liveness = livenessOf(stream, known);
  const candidates = new Candidates(stream);
  let answers: Cell[];
  try {
    fillCandidates(candidates, stream, t, known, liveness, cells);
    const winners = pickWinners(candidates, liveness, cells.size);
    const since = sinceOf(candidates, liveness, winners);
    const evidence = corroborationsOf(stream, candidates, winners, known, liveness);
    answers = cellsOf(candidates, cells, winners, since, t, evidence);
  } finally {
    candidates.release();
  }
  return new Snapshot(queryLabel(at), options.knownAt === undefined ? null : queryLabel(options.knownAt), inherit, answers);
}

/**
 * (party, issue) pairs interned to cell numbers, with the bloc lanes of `inherit`.
 */
class CellTable {
  readonly parties: string[] = [];
  readonly issues: string[] = [];
  readonly #issueIds = new Map<string, number>();
  readonly #rows = new Map<string, number[]>();
  readonly #members = new Map<string, readonly string[]>();
  readonly #vocabulary: Vocabulary | undefined;

  constructor(vocabulary: Vocabulary | undefined) {
    this.#vocabulary = vocabulary;
    for (const party of vocabulary?.parties ?? []) if (party.members) this.#members.set(party.id, party.members);
  }

  get size(): number {
    return this.parties.length;
  }

  issue(id: string): number {
    let issue = this.#issueIds.get(id);
    if (issue === undefined) {
      this.#issueIds.set(id, (issue = this.#issueIds.size));
      this.issues.push(id);
    }
    return issue;
  }

  cell(party: string, issue: number): number {
    let row = this.#rows.get(party);
    if (row === undefined) this.#rows.set(party, (row = []));
    let cell = row[issue];
    if (cell === undefined) {
      row[issue] = cell = this.parties.length;
      this.parties.push(party);
      this.issueOf.push(issue);
    }
    return cell;
  }

  readonly issueOf: number[] = [];

  /** With `inherit`: the members a bloc's statement also counts for. */
  membersOf(party: string): readonly string[] {
    return this.#members.get(party) ?? NONE;
  }

  /** The lane of a bloc's statement in a member's cell: 1 + the bloc's place among the member's blocs. */
  laneOf(member: string, bloc: string): number {
    return 1 + (this.#vocabulary as Vocabulary).blocsOf(member).indexOf(bloc);
  }

  viaOf(member: string, lane: number): string | undefined {
    return lane === 0 ? undefined : (this.#vocabulary as Vocabulary).blocsOf(member)[lane - 1];
  }
}

const NONE: readonly string[] = Object.freeze([]);

/** A knowledge clock: whether an event recorded then is known; `undefined` when everything is. */
type Known = ((recordedAt: string) => boolean) | undefined;

/** Pass 1: the retractions and corrections known at `k`, and from them which ids are dead. */
function livenessOf(stream: readonly LedgerEvent[], known: Known): StreamLiveness {
  const killers = [];
  for (let n = 0; n < stream.length; n++) {
    const event = stream[n] as LedgerEvent;
    if (event.type === 'statement' || event.type === 'corroboration') continue;
    if (!isKiller(event)) throw notAnEvent(event, n);
    if (known === undefined || known(event.recordedAt)) killers.push(event);
  }
  return new StreamLiveness(killers);
}

/**
 * Pass 2: every known statement stated before `t`, under each cell it counts for. Whether it is dead
 * is asked later, of the few rows that win something: a set lookup per statement would cost more
 * than the rest of the pass (each id is a cold string).
 */
function fillCandidates(candidates: Candidates, stream: readonly LedgerEvent[], t: number, known: Known, liveness: StreamLiveness, cells: CellTable): void {
  const time = { start: 0, end: 0 };
  const add = (source: number, statement: Statement, live: number) => {
    fuzzyTimeBounds(statement.statedAt, time);
    if (!(time.start < t)) return;
    const issue = cells.issue(statement.issue);
    const parties = statement.parties;
    for (let p = 0; p < parties.length; p++) {
      const party = parties[p] as string;
      candidates.add(source, statement, cells.cell(party, issue), time.start, time.end, 0, live);
      for (const member of cells.membersOf(party)) {
        candidates.add(source, statement, cells.cell(member, issue), time.start, time.end, cells.laneOf(member, party), live);
      }
    }
  };
  const unchecked = liveness.anyDead ? 0 : LIVE;
  for (let n = 0; n < stream.length; n++) {
    const event = stream[n] as LedgerEvent;
    if (event.type === 'statement') {
      if (typeof event.id !== 'string') throw notAnEvent(event, n);
      if (known === undefined || known(event.recordedAt)) add(n, event, unchecked);
    } else if (event.type === 'correction' && (known === undefined || known(event.recordedAt)) && liveness.isLiveKiller(event)) {
      if (typeof event.replacement.id !== 'string') throw notAnEvent(event, n);
      const replacement = materializeReplacement(event) as Statement;
      if (!liveness.isKilled(replacement.id)) add(candidates.addReplacement(replacement), replacement, LIVE);
    }
  }
}

/**
 * Whether a row is dead, looked up once and remembered. When a pass below picks a dead row it drops
 * it and runs again over the cells that lost their pick, which is rare (a few percent of statements
 * are retracted), so each pass costs about one scan of packed arrays.
 */
function isDead(candidates: Candidates, liveness: StreamLiveness, row: number): boolean {
  let state = candidates.liveness[row] as number;
  if (state === 0) candidates.liveness[row] = state = liveness.isKilled(candidates.statement(row).id) ? DEAD : LIVE;
  return state === DEAD;
}

/** Drops every pick that turned out dead; returns the cells to pick again, or `undefined` when none. */
function dropDead(candidates: Candidates, liveness: StreamLiveness, picks: Int32Array, cells: Uint8Array | undefined): Uint8Array | undefined {
  let again: Uint8Array | undefined;
  for (let c = 0; c < picks.length; c++) {
    if (cells !== undefined && cells[c] === 0) continue;
    const row = picks[c] as number;
    if (row >= 0 && isDead(candidates, liveness, row)) {
      picks[c] = -1;
      (again ??= new Uint8Array(picks.length))[c] = 1;
    }
  }
  return again;
}

/** Per cell, the greatest live candidate (a joint statement reached through two lanes: the earlier lane). */
function pickWinners(candidates: Candidates, liveness: StreamLiveness, cellCount: number): Int32Array {
  const winners = new Int32Array(cellCount).fill(-1);
  const { cell, lane } = candidates;
  for (let only: Uint8Array | undefined, pass = true; pass; pass = (only = dropDead(candidates, liveness, winners, only)) !== undefined) {
    for (let row = 0; row < candidates.count; row++) {
      const c = cell[row] as number;
      if ((only !== undefined && only[c] === 0) || candidates.liveness[row] === DEAD) continue;
      const best = winners[c] as number;
      if (best < 0) {
        winners[c] = row;
        continue;
      }
      const order = candidates.compare(row, best);
      if (order > 0 || (order === 0 && (lane[row] as number) < (lane[best] as number))) winners[c] = row;
    }
  }
  return winners;
}

/**
 * Per cell, the first candidate of the winner's unbroken run: the least live candidate greater than
 * the greatest live one holding another position (two passes instead of sorting each cell).
 */
function sinceOf(candidates: Candidates, liveness: StreamLiveness, winners: Int32Array): Int32Array {
  const cell = candidates.cell;
  const breakers = new Int32Array(winners.length).fill(-1);
  for (let only: Uint8Array | undefined, pass = true; pass; pass = (only = dropDead(candidates, liveness, breakers, only)) !== undefined) {
    for (let row = 0; row < candidates.count; row++) {
      const c = cell[row] as number;
      if ((only !== undefined && only[c] === 0) || candidates.liveness[row] === DEAD) continue;
      if (candidates.samePosition(row, winners[c] as number)) continue;
      const breaker = breakers[c] as number;
      if (breaker < 0 || candidates.compare(row, breaker) > 0) breakers[c] = row;
    }
  }
  const since = new Int32Array(winners.length).fill(-1);
  for (let only: Uint8Array | undefined, pass = true; pass; pass = (only = dropDead(candidates, liveness, since, only)) !== undefined) {
    for (let row = 0; row < candidates.count; row++) {
      const c = cell[row] as number;
      if ((only !== undefined && only[c] === 0) || candidates.liveness[row] === DEAD) continue;
      const breaker = breakers[c] as number;
      if (breaker >= 0 && candidates.compare(row, breaker) <= 0) continue;
      const first = since[c] as number;
      if (first < 0 || candidates.compare(row, first) < 0) since[c] = row;
    }
  }
  return since;
}

/** The live corroborations known at `k` of each winning statement, by (recordedAt, id). */
function corroborationsOf(
  stream: readonly LedgerEvent[],
  candidates: Candidates,
  winners: Int32Array,
  known: Known,
  liveness: StreamLiveness,
): Map<string, Corroboration[]> {
  const byWinner = new Map<string, Corroboration[]>();
  for (const row of winners) if (row >= 0) byWinner.set(candidates.statement(row).id, []);
  for (let n = 0; n < stream.length; n++) {
    const event = stream[n] as LedgerEvent;
    if (event.type !== 'corroboration') continue;
    const list = byWinner.get(event.target);
    if (list !== undefined && (known === undefined || known(event.recordedAt)) && !liveness.isKilled(event.id)) list.push(event);
  }
  const byRecorded = (a: Corroboration, b: Corroboration) =>
    compareIds(canonicalRecordedAt(a.recordedAt), canonicalRecordedAt(b.recordedAt)) || compareIds(a.id, b.id);
  for (const list of byWinner.values()) if (list.length > 1) list.sort(byRecorded);
  return byWinner;
}

function cellsOf(
  candidates: Candidates,
  cells: CellTable,
  winners: Int32Array,
  since: Int32Array,
  t: number,
  corroborations: Map<string, Corroboration[]>,
): Cell[] {
  const order: number[] = [];
  for (let c = 0; c < winners.length; c++) if ((winners[c] as number) >= 0) order.push(c);
  order.sort((a, b) => compareIds(cells.parties[a] as string, cells.parties[b] as string) || compareIds(issueName(cells, a), issueName(cells, b)));
  return order.map((c) => {
    const row = winners[c] as number;
    const party = cells.parties[c] as string;
    const statement = candidates.statement(row);
    const via = cells.viaOf(party, candidates.lane[row] as number);
    const evidence = statement.sources.map((source) => evidenceItem(statement.id, source, via));
    for (const corroboration of corroborations.get(statement.id) ?? []) evidence.push(evidenceItem(corroboration.id, corroboration.source, via));
    const first = candidates.statement(since[c] as number);
    return cellOf(party, issueName(cells, c), statement, first.statedAt, (candidates.end[row] as number) > t, Object.freeze(evidence));
  });
}

function issueName(cells: CellTable, c: number): string {
  return cells.issues[cells.issueOf[c] as number] as string;
}

function notAnEvent(event: unknown, index: number): ValidationError {
  const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  return new ValidationError([
    {
      code: 'schema',
      index,
      path: typeof type === 'string' ? ['id'] : ['type'],
      message:
        typeof type === 'string' && ['statement', 'corroboration', 'retraction', 'correction'].includes(type)
          ? `event ${index} has no id: it is not a stored event`
          : `event ${index} is not a stored event (type ${JSON.stringify(type)})`,
      suggestion: 'fold events as a ledger or store hands them out; read raw input with Ledger.from or readEvent first',
    },
  ]);
}
