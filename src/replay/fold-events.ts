import {
  materializeReplacement,
  type Correction,
  type Corroboration,
  type LedgerEvent,
  type Retraction,
  type Statement,
} from '../events/index.js';
import type { Cell } from '../ledger/cell.js';
import { makeCell, makeEvidence } from '../ledger/make-cell.js';
import { boundOf, knownBound } from '../ledger/query-bounds.js';
import { Snapshot } from '../ledger/snapshot.js';
import { compareIds, compareRecordedText, isCandidate, isLive, isTentative, OWN_LANE } from '../rules/index.js';
import { fuzzyTimeBounds, queryLabel, type QueryTime } from '../time/index.js';
import { Vocabulary } from '../vocabulary/index.js';
import { Candidates } from './candidates.js';
import { CellNumbers } from './cell-numbers.js';
import type { FoldEventsOptions } from './fold-events-options.js';
import { FoldWorkspace } from './fold-workspace.js';
import { canonicalRecordedAt, knownBefore } from './known-clock.js';
import { notAStoredEvent } from './not-a-stored-event.js';
import { Picks } from './picks.js';
import { isKiller, StreamLiveness } from './stream-liveness.js';

/**
 * Folds a stream of stored events straight into the snapshot at valid time `at` as known at `knownAt`
 * (the stream fold, docs/design.md §3, §9.3), without building a ledger: one pass over the events and a few
 * over typed arrays, for a question asked once of a stream (a store's events, a file already read). It
 * gives exactly what `Ledger.at` gives for the same events; a ledger pays for its index once and then
 * answers any (T, K) in milliseconds. Pass a {@link FoldWorkspace} as `workspace` to reuse working memory
 * between folds.
 *
 * The events must be stored events, as a ledger, a store or `readEvent` hands them out (validated,
 * with ids): this function trusts their shape and does not check it. Read raw input with `Ledger.from`.
 *
 * @throws {ValidationError} for a bad query time, a hole or an event of no known type, a link or replacement without an
 * id (or a statement without one that an answer rests on), or a retraction loop an answer depends on.
 * @example
 * const snapshot = foldEvents(ledger.events(), '2025-12-31', { knownAt: '2025-12-07' });
 * snapshot.cell('russia', 'ceasefire-before-settlement')?.stance; //=> 'rejects'
 */
export function foldEvents(events: Iterable<LedgerEvent>, at: QueryTime, options: FoldEventsOptions = {}): Snapshot {
  const t = boundOf(at, 'at');
  const k = knownBound(options);
  // As in Ledger.at: `inherit` is reported as asked; without a vocabulary there are no blocs to inherit from.
  const inherit = options.inherit === true;
  const vocabulary = options.vocabulary === undefined ? undefined : Vocabulary.from(options.vocabulary);
  const stream: readonly LedgerEvent[] = Array.isArray(events) ? events : [...events];
  const known = k === Infinity ? undefined : knownBefore(k);
  const cells = new CellNumbers(inherit ? vocabulary : undefined);
  const candidates = new Candidates(stream, options.workspace ?? new FoldWorkspace());
  const picks = new Picks(candidates);
  const { liveness, corroborations } = readStream(stream, t, known, cells, candidates, picks);
  const { winners, since } = picks.settle(liveness, cells.size);
  const corroborationsOfWinners = liveCorroborationsOf(candidates, winners, corroborations, liveness);
  const answers = cellsOf(candidates, cells, winners, since, t, corroborationsOfWinners);
  return new Snapshot(
    queryLabel(at),
    options.knownAt === undefined ? null : queryLabel(options.knownAt),
    inherit,
    answers,
  );
}

/** A knowledge clock: whether an event recorded then is known; `undefined` when everything is. */
type Known = ((recordedAt: string) => boolean) | undefined;

/**
 * The one pass over the stream (each event is a cold object, so a second pass would cost as much as
 * the first): every known statement stated before `t` becomes a row of each cell it counts for and is
 * offered to the picks; known retractions, corrections and corroborations are set aside. Liveness
 * follows from the retractions and corrections alone, and is asked later of the few rows picked
 * (a set lookup per statement would cost more than the rest of the pass). Live corrections' replacements
 * are added last: rows may come in any order.
 */
function readStream(
  stream: readonly LedgerEvent[],
  t: number,
  known: Known,
  cells: CellNumbers,
  candidates: Candidates,
  picks: Picks,
): { liveness: StreamLiveness; corroborations: Corroboration[] } {
  const killers: (Retraction | Correction)[] = [];
  const corroborations: Corroboration[] = [];
  const time = { start: 0, end: 0 };
  const add = (source: number, statement: Statement) => {
    fuzzyTimeBounds(statement.statedAt, time);
    if (!isCandidate(time.start, t)) return;
    const issue = cells.issue(statement.issue);
    const parties = statement.parties;
    for (let p = 0; p < parties.length; p++) {
      const party = parties[p] as string;
      let c = cells.cell(party, issue);
      picks.offer(candidates.add(source, statement, c, time.start, time.end, OWN_LANE), c);
      const members = cells.membersOf(party);
      for (let m = 0; m < members.length; m++) {
        const member = members[m] as string;
        c = cells.cell(member, issue);
        picks.offer(candidates.add(source, statement, c, time.start, time.end, cells.laneOf(member, party)), c);
      }
    }
  };
  for (let n = 0; n < stream.length; n++) {
    const event = stream[n] as LedgerEvent;
    if (typeof event !== 'object' || event === null) throw notAStoredEvent(event, n);
    const type = event.type;
    if (
      known !== undefined &&
      (type === 'statement' || isKiller(event) || type === 'corroboration') &&
      !known(event.recordedAt)
    )
      continue;
    if (type === 'statement') add(n, event);
    else if (typeof event.id !== 'string') throw notAStoredEvent(event, n);
    else if (type === 'corroboration') corroborations.push(event);
    else if (isKiller(event)) killers.push(event);
    else throw notAStoredEvent(event, n);
  }
  const liveness = new StreamLiveness(killers);
  for (const killer of killers) {
    if (killer.type !== 'correction') continue;
    // A replacement lives and dies with its correction: a dead one's replacement is no candidate.
    const carrierLive = liveness.isLiveKiller(killer);
    if (!carrierLive) continue;
    if (typeof killer.replacement.id !== 'string') throw notAStoredEvent(killer, stream.indexOf(killer));
    const replacement = materializeReplacement(killer) as Statement;
    // Known with its correction.
    if (isLive(true, carrierLive, liveness.isKilled(replacement.id)))
      add(candidates.addReplacement(replacement), replacement);
  }
  return { liveness, corroborations };
}

/** The live corroborations of each winning statement, by id, in the evidence order (docs/design.md §3.6). */
function liveCorroborationsOf(
  candidates: Candidates,
  winners: Int32Array,
  corroborations: readonly Corroboration[],
  liveness: StreamLiveness,
): Map<string, Corroboration[]> {
  const byWinner = new Map<string, Corroboration[]>();
  for (const row of winners) if (row >= 0) byWinner.set(candidates.idOf(row), []);
  // A stream joined from two files may hold an event twice; a ledger would have kept it once.
  const seen = new Set<string>();
  for (const corroboration of corroborations) {
    const list = byWinner.get(corroboration.target);
    if (list === undefined || seen.has(corroboration.id)) continue;
    seen.add(corroboration.id);
    if (!liveness.isKilled(corroboration.id)) list.push(corroboration);
  }
  const byRecorded = (a: Corroboration, b: Corroboration) =>
    compareRecordedText(canonicalRecordedAt(a.recordedAt), a.id, canonicalRecordedAt(b.recordedAt), b.id);
  for (const list of byWinner.values()) if (list.length > 1) list.sort(byRecorded);
  return byWinner;
}

/** The frozen cells, in (party, issue) order. */
function cellsOf(
  candidates: Candidates,
  cells: CellNumbers,
  winners: Int32Array,
  since: Int32Array,
  t: number,
  corroborations: Map<string, Corroboration[]>,
): Cell[] {
  const order: number[] = [];
  for (let c = 0; c < winners.length; c++) if ((winners[c] as number) >= 0) order.push(c);
  order.sort(
    (a, b) =>
      compareIds(cells.parties[a] as string, cells.parties[b] as string) ||
      compareIds(cells.issueName(a), cells.issueName(b)),
  );
  return order.map((c) => {
    const row = winners[c] as number;
    const party = cells.parties[c] as string;
    const statement = candidates.statement(row);
    const via = cells.viaOf(party, candidates.lane[row] as number);
    const evidence = statement.sources.map((source) => makeEvidence(statement.id, source, via));
    for (const corroboration of corroborations.get(statement.id) ?? [])
      evidence.push(makeEvidence(corroboration.id, corroboration.source, via));
    const first = candidates.statement(since[c] as number);
    return makeCell(
      party,
      cells.issueName(c),
      statement,
      first.statedAt,
      isTentative(candidates.end[row] as number, t),
      Object.freeze(evidence),
    );
  });
}
