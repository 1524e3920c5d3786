import { compareStatedAt, outranks } from '../rules/index.js';
import { DEAD, LIVE, type Candidates } from './candidates.js';
import type { StreamLiveness } from './stream-liveness.js';

/**
 * The rows each cell's answer rests on (docs/design.md §3.4, §3.5): its winner (the greatest live
 * candidate), its breaker (the greatest live candidate holding another position) and its `since` (the
 * least live candidate greater than the breaker: where the winner's unbroken run begins). This is the
 * breaker formulation of `since` (`sinceByBreaker` in src/rules): no cell is sorted.
 *
 * Winner and breaker are kept up to date as rows arrive (`offer`), so the fold reads the stream once;
 * `since` takes one more scan of the packed rows. Liveness is asked only of rows about to be picked
 * (a set lookup per statement would cost more than the rest of the fold): when an online pick turns
 * out dead, its cell is picked again in one more scan that asks each row before taking it.
 */
export class Picks {
  #winners = new Int32Array(64).fill(-1);
  #breakers = new Int32Array(64).fill(-1);
  // The winner's and breaker's bounds and the winner's stance code, per cell: the rows' own columns are
  // megabytes, so comparing a new row with its cell's picks there would miss the cache on every row.
  #winnerStart = new Float64Array(64);
  #winnerEnd = new Float64Array(64);
  #winnerStance = new Uint8Array(64);
  #breakerStart = new Float64Array(64);
  #breakerEnd = new Float64Array(64);
  readonly #candidates: Candidates;

  constructor(candidates: Candidates) {
    this.#candidates = candidates;
  }

  /** Takes a new row of cell `c` into its winner and breaker. */
  offer(row: number, c: number): void {
    if (c >= this.#winners.length) this.#grow(c);
    const rows = this.#candidates;
    const winner = this.#winners[c] as number;
    const start = rows.start[row] as number;
    const end = rows.end[row] as number;
    if (winner < 0) {
      this.#setWinner(c, row, start, end);
      return;
    }
    // The candidate order, its first two keys read from this cell's picks.
    const order =
      compareStatedAt(start, end, this.#winnerStart[c] as number, this.#winnerEnd[c] as number) ||
      rows.compare(row, winner);
    if (order > 0) {
      // Every earlier row is below the old winner, so if it holds another position it is the best breaker.
      if (!this.#sameAsWinner(row, c, winner)) {
        this.#breakers[c] = winner;
        this.#breakerStart[c] = this.#winnerStart[c] as number;
        this.#breakerEnd[c] = this.#winnerEnd[c] as number;
      }
      this.#setWinner(c, row, start, end);
    } else if (order === 0) {
      // The same joint statement reached through two lanes: the first lane speaks for it.
      if (outranks(order, rows.lane[row] as number, rows.lane[winner] as number)) this.#winners[c] = row;
    } else if (!this.#sameAsWinner(row, c, winner)) {
      const breaker = this.#breakers[c] as number;
      if (
        breaker < 0 ||
        (compareStatedAt(start, end, this.#breakerStart[c] as number, this.#breakerEnd[c] as number) ||
          rows.compare(row, breaker)) > 0
      ) {
        this.#breakers[c] = row;
        this.#breakerStart[c] = start;
        this.#breakerEnd[c] = end;
      }
    }
  }

  #setWinner(c: number, row: number, start: number, end: number): void {
    this.#winners[c] = row;
    this.#winnerStart[c] = start;
    this.#winnerEnd[c] = end;
    this.#winnerStance[c] = this.#candidates.stance[row] as number;
  }

  /** `Candidates.samePosition(row, winner)`, its stance test read from this cell's picks. */
  #sameAsWinner(row: number, c: number, winner: number): boolean {
    const rows = this.#candidates;
    const { stance, hasTerms } = rows;
    if (stance[row] !== this.#winnerStance[c]) return false;
    return hasTerms[row] === 0 ? hasTerms[winner] === 0 : rows.samePosition(row, winner);
  }

  /**
   * Settles every pick on live rows and returns, per cell (`count` cells), the winner and the `since`
   * row (-1 for a cell whose every candidate is dead). Linear however many rows are dead: a cell whose
   * online pick is dead is picked again in one scan that asks about each row before taking it.
   */
  settle(liveness: StreamLiveness, count: number): { winners: Int32Array; since: Int32Array } {
    const winners = this.#winners.subarray(0, count);
    const breakers = this.#breakers.subarray(0, count);
    const rows = this.#candidates;
    const dead = (row: number) => this.#isDead(liveness, row);
    const lane = rows.lane;
    // A dead winner: pick the cell's winner and breaker again, from live rows only.
    const repick = this.#cellsWhere(count, (c) => (winners[c] as number) >= 0 && dead(winners[c] as number));
    if (repick !== undefined) {
      for (let c = 0; c < count; c++) if (repick[c] === 1) winners[c] = breakers[c] = -1;
      this.#scan(repick, (row, c) => {
        const best = winners[c] as number;
        const order = best < 0 ? 1 : rows.compare(row, best);
        if (outranks(order, lane[row] as number, lane[best] as number) && !dead(row)) winners[c] = row;
      });
    }
    // A live winner whose breaker is dead, or a winner picked again: find the breaker from live rows only.
    const rebreak = this.#cellsWhere(
      count,
      (c) => repick?.[c] === 1 || ((breakers[c] as number) >= 0 && dead(breakers[c] as number)),
    );
    if (rebreak !== undefined) {
      for (let c = 0; c < count; c++) if (rebreak[c] === 1) breakers[c] = -1;
      this.#scan(rebreak, (row, c) => {
        if (rows.samePosition(row, winners[c] as number)) return;
        const breaker = breakers[c] as number;
        if ((breaker < 0 || rows.compare(row, breaker) > 0) && !dead(row)) breakers[c] = row;
      });
    }
    // The least live row above the breaker. Every row, so written out rather than through #scan: this loop
    // is most of what the fold does after reading.
    const since = new Int32Array(count).fill(-1);
    const { cell, liveness: known } = rows;
    for (let row = 0; row < rows.count; row++) {
      if (known[row] === DEAD) continue;
      const c = cell[row] as number;
      const breaker = breakers[c] as number;
      if (breaker >= 0 && rows.compare(row, breaker) <= 0) continue;
      const first = since[c] as number;
      if ((first < 0 || rows.compare(row, first) < 0) && !dead(row)) since[c] = row;
    }
    return { winners, since };
  }

  /** Calls `visit` for every row not known dead, of the cells in `only` (all when undefined). */
  #scan(only: Uint8Array | undefined, visit: (row: number, c: number) => void): void {
    const rows = this.#candidates;
    const { cell, liveness } = rows;
    for (let row = 0; row < rows.count; row++) {
      const c = cell[row] as number;
      if ((only === undefined || only[c] === 1) && liveness[row] !== DEAD) visit(row, c);
    }
  }

  /** The cells for which `test` holds, as flags, or `undefined` when there are none. */
  #cellsWhere(count: number, test: (c: number) => boolean): Uint8Array | undefined {
    let cells: Uint8Array | undefined;
    for (let c = 0; c < count; c++) if (test(c)) (cells ??= new Uint8Array(count))[c] = 1;
    return cells;
  }

  /**
   * Whether a row's statement is dead, asked once and remembered in the rows' `liveness` column. Rows
   * are known statements, and a replacement is a row only while its correction is live, so liveness
   * (docs/design.md §3.2) comes down to whether a live retraction or correction targets it.
   */
  #isDead(liveness: StreamLiveness, row: number): boolean {
    const rows = this.#candidates;
    const column = rows.liveness;
    let state = column[row] as number;
    if (state === 0) column[row] = state = liveness.isKilled(rows.idOf(row)) ? DEAD : LIVE;
    return state === DEAD;
  }

  #grow(c: number): void {
    let size = this.#winners.length;
    while (size <= c) size *= 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(
      array: T,
      make: new (n: number) => T,
      fill: number,
    ): T => {
      const next = new make(size);
      next.fill(fill);
      next.set(array);
      return next;
    };
    this.#winners = grown(this.#winners, Int32Array, -1);
    this.#breakers = grown(this.#breakers, Int32Array, -1);
    this.#winnerStart = grown(this.#winnerStart, Float64Array, 0);
    this.#winnerEnd = grown(this.#winnerEnd, Float64Array, 0);
    this.#winnerStance = grown(this.#winnerStance, Uint8Array, 0);
    this.#breakerStart = grown(this.#breakerStart, Float64Array, 0);
    this.#breakerEnd = grown(this.#breakerEnd, Float64Array, 0);
  }
}
