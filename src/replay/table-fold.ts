import {
  CORRECTION,
  CORROBORATION,
  compareRecordedRows,
  compareTableRows,
  type EventTable,
  grown,
  REPLACEMENT,
  RETRACTION,
  STATEMENT,
  sameTablePosition,
} from '../columns/index.js';
import { ValidationError } from '../errors/index.js';
import { isKnown, isLive, outranks } from '../rules/index.js';

/** One answered cell of a table fold: rows of the table, and party and issue numbers. */
export interface FoldedCell {
  /** The party, numbered as in `lanes` (the table's party numbers, then members the table never names). */
  readonly party: number;
  /** The issue, interned in the table. */
  readonly issue: number;
  /** The winning statement's row. */
  readonly winner: number;
  /** The row whose statedAt is the cell's `since`. */
  readonly since: number;
  /** The lane the winner came through: 0 for the party's own statement, n for the party's nth bloc. */
  readonly lane: number;
  /** The live corroborations of the winner known at the fold's K, by (recordedAt, id). */
  readonly corroborations: readonly number[];
}

/**
 * With `inherit`: which members each bloc's statements also count for. Parties are numbered as the
 * table numbers them; members the table never names get numbers from `table.parties.size` on.
 */
export interface BlocLanes {
  /** For each bloc's party number, its members' numbers and the lane through which it reaches each. */
  readonly membersOf: ReadonlyMap<number, ReadonlyArray<{ readonly member: number; readonly lane: number }>>;
  /** The party id of every number from `table.parties.size` on. */
  readonly extraParties: readonly string[];
}

/** Party × issue products up to this many cells are numbered through a dense array (16 MB at most). */
const DENSE_LIMIT = 1 << 22;

const LIVE = 1;
const DEAD = 2;
const VISITING = 3;

/**
 * The stream fold over an event table (docs/design.md §9.3): every cell's winner, breaker and `since`
 * at valid-time bound `t` as known at bound `k`, from one pass over the rows and a few over typed
 * arrays, without an index. Its arrays are kept between folds (a fold over a million rows would
 * otherwise allocate tens of megabytes each time), so one `TableFold` serves one fold at a time.
 */
export class TableFold {
  #winner = new Int32Array(64);
  #winnerLane = new Int32Array(64);
  #breaker = new Int32Array(64);
  #since = new Int32Array(64);
  #cellParty = new Int32Array(64);
  #cellIssue = new Int32Array(64);
  #cells = 0;
  #liveness = new Uint8Array(64);
  // Cells by party × issue: dense while that product is small (the common case), a map beyond.
  #dense = new Int32Array(0);
  #sparse = new Map<number, number>();
  #useDense = true;
  // Every candidate of the fold, in row order: its row, its cell and the lane it came through. The
  // scans after the first pass read these instead of walking rows, parties and blocs again.
  #candidateRow = new Int32Array(64);
  #candidateCell = new Int32Array(64);
  #candidateLane = new Uint8Array(64);
  #candidates = 0;

  /** Folds `table` at `t` as known at `k`, applying blocs to their members when `lanes` is given. */
  fold(table: EventTable, t: number, k: number, lanes?: BlocLanes): FoldedCell[] {
    this.#reset(table, table.parties.size + (lanes?.extraParties.length ?? 0));
    const issueCount = table.issues.size + 1;
    const { kind, recordedAt, statedStart, partyStart, partyCount, partyList, issue } = table;
    const killers: number[] = [];
    const corroborations: number[] = [];
    for (let row = 0; row < table.count; row++) {
      const rowKind = kind[row] as number;
      if ((recordedAt[row] as number) >= k) continue;
      if (rowKind === STATEMENT || rowKind === REPLACEMENT) {
        if ((statedStart[row] as number) >= t) continue;
        const first = partyStart[row] as number;
        const last = first + (partyCount[row] as number);
        for (let p = first; p < last; p++) {
          const party = partyList[p] as number;
          this.#candidate(table, row, this.#cell(party, issue[row] as number, issueCount), 0);
          const members = lanes?.membersOf.get(party);
          if (members !== undefined)
            for (const { member, lane } of members)
              this.#candidate(table, row, this.#cell(member, issue[row] as number, issueCount), lane);
        }
      } else if (rowKind === CORROBORATION) corroborations.push(row);
      else if (rowKind === RETRACTION || rowKind === CORRECTION) killers.push(row);
    }
    const killersOf = new Map<number, number[]>();
    for (const killer of killers) {
      const target = table.target[killer] as number;
      const list = killersOf.get(target);
      if (list === undefined) killersOf.set(target, [killer]);
      else list.push(killer);
    }
    const dead = (row: number) => this.#dead(table, row, k, killersOf);
    this.#settle(table, dead);
    return this.#answers(table, corroborations, dead);
  }

  #reset(table: EventTable, parties: number): void {
    this.#cells = 0;
    this.#candidates = 0;
    this.#sparse.clear();
    this.#liveness = grown(this.#liveness, table.count);
    this.#liveness.fill(0, 0, table.count);
    const keys = parties * (table.issues.size + 1);
    this.#useDense = keys <= DENSE_LIMIT;
    if (this.#useDense) {
      this.#dense = grown(this.#dense, keys);
      this.#dense.fill(-1, 0, keys);
    }
  }

  #candidate(table: EventTable, row: number, cell: number, lane: number): void {
    const n = this.#candidates++;
    if (n === this.#candidateRow.length) {
      this.#candidateRow = grown(this.#candidateRow, n + 1);
      this.#candidateCell = grown(this.#candidateCell, n + 1);
      this.#candidateLane = grown(this.#candidateLane, n + 1);
    }
    this.#candidateRow[n] = row;
    this.#candidateCell[n] = cell;
    this.#candidateLane[n] = lane;
    this.#offer(table, cell, row, lane);
  }

  #cell(party: number, issue: number, issueCount: number): number {
    const key = party * issueCount + issue;
    let cell = this.#useDense ? (this.#dense[key] as number) : (this.#sparse.get(key) ?? -1);
    if (cell < 0) {
      cell = this.#cells++;
      if (this.#useDense) this.#dense[key] = cell;
      else this.#sparse.set(key, cell);
      if (cell === this.#winner.length) {
        const size = cell * 2;
        this.#winner = grown(this.#winner, size);
        this.#winnerLane = grown(this.#winnerLane, size);
        this.#breaker = grown(this.#breaker, size);
        this.#since = grown(this.#since, size);
        this.#cellParty = grown(this.#cellParty, size);
        this.#cellIssue = grown(this.#cellIssue, size);
      }
      this.#winner[cell] = -1;
      this.#breaker[cell] = -1;
      this.#since[cell] = -1;
      this.#winnerLane[cell] = 0;
      this.#cellParty[cell] = party;
      this.#cellIssue[cell] = issue;
    }
    return cell;
  }

  /** Takes a candidate row of `cell` into its winner and breaker. */
  #offer(table: EventTable, cell: number, row: number, lane: number): void {
    const winner = this.#winner[cell] as number;
    if (winner < 0) {
      this.#winner[cell] = row;
      this.#winnerLane[cell] = lane;
      return;
    }
    const order = compareTableRows(table, row, winner);
    if (order > 0) {
      // Every earlier row is below the old winner, so if it holds another position it is the best breaker.
      if (!sameTablePosition(table, row, winner)) this.#breaker[cell] = winner;
      this.#winner[cell] = row;
      this.#winnerLane[cell] = lane;
    } else if (order === 0) {
      // The same statement reached through another lane: the first lane speaks for it.
      if (outranks(order, lane, this.#winnerLane[cell] as number)) this.#winnerLane[cell] = lane;
    } else if (!sameTablePosition(table, row, winner)) {
      const breaker = this.#breaker[cell] as number;
      if (breaker < 0 || compareTableRows(table, row, breaker) > 0) this.#breaker[cell] = row;
    }
  }

  /** Whether a known row is dead as known at `k` (docs/design.md §3.2), worked out on demand. */
  #dead(table: EventTable, row: number, k: number, killersOf: ReadonlyMap<number, number[]>): boolean {
    const state = this.#liveness[row] as number;
    if (state === LIVE) return false;
    if (state === DEAD) return true;
    if (state === VISITING) throw loopError(table, row);
    this.#liveness[row] = VISITING;
    // docs/design.md §3.2: known, carried by a live correction (for a replacement), and no live killer.
    const known = isKnown(table.recordedAt[row] as number, k);
    const carried =
      !known || table.kind[row] !== REPLACEMENT || !this.#dead(table, table.partner[row] as number, k, killersOf);
    let killed = false;
    const killers = known && carried ? killersOf.get(row) : undefined;
    if (killers !== undefined) killed = killers.some((killer) => !this.#dead(table, killer, k, killersOf));
    const dead = !isLive(known, carried, killed);
    this.#liveness[row] = dead ? DEAD : LIVE;
    return dead;
  }

  /** Settles winners and breakers on live rows and finds each cell's `since`. */
  #settle(table: EventTable, dead: (row: number) => boolean): void {
    const count = this.#cells;
    const winner = this.#winner;
    const breaker = this.#breaker;
    const lane = this.#winnerLane;
    const rows = this.#candidateRow;
    const cells = this.#candidateCell;
    const lanes = this.#candidateLane;
    const n = this.#candidates;
    // A dead winner: pick the cell's winner again, from live candidates only.
    const repick = this.#cellsWhere(count, (c) => dead(winner[c] as number));
    if (repick !== undefined) {
      for (let c = 0; c < count; c++) if (repick[c] === 1) winner[c] = breaker[c] = -1;
      for (let i = 0; i < n; i++) {
        const c = cells[i] as number;
        if (repick[c] !== 1) continue;
        const row = rows[i] as number;
        const best = winner[c] as number;
        const order = best < 0 ? 1 : compareTableRows(table, row, best);
        if (order === 0 && outranks(order, lanes[i] as number, lane[c] as number)) lane[c] = lanes[i] as number;
        else if (order > 0 && !dead(row)) {
          winner[c] = row;
          lane[c] = lanes[i] as number;
        }
      }
    }
    // A dead breaker, or a winner picked again: find the breaker from live candidates only.
    const rebreak = this.#cellsWhere(count, (c) => {
      const b = breaker[c] as number;
      return repick?.[c] === 1 || (b >= 0 && dead(b));
    });
    if (rebreak !== undefined) {
      for (let c = 0; c < count; c++) if (rebreak[c] === 1) breaker[c] = -1;
      for (let i = 0; i < n; i++) {
        const c = cells[i] as number;
        const w = winner[c] as number;
        const row = rows[i] as number;
        if (rebreak[c] !== 1 || w < 0 || sameTablePosition(table, row, w)) continue;
        const b = breaker[c] as number;
        if ((b < 0 || compareTableRows(table, row, b) > 0) && !dead(row)) breaker[c] = row;
      }
    }
    // `since`: the least live candidate above the breaker (every candidate between it and the winner
    // holds the winner's position: docs/design.md §3.5).
    const since = this.#since;
    for (let i = 0; i < n; i++) {
      const c = cells[i] as number;
      const row = rows[i] as number;
      const b = breaker[c] as number;
      if (b >= 0 && compareTableRows(table, row, b) <= 0) continue;
      const first = since[c] as number;
      if ((first < 0 || compareTableRows(table, row, first) < 0) && !dead(row)) since[c] = row;
    }
  }

  /** The cells for which `test` holds, as flags, or `undefined` when there are none. */
  #cellsWhere(count: number, test: (c: number) => boolean): Uint8Array | undefined {
    let flags: Uint8Array | undefined;
    for (let c = 0; c < count; c++) if (test(c)) (flags ??= new Uint8Array(count))[c] = 1;
    return flags;
  }

  #answers(table: EventTable, corroborations: readonly number[], dead: (row: number) => boolean): FoldedCell[] {
    const byWinner = new Map<number, number[]>();
    for (let c = 0; c < this.#cells; c++) {
      const w = this.#winner[c] as number;
      if (w >= 0) byWinner.set(w, []);
    }
    for (const row of corroborations) {
      const list = byWinner.get(table.target[row] as number);
      // A stream joined from two files may hold an event twice; a ledger would have kept it once.
      if (list !== undefined && table.ids.find(table.idOf(row)) === row && !dead(row)) list.push(row);
    }
    for (const list of byWinner.values()) if (list.length > 1) list.sort((a, b) => compareRecordedRows(table, a, b));
    const answers: FoldedCell[] = [];
    for (let c = 0; c < this.#cells; c++) {
      const w = this.#winner[c] as number;
      if (w < 0) continue;
      answers.push({
        party: this.#cellParty[c] as number,
        issue: this.#cellIssue[c] as number,
        winner: w,
        since: this.#since[c] as number,
        lane: this.#winnerLane[c] as number,
        corroborations: byWinner.get(w) as number[],
      });
    }
    return answers;
  }
}

function loopError(table: EventTable, row: number): ValidationError {
  const id = table.idOf(row);
  const target = table.target[row] as number;
  const through = target >= 0 ? table.idOf(target) : id;
  return new ValidationError([
    {
      code: 'loop',
      path: ['target'],
      message: `'${id}' is retracted or corrected, through '${through}', by itself: a loop`,
      events: [id, through],
      suggestion: 'append the stream to a Ledger, which refuses loops, and fold that',
    },
  ]);
}
