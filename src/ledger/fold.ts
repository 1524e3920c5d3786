import { isKnown, isTentative, outranks } from '../rules/index.js';
import type { Cell } from './cell.js';
import type { CellStatements } from './cell-statements.js';
import { compareClaims, type Claim } from './entry.js';
import type { Evidence } from './evidence.js';
import type { Lane } from './lane.js';
import { isLiveAt } from './liveness-toggles.js';
import { makeCell, makeEvidence } from './make-cell.js';

/**
 * The indexed fold (docs/design.md §3, §9.2): one cell's answer at valid-time bound `t`, as known at bound
 * `k`, read from the ledger's sorted statements. The rules come from src/rules:
 *
 * 1. Known (§3.1) and live (§3.2): `CellStatements.latestLive` skips what is unknown or dead.
 * 2. Candidates (§3.3): statements of the party on the issue (and, with `inherit`, of its blocs: the
 *    lanes of §4) with `start(statedAt) < t`, in the candidate order.
 * 3. Winner (§3.4): the greatest candidate; `tentative` when its `statedAt` ends after `t`.
 * 4. Since (§3.5): walk down from the winner while the candidates hold its position (the run formulation).
 * 5. Evidence (§3.6): the winner's sources, then its live corroborations.
 * 6. No candidate: no cell (§3.7: unknown, never neutral).
 */

/** Walks several lanes backwards in the candidate order, yielding live, known candidates, greatest first. */
export class CandidateCursor {
  readonly #lanes: readonly Lane[];
  /** Per lane, the row of its next candidate (-1 when the lane is exhausted). */
  readonly #rows: number[];
  readonly #k: number;

  constructor(lanes: readonly Lane[], t: number, k: number) {
    this.#lanes = lanes;
    this.#k = k;
    this.#rows = lanes.map((lane) => lane.statements.latestLive(lane.statements.countStartingBefore(t) - 1, k));
  }

  /** The next candidate, greatest first, with the bloc it came through; `undefined` when exhausted. */
  next(): { claim: Claim; via: string | undefined } | undefined {
    let best = -1;
    let bestClaim: Claim | undefined;
    for (let lane = 0; lane < this.#lanes.length; lane++) {
      const row = this.#rows[lane] as number;
      if (row < 0) continue;
      const claim = (this.#lanes[lane] as Lane).statements.claims[row] as Claim;
      // Lanes are in lane order, so on a tie (one joint statement reached through two lanes) the first lane stays.
      if (bestClaim === undefined || outranks(compareClaims(claim, bestClaim), lane, best)) {
        best = lane;
        bestClaim = claim;
      }
    }
    if (bestClaim === undefined) return undefined;
    for (let lane = 0; lane < this.#lanes.length; lane++) {
      const row = this.#rows[lane] as number;
      const statements = (this.#lanes[lane] as Lane).statements;
      if (row >= 0 && statements.claims[row] === bestClaim) {
        this.#rows[lane] = statements.latestLive(row - 1, this.#k);
      }
    }
    return { claim: bestClaim, via: (this.#lanes[best] as Lane).via };
  }
}

/**
 * Folds one cell from its lanes. Returns `undefined` when the party has no candidate on the issue.
 */
export function foldCell(party: string, issue: string, lanes: readonly Lane[], t: number, k: number): Cell | undefined {
  if (lanes.length === 1) return foldLane(party, issue, (lanes[0] as Lane).statements, (lanes[0] as Lane).via, t, k);
  if (lanes.length === 0) return undefined;
  const cursor = new CandidateCursor(lanes, t, k);
  const winner = cursor.next();
  if (winner === undefined) return undefined;
  let first = winner.claim;
  for (
    let previous = cursor.next();
    previous !== undefined && previous.claim.positionKey === winner.claim.positionKey;
    previous = cursor.next()
  ) {
    first = previous.claim;
  }
  return makeCell(
    party,
    issue,
    winner.claim.statement,
    first.statement.statedAt,
    isTentative(winner.claim.end, t),
    evidenceOf(winner.claim, k, winner.via),
  );
}

/**
 * `foldCell` for a cell with one lane (every cell unless blocs are inherited): the same walk as
 * `CandidateCursor` over one list of statements, reached `via` a bloc or not, without merging lanes or
 * allocating per candidate.
 */
export function foldLane(
  party: string,
  issue: string,
  statements: CellStatements,
  via: string | undefined,
  t: number,
  k: number,
): Cell | undefined {
  const at = statements.latestLive(statements.candidatesBefore(t, k) - 1, k);
  if (at < 0) return undefined;
  // The run back to `since` compares interned position ids in the packed rows, not claims.
  const position = statements.positionAt(at);
  let first = at;
  for (
    let row = statements.latestLive(at - 1, k);
    row >= 0 && statements.positionAt(row) === position;
    row = statements.latestLive(row - 1, k)
  )
    first = row;
  const since = statements.statedAtAt(first);
  const tentative = isTentative(statements.endAt(at), t);
  // What a cell holds comes from the packed rows; the Claim only for evidence built the first time,
  // corroborations, terms and conditions.
  if (via !== undefined) {
    // Through a bloc: its evidence says so (not the statement's shared own evidence).
    const winner = statements.claims[at] as Claim;
    return makeCell(party, issue, winner.statement, since, tentative, evidenceOf(winner, k, via));
  }
  const id = statements.idAt(at);
  let evidence: readonly Evidence[];
  if (statements.manySourcesAt(at)) evidence = ownEvidence(statements.claims[at] as Claim, undefined);
  else {
    const quote = statements.quoteAt(at);
    const document = statements.documentAt(at);
    // Built afresh, not kept: a random (T, K) mostly finds winners that never won before.
    evidence = Object.freeze([
      Object.freeze(quote === undefined ? { event: id, document } : { event: id, document, quote }),
    ]);
  }
  if (statements.corroboratedAt(at) || statements.detailedAt(at)) {
    const winner = statements.claims[at] as Claim;
    if (statements.corroboratedAt(at)) evidence = withCorroborations(winner, evidence, k, undefined);
    if (statements.detailedAt(at)) return makeCell(party, issue, winner.statement, since, tentative, evidence);
  }
  const cell: Cell = {
    party,
    issue,
    stance: statements.stanceAt(at),
    value: statements.valueAt(at),
    since,
    tentative,
    statement: id,
    evidence,
  };
  return Object.freeze(cell);
}

/**
 * The evidence of a statement as known at `k` (docs/design.md §3.6): its own sources, then its live
 * corroborations in the evidence order, each saying `via` the bloc when reached through one.
 */
export function evidenceOf(claim: Claim, k: number, via: string | undefined): readonly Evidence[] {
  // Its own sources never change: their frozen items are built once, kept on the claim, and shared between answers.
  const own = via === undefined ? (claim.ownEvidence ??= ownEvidence(claim, undefined)) : ownEvidence(claim, via);
  return withCorroborations(claim, own, k, via);
}

/** A statement's own evidence followed by its corroborations live at `k`, in the evidence order. */
function withCorroborations(
  claim: Claim,
  own: readonly Evidence[],
  k: number,
  via: string | undefined,
): readonly Evidence[] {
  let evidence: Evidence[] | undefined;
  // Kept in the evidence order: the first one recorded at or after `k` ends the known ones.
  for (const corroboration of claim.corroborations) {
    if (!isKnown(corroboration.recordedAt, k)) break;
    if (corroboration.event.type === 'corroboration' && isLiveAt(corroboration, k)) {
      (evidence ??= [...own]).push(makeEvidence(corroboration.id, corroboration.event.source, via));
    }
  }
  return evidence === undefined ? own : Object.freeze(evidence);
}

function ownEvidence(claim: Claim, via: string | undefined): readonly Evidence[] {
  const id = claim.statement.id;
  const sources = claim.statement.sources;
  const evidence: Evidence[] = [];
  for (const source of sources) evidence.push(makeEvidence(id, source, via));
  return Object.freeze(evidence);
}
