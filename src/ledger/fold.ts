import { compareTableRows, positionNumber } from '../columns/index.js';
import { isKnown, isTentative, outranks } from '../rules/index.js';
import type { Cell } from './cell.js';
import type { CellStatements, IndexContext } from './cell-statements.js';
import type { Lane } from './lane.js';
import { isLiveAt } from './links.js';
import { makeCell } from './make-cell.js';

// The indexed fold (docs/design.md §3, §9.2): one cell's answer at valid-time bound `t` as known at bound `k`,
// from the statements filed under it.

/** One candidate of a cell, as a cursor yields it: its table row, and the bloc it came through. */
export interface Candidate {
  /** The statement's table row. */
  readonly row: number;
  /** The bloc it came through (`inherit`); `undefined` for the party's own. */
  readonly via: string | undefined;
}

/** Walks several lanes backwards in the candidate order, yielding live, known candidates, greatest first. */
export class CandidateCursor {
  readonly #lanes: readonly Lane[];
  readonly #ranks: number[];
  readonly #k: number;
  readonly #context: IndexContext;

  constructor(context: IndexContext, lanes: readonly Lane[], t: number, k: number) {
    this.#context = context;
    this.#lanes = lanes;
    this.#k = k;
    this.#ranks = lanes.map((lane) => lane.statements.latestLive(lane.statements.countStartingBefore(t) - 1, k));
  }

  /** The next candidate, greatest first, with the bloc it came through; `undefined` when exhausted. */
  next(): Candidate | undefined {
    const table = this.#context.table;
    let best = -1;
    let bestRow = -1;
    for (let lane = 0; lane < this.#lanes.length; lane++) {
      const rank = this.#ranks[lane] as number;
      if (rank < 0) continue;
      const row = (this.#lanes[lane] as Lane).statements.rowAt(rank);
      // Lanes are in lane order, so on a tie (one joint statement reached through two lanes) the first lane stays.
      if (bestRow < 0 || outranks(compareTableRows(table, row, bestRow), lane, best)) {
        best = lane;
        bestRow = row;
      }
    }
    if (bestRow < 0) return undefined;
    for (let lane = 0; lane < this.#lanes.length; lane++) {
      const rank = this.#ranks[lane] as number;
      const statements = (this.#lanes[lane] as Lane).statements;
      if (rank >= 0 && statements.rowAt(rank) === bestRow) this.#ranks[lane] = statements.latestLive(rank - 1, this.#k);
    }
    return { row: bestRow, via: (this.#lanes[best] as Lane).via };
  }
}

/** Folds one cell over its lanes. `undefined` when the party has no candidate on the issue. */
export function foldCell(
  context: IndexContext,
  party: string,
  issue: string,
  lanes: readonly Lane[],
  t: number,
  k: number,
): Cell | undefined {
  if (lanes.length === 1) {
    const lane = lanes[0] as Lane;
    return foldLane(context, party, issue, lane.statements, lane.via, t, k);
  }
  if (lanes.length === 0) return undefined;
  const { table } = context;
  const cursor = new CandidateCursor(context, lanes, t, k);
  const winner = cursor.next();
  if (winner === undefined) return undefined;
  let first = winner.row;
  const position = positionNumber(table, winner.row);
  for (let previous = cursor.next(); previous !== undefined; previous = cursor.next()) {
    if (positionNumber(table, previous.row) !== position) break;
    first = previous.row;
  }
  const tentative = isTentative(table.statedEnd[winner.row] as number, t);
  return makeCell(
    table,
    party,
    issue,
    winner.row,
    first,
    tentative,
    winner.via,
    liveCorroborations(context, winner.row, k),
  );
}

/**
 * `foldCell` for a cell with one lane (every cell unless blocs are inherited): the same walk as
 * `CandidateCursor` over one list of statements, without merging lanes or allocating per candidate.
 */
export function foldLane(
  context: IndexContext,
  party: string,
  issue: string,
  statements: CellStatements,
  via: string | undefined,
  t: number,
  k: number,
): Cell | undefined {
  const at = statements.latestLive(statements.candidatesBefore(t, k) - 1, k);
  if (at < 0) return undefined;
  // The run back to `since` compares position numbers in the packed rows.
  const position = statements.positionAt(at);
  let first = at;
  for (
    let rank = statements.latestLive(at - 1, k);
    rank >= 0 && statements.positionAt(rank) === position;
    rank = statements.latestLive(rank - 1, k)
  )
    first = rank;
  const winner = statements.rowAt(at);
  const { table } = context;
  const corroborations = statements.corroboratedAt(at) ? liveCorroborations(context, winner, k) : NONE;
  const tentative = isTentative(table.statedEnd[winner] as number, t);
  return makeCell(table, party, issue, winner, statements.rowAt(first), tentative, via, corroborations);
}

const NONE: readonly number[] = Object.freeze([]);

/** A statement row's corroborations live as known at `k`, in the evidence order (docs/design.md §3.6). */
export function liveCorroborations(context: IndexContext, row: number, k: number): readonly number[] {
  const all = context.links.corroborations.get(row);
  if (all === undefined) return NONE;
  const { table, liveness } = context;
  const live: number[] = [];
  // Kept in the evidence order: the first one recorded at or after `k` ends the known ones.
  for (const corroboration of all) {
    if (!isKnown(table.recordedAt[corroboration] as number, k)) break;
    if (isLiveAt(table, corroboration, k, liveness)) live.push(corroboration);
  }
  return live;
}
