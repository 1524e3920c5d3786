import { compareIds, isCandidate, isKnown } from '../rules/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import type { Cell } from './cell.js';
import { compareClaims, type Claim } from './entry.js';
import { CandidateCursor, foldCell, foldLane } from './fold.js';
import type { Lane } from './lane.js';
import type { LedgerState } from './ledger-state.js';
import { isLiveAt } from './liveness-toggles.js';

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

  /** The lanes of one cell (docs/design.md §4): its own statements, and with `inherit` its blocs'. */
  lanes(party: string, issue: string, inherit: boolean): Lane[] {
    const blocs = inherit && this.#state.vocabulary ? this.#state.vocabulary.blocsOf(party) : [];
    return this.#state.index.lanes(party, issue, blocs);
  }

  /** One cell at valid-time bound `t` as known at bound `k`. */
  cell(party: string, issue: string, t: number, k: number, inherit: boolean): Cell | undefined {
    if (!inherit || this.#state.vocabulary === undefined) {
      // One lane: fold its statements, without building lanes.
      const statements = this.#state.index.statements(party, issue);
      return statements === undefined ? undefined : foldLane(party, issue, statements, undefined, t, k);
    }
    return foldCell(party, issue, this.lanes(party, issue, inherit), t, k);
  }

  /** Every (party, issue) that can have a cell, in (party, issue) id order. */
  keys(inherit: boolean): Array<readonly [string, string]> {
    const index = this.#state.index;
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
    if (!inherit || this.#state.vocabulary === undefined) {
      // One lane per cell: walk the index directly, in the same (party, issue) order as `keys`.
      this.#state.index.forEachCell((party, issue, statements) => {
        const cell = foldLane(party, issue, statements, undefined, t, k);
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
  history(party: string, issue: string, k: number, inherit: boolean): Array<{ claim: Claim; via: string | undefined }> {
    const cursor = new CandidateCursor(this.lanes(party, issue, inherit), Infinity, k);
    const found: Array<{ claim: Claim; via: string | undefined }> = [];
    for (let next = cursor.next(); next !== undefined; next = cursor.next()) found.push(next);
    return found.reverse();
  }

  /** Every live statement known at `k` with `start(statedAt) < t`, in the candidate order. */
  statements(t: number, k: number): Claim[] {
    const claims: Claim[] = [];
    for (const entry of this.#state.entries.values()) {
      const claim = entry.claim;
      if (claim && isCandidate(claim.start, t) && isKnown(entry.recordedAt, k) && isLiveAt(entry, k))
        claims.push(claim);
    }
    return claims.sort(compareClaims);
  }
}
