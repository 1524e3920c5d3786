import { compareTableRows, type EventTable, REPLACEMENT, STATEMENT } from '../columns/index.js';
import type { Statement } from '../events/index.js';
import { compareIds, isCandidate, isKnown } from '../rules/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import type { Cell } from './cell.js';
import { type Candidate, CandidateCursor, foldCell, foldLane, liveCorroborations } from './fold.js';
import type { Lane } from './lane.js';
import type { LedgerState } from './ledger-state.js';
import { isLiveAt } from './links.js';
import { eventOfRow } from './row-events.js';
import { StatementIndex } from './statement-index.js';

/**
 * The read side of a ledger, as queries see it: cells at (t, k) over numeric bounds.
 * Internal: the public API takes query times and goes through `Ledger`.
 */
export class LedgerReader {
  readonly #state: LedgerState;

  constructor(state: LedgerState) {
    this.#state = state;
  }

  /** The ledger's vocabulary, if it has one. */
  get vocabulary(): Vocabulary | undefined {
    return this.#state.vocabulary;
  }

  /** The ledger's events, as rows. */
  get table(): EventTable {
    return this.#state.table;
  }

  /** The statement index, built from the table on first use (appends keep it up to date after). */
  get index(): StatementIndex {
    const state = this.#state;
    if (state.index === undefined) {
      const index = new StatementIndex(state.context);
      const { table } = state;
      for (let row = 0; row < table.count; row++) {
        const kind = table.kind[row] as number;
        if (kind === STATEMENT || kind === REPLACEMENT) index.add(row);
      }
      state.index = index;
    }
    return state.index;
  }

  /** The lanes of one cell (docs/design.md §4): its own statements, and with `inherit` its blocs'. */
  lanes(party: string, issue: string, inherit: boolean): Lane[] {
    const blocs = inherit && this.#state.vocabulary ? this.#state.vocabulary.blocsOf(party) : [];
    return this.index.lanes(party, issue, blocs);
  }

  /** One cell at valid-time bound `t` as known at bound `k`. */
  cell(party: string, issue: string, t: number, k: number, inherit: boolean): Cell | undefined {
    const context = this.#state.context;
    if (!inherit || this.#state.vocabulary === undefined) {
      // One lane: fold its statements, without building lanes.
      const statements = this.index.statements(party, issue);
      return statements === undefined ? undefined : foldLane(context, party, issue, statements, undefined, t, k);
    }
    return foldCell(context, party, issue, this.lanes(party, issue, inherit), t, k);
  }

  /** Every (party, issue) that can have a cell, in (party, issue) id order. */
  keys(inherit: boolean): Array<readonly [string, string]> {
    const index = this.index;
    const vocabulary = this.#state.vocabulary;
    const keys: Array<readonly [string, string]> = [];
    if (!inherit || vocabulary === undefined) {
      for (const party of index.parties()) for (const issue of index.issuesOf(party)) keys.push([party, issue]);
      return keys;
    }
    const byParty = new Map<string, Set<string>>();
    for (const party of index.parties()) byParty.set(party, new Set(index.issuesOf(party)));
    for (const party of vocabulary.parties) {
      for (const member of party.members ?? []) {
        const issues = byParty.get(member) ?? new Set<string>();
        for (const issue of index.issuesOf(party.id)) issues.add(issue);
        byParty.set(member, issues);
      }
    }
    for (const party of [...byParty.keys()].sort(compareIds)) {
      for (const issue of [...(byParty.get(party) as Set<string>)].sort(compareIds)) keys.push([party, issue]);
    }
    return keys;
  }

  /** Every cell at (t, k), in (party, issue) order. */
  cells(t: number, k: number, inherit: boolean): Cell[] {
    const cells: Cell[] = [];
    const context = this.#state.context;
    if (!inherit || this.#state.vocabulary === undefined) {
      // One lane per cell: walk the index directly, in the same (party, issue) order as `keys`.
      this.index.forEachCell((party, issue, statements) => {
        const cell = foldLane(context, party, issue, statements, undefined, t, k);
        if (cell) cells.push(cell);
      });
      return cells;
    }
    for (const [party, issue] of this.keys(inherit)) {
      const cell = this.cell(party, issue, t, k, inherit);
      if (cell) cells.push(cell);
    }
    return cells;
  }

  /** A cell's live candidates as known at `k`, oldest first, each with the bloc it came through. */
  history(party: string, issue: string, k: number, inherit: boolean): Candidate[] {
    const cursor = new CandidateCursor(this.#state.context, this.lanes(party, issue, inherit), Infinity, k);
    const found: Candidate[] = [];
    for (let next = cursor.next(); next !== undefined; next = cursor.next()) found.push(next);
    return found.reverse();
  }

  /** A statement row's live corroborations as known at `k`, in the evidence order. */
  corroborations(row: number, k: number): readonly number[] {
    return liveCorroborations(this.#state.context, row, k);
  }

  /** Every live statement known at `k` with `start(statedAt) < t`, in the candidate order, decoded. */
  statements(t: number, k: number): Statement[] {
    const { table, context } = this.#state;
    const rows: number[] = [];
    for (let row = 0; row < table.count; row++) {
      const kind = table.kind[row] as number;
      if (kind !== STATEMENT && kind !== REPLACEMENT) continue;
      if (!isCandidate(table.statedStart[row] as number, t) || !isKnown(table.recordedAt[row] as number, k)) continue;
      if (isLiveAt(table, row, k, context.liveness)) rows.push(row);
    }
    rows.sort((a, b) => compareTableRows(table, a, b));
    return rows.map((row) => eventOfRow(this.#state, row) as Statement);
  }
}
