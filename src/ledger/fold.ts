import type { Terms } from '../events/index.js';
import type { Stance, StanceValue } from '../vocabulary/index.js';
import type { Column } from './column.js';
import { cellOf, evidenceItem } from './cell.js';
import { compareClaims, type Claim } from './entry.js';
import { isLive } from './liveness.js';

/**
 * The fold (DESIGN.md §2): one cell's answer at valid-time bound `t`, as known at bound `k`.
 *
 * 1. Known: recorded before `k`.  2. Live: no live retraction or correction targets it.
 * 3. Candidates: live statements of the party on the issue with `start(statedAt) < t`.
 * 4. Winner: the greatest by (start, end, recordedAt, id); `since` is where its unbroken run of the
 *    same stance and terms began; `tentative` when it may not have been said yet at `t`.
 * 5. No candidate: no cell (unknown, never neutral).
 */

/**
 * One piece of evidence behind a cell: a report of the winning statement.
 *
 * @example
 * ledger.cell('united-states', 'deal-within-reach', { at: '2026-01-06' })?.evidence.map((e) => e.document);
 * //=> ['001_c5f11daeeed803d4', '003_80dd6f8df4cb6ed5']
 */
export interface Evidence {
  /** The event that brought this source: the statement itself or a corroboration of it. */
  readonly event: string;
  /** The source document. */
  readonly document: string;
  /** The party's own words, as quoted there. */
  readonly quote?: string;
  /** The bloc the position came through, when the cell inherits it (`inherit`). */
  readonly via?: string;
}

/**
 * A party's position on an issue at a valid time, as known at a knowledge time.
 *
 * @example
 * const cell = ledger.cell('russia', 'ukraine-in-nato', { at: '2025-12-31' });
 * cell?.value; //=> -1 (opposes: Moscow wants membership barred)
 */
export interface Cell {
  /** The party. */
  readonly party: string;
  /** The issue. */
  readonly issue: string;
  /** The winning statement's stance. */
  readonly stance: Stance;
  /** Its value, −2 … +2. */
  readonly value: StanceValue;
  /** The `statedAt` of the first statement of the unbroken run that holds this stance and these terms. */
  readonly since: string;
  /** True when the winner's `statedAt` ends after the query time: it may not have been said yet then. */
  readonly tentative: boolean;
  /** The winner's terms, if any. */
  readonly terms?: Terms;
  /** The winner's conditions, if any. */
  readonly conditions?: string;
  /** The id of the winning statement. */
  readonly statement: string;
  /** The winner's sources, then its live corroborations' sources by (recordedAt, id). */
  readonly evidence: readonly Evidence[];
}

/** A column the cell draws candidates from; `via` names the bloc when they are inherited. */
export interface Lane {
  readonly column: Column;
  readonly via: string | undefined;
}

/** Walks several lanes backwards in the fold's order, yielding live, known candidates, greatest first. */
export class CandidateCursor {
  readonly #lanes: readonly Lane[];
  readonly #positions: number[];
  readonly #k: number;

  constructor(lanes: readonly Lane[], t: number, k: number) {
    this.#lanes = lanes;
    this.#k = k;
    this.#positions = lanes.map((lane) => lane.column.latestLive(lane.column.countStartingBefore(t) - 1, k));
  }

  /** The next candidate, greatest first, with the bloc it came through; `undefined` when exhausted. */
  next(): { claim: Claim; via: string | undefined } | undefined {
    let best = -1;
    let bestClaim: Claim | undefined;
    for (let lane = 0; lane < this.#lanes.length; lane++) {
      const position = this.#positions[lane] as number;
      if (position < 0) continue;
      const claim = (this.#lanes[lane] as Lane).column.claims[position] as Claim;
      // Ties are the same joint statement reached through two lanes: the earlier (own) lane wins.
      if (bestClaim === undefined || compareClaims(claim, bestClaim) > 0) {
        best = lane;
        bestClaim = claim;
      }
    }
    if (bestClaim === undefined) return undefined;
    for (let lane = 0; lane < this.#lanes.length; lane++) {
      const position = this.#positions[lane] as number;
      const column = (this.#lanes[lane] as Lane).column;
      if (position >= 0 && column.claims[position] === bestClaim) {
        this.#positions[lane] = column.latestLive(position - 1, this.#k);
      }
    }
    return { claim: bestClaim, via: (this.#lanes[best] as Lane).via };
  }
}

/**
 * Folds one cell. Returns `undefined` when the party has no candidate on the issue.
 */
export function foldCell(party: string, issue: string, lanes: readonly Lane[], t: number, k: number): Cell | undefined {
  if (lanes.length === 1) return foldColumn(party, issue, (lanes[0] as Lane).column, (lanes[0] as Lane).via, t, k);
  if (lanes.length === 0) return undefined;
  const cursor = new CandidateCursor(lanes, t, k);
  const winner = cursor.next();
  if (winner === undefined) return undefined;
  let first = winner.claim;
  for (
    let previous = cursor.next();
    previous !== undefined && previous.claim.position === winner.claim.position;
    previous = cursor.next()
  ) {
    first = previous.claim;
  }
  return cellOf(
    party,
    issue,
    winner.claim.statement,
    first.statement.statedAt,
    winner.claim.end > t,
    evidenceOf(winner.claim, k, winner.via),
  );
}

/**
 * `foldCell` for a cell with one lane, `column` (reached `via` a bloc, or not) (every cell unless blocs are inherited): the same walk as
 * `CandidateCursor` over one column, without merging lanes or allocating per candidate.
 */
export function foldColumn(
  party: string,
  issue: string,
  column: Column,
  via: string | undefined,
  t: number,
  k: number,
): Cell | undefined {
  const at = column.latestLive(column.candidatesBefore(t, k) - 1, k);
  if (at < 0) return undefined;
  // The run back to `since` compares interned positions in the column's packed rows, not claims.
  const position = column.positionAt(at);
  let first = at;
  for (
    let p = column.latestLive(at - 1, k);
    p >= 0 && column.positionAt(p) === position;
    p = column.latestLive(p - 1, k)
  )
    first = p;
  const since = column.statedAtAt(first);
  const tentative = column.endAt(at) > t;
  // What a cell holds comes from the column; the Claim only for evidence built the first time,
  // corroborations, terms and conditions.
  if (via !== undefined) {
    // Through a bloc: its evidence says so (not the column's shared own evidence).
    const winner = column.claims[at] as Claim;
    return cellOf(party, issue, winner.statement, since, tentative, evidenceOf(winner, k, via));
  }
  const id = column.idAt(at);
  let evidence: readonly Evidence[];
  if (column.manySourcesAt(at)) evidence = ownEvidence(column.claims[at] as Claim, undefined);
  else {
    const quote = column.quoteAt(at);
    const document = column.documentAt(at);
    // Built afresh, not kept: a random (T, K) mostly finds winners that never won before.
    evidence = Object.freeze([
      Object.freeze(quote === undefined ? { event: id, document } : { event: id, document, quote }),
    ]);
  }
  if (column.corroboratedAt(at) || column.detailedAt(at)) {
    const winner = column.claims[at] as Claim;
    if (column.corroboratedAt(at)) evidence = withCorroborations(winner, evidence, k, undefined);
    if (column.detailedAt(at)) return cellOf(party, issue, winner.statement, since, tentative, evidence);
  }
  const cell: Cell = {
    party,
    issue,
    stance: column.stanceAt(at),
    value: column.valueAt(at),
    since,
    tentative,
    statement: id,
    evidence,
  };
  return Object.freeze(cell);
}

/** The evidence of a statement as known at `k`: its own sources, then live corroborations by (recordedAt, id). */
export function evidenceOf(claim: Claim, k: number, via: string | undefined): readonly Evidence[] {
  // Its own sources never change: build their frozen items once and share them between answers.
  const own = via === undefined ? (claim.ownEvidence ??= ownEvidence(claim, undefined)) : ownEvidence(claim, via);
  return withCorroborations(claim, own, k, via);
}

/** A statement's own evidence followed by its corroborations live at `k`, by (recordedAt, id). */
function withCorroborations(
  claim: Claim,
  own: readonly Evidence[],
  k: number,
  via: string | undefined,
): readonly Evidence[] {
  let evidence: Evidence[] | undefined;
  for (const corroboration of claim.corroborations) {
    if (corroboration.recordedAt >= k) break;
    if (corroboration.event.type === 'corroboration' && isLive(corroboration, k)) {
      (evidence ??= [...own]).push(evidenceItem(corroboration.id, corroboration.event.source, via));
    }
  }
  return evidence === undefined ? own : Object.freeze(evidence);
}

function ownEvidence(claim: Claim, via: string | undefined): readonly Evidence[] {
  const id = claim.statement.id;
  const sources = claim.statement.sources;
  const evidence: Evidence[] = [];
  for (const source of sources) evidence.push(evidenceItem(id, source, via));
  return Object.freeze(evidence);
}
