import type { EventTable } from '../columns/index.js';
import { compareTableRows, positionNumber } from '../columns/index.js';
import { isLiveAt, isMortal, type Links, type LivenessSource } from './links.js';

// Two doubles per statement in candidate order: a query reads a statement's knowledge time, position and
// flags from one place instead of from the table's columns, which are scattered across megabytes.
const STRIDE = 2;
const RECORDED = 0;
const META = 1;
/** `META` bit: retracted or corrected at some time, or a replacement, so liveness needs `isLiveAt`. */
const MORTAL = 1;
/** `META` bit: has corroborations, so its evidence needs the live ones. */
const CORROBORATED = 2;
/** `META` holds `position × FLAGS + flags`; a position numbers a stance and interned terms (docs/design.md §3.5). */
const FLAGS = 4;

/** What every cell's statements read: the event table, its links and the liveness they give. */
export interface IndexContext {
  /** The ledger's events. */
  readonly table: EventTable;
  /** Its links. */
  readonly links: Links;
  /** Liveness over its links. */
  readonly liveness: LivenessSource;
}

/**
 * The statements filed under one (party, issue): their table rows sorted in the candidate order
 * (docs/design.md §3.3), with what the fold reads of each packed beside them (start, recordedAt, a
 * position number, liveness flags), so a query walks numbers and reads the table only for its answer.
 * A rank is a statement's place in that order. A min-tree over `recordedAt` finds the latest statement
 * known at `K` in O(log n) when it is far back.
 */
export class CellStatements {
  readonly #context: IndexContext;
  #rows = new Int32Array(2);
  #count = 0;
  #unsorted = false;
  // Packed for the first `#packed` ranks: `start`s alone, for the binary search, and the two doubles above.
  #starts = new Float64Array(0);
  #packedRows = new Float64Array(0);
  #packed = 0;
  // The greatest `start - recordedAt`: a statement starting at or after `k + #lead` is recorded at or after `k`.
  #lead = -Infinity;
  // Internal nodes of a min-tree over the ranks' `recordedAt` (leaves are read from the packed rows).
  #tree = new Float64Array(0);
  #leaves = 1;
  #stale = true;

  constructor(context: IndexContext) {
    this.#context = context;
  }

  /** How many statements the cell has. */
  get size(): number {
    return this.#count;
  }

  /** The table row of the statement at `rank`. */
  rowAt(rank: number): number {
    this.#sort();
    return this.#rows[rank] as number;
  }

  /** Adds a statement row: O(1) when it sorts last (the common case), otherwise sorted lazily on the next read. */
  insert(row: number): void {
    const count = this.#count;
    if (count === this.#rows.length) {
      const rows = new Int32Array(count * 2);
      rows.set(this.#rows);
      this.#rows = rows;
    }
    const last = count > 0 ? (this.#rows[count - 1] as number) : -1;
    this.#rows[count] = row;
    this.#count = count + 1;
    if (this.#unsorted || (last >= 0 && compareTableRows(this.#context.table, last, row) > 0)) {
      this.#unsorted = true;
      this.#stale = true;
    } else if (this.#packed === count && count > 0) {
      // Sorts last in a cell already queried (an append to a queried ledger): pack it and patch the tree.
      this.#pack();
      if (!this.#stale && count < this.#leaves) this.#patch(count);
      else this.#stale = true;
    } else {
      this.#stale = true;
    }
  }

  /**
   * Re-reads a statement's flags after a retraction, correction or corroboration of it was appended
   * (they are packed when it is filed, and these are the only links added to it later).
   */
  relink(row: number): void {
    if (this.#unsorted || this.#packed < this.#count) return; // packed afresh on the next read
    const table = this.#context.table;
    const start = table.statedStart[row] as number;
    let rank = this.#countBefore(start);
    while (rank < this.#count && this.#rows[rank] !== row && (this.#starts[rank] as number) === start) rank++;
    if (this.#rows[rank] === row) this.#packedRows[rank * STRIDE + META] = this.#meta(row);
    else this.#packed = 0;
  }

  /** How many statements have `start(statedAt) < t`: the candidates at valid-time bound `t`. */
  countStartingBefore(t: number): number {
    this.#ready();
    return this.#countBefore(t);
  }

  /**
   * How many statements could be candidates at `t` as known at `k`: a bound on the ranks past which
   * nothing is both started before `t` and recorded before `k`. Tighter than `countStartingBefore(t)`
   * when `k` is before `t`, so the search for the latest known lands near it.
   */
  candidatesBefore(t: number, k: number): number {
    this.#ready();
    return this.#countBefore(Math.min(k + this.#lead, t));
  }

  /** The position number of the statement at `rank` (equal numbers, same position: docs/design.md §3.5). */
  positionAt(rank: number): number {
    return Math.floor((this.#packedRows[rank * STRIDE + META] as number) / FLAGS);
  }

  /** Whether the statement at `rank` has corroborations (live or not). */
  corroboratedAt(rank: number): boolean {
    return ((this.#packedRows[rank * STRIDE + META] as number) & CORROBORATED) !== 0;
  }

  /**
   * The rank of the greatest live statement at or before rank `from` as known at bound `k`, or -1.
   * Reads the packed rows; skips far back through the min-tree.
   */
  latestLive(from: number, k: number): number {
    this.#ready();
    const packed = this.#packedRows;
    const { table, liveness } = this.#context;
    let i = from;
    while (i >= 0) {
      // The nearest few ranks share cache lines: look at them before climbing the tree.
      let j = i;
      const stop = i - 4;
      while (j >= 0 && j > stop && (packed[j * STRIDE + RECORDED] as number) >= k) j--;
      if (j >= 0 && (packed[j * STRIDE + RECORDED] as number) >= k) j = this.#latestRecordedBefore(j, k);
      if (j < 0) return -1;
      // Never retracted nor corrected, and no replacement: live as soon as known, and it is known.
      if (
        ((packed[j * STRIDE + META] as number) & MORTAL) === 0 ||
        isLiveAt(table, this.#rows[j] as number, k, liveness)
      )
        return j;
      i = j - 1;
    }
    return -1;
  }

  #sort(): void {
    if (!this.#unsorted) return;
    // A bulk load out of time order sorts once here instead of moving elements on every insert.
    const table = this.#context.table;
    this.#rows.subarray(0, this.#count).sort((a, b) => compareTableRows(table, a, b));
    this.#unsorted = false;
    this.#stale = true;
    this.#packed = 0;
  }

  #ready(): void {
    this.#sort();
    if (this.#packed < this.#count) this.#pack();
  }

  #countBefore(t: number): number {
    const starts = this.#starts;
    let lo = 0;
    let hi = this.#packed;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #meta(row: number): number {
    const { table, links, liveness } = this.#context;
    const position = positionNumber(table, row);
    const mortal = isMortal(table, liveness, row) ? MORTAL : 0;
    const corroborated = links.corroborations.has(row) ? CORROBORATED : 0;
    return position * FLAGS + mortal + corroborated;
  }

  #pack(): void {
    const n = this.#count;
    if (this.#starts.length < n) {
      // Exact on the first pack (most cells are built then queried); room to grow on appends.
      const size = this.#packed === 0 ? n : n + (n >>> 1);
      const starts = new Float64Array(size);
      const packed = new Float64Array(size * STRIDE);
      starts.set(this.#starts.subarray(0, this.#packed));
      packed.set(this.#packedRows.subarray(0, this.#packed * STRIDE));
      this.#starts = starts;
      this.#packedRows = packed;
    }
    const { table } = this.#context;
    const starts = this.#starts;
    const packed = this.#packedRows;
    let lead = this.#packed === 0 ? -Infinity : this.#lead;
    for (let rank = this.#packed; rank < n; rank++) {
      const row = this.#rows[rank] as number;
      const start = table.statedStart[row] as number;
      const recordedAt = table.recordedAt[row] as number;
      starts[rank] = start;
      packed[rank * STRIDE + RECORDED] = recordedAt;
      packed[rank * STRIDE + META] = this.#meta(row);
      if (start - recordedAt > lead) lead = start - recordedAt;
    }
    this.#lead = lead;
    this.#packed = n;
  }

  #leaf(rank: number): number {
    return rank < this.#packed ? (this.#packedRows[rank * STRIDE + RECORDED] as number) : Infinity;
  }

  #patch(rank: number): void {
    const tree = this.#tree;
    const leaves = this.#leaves;
    let node = (leaves + rank) >>> 1;
    // The lowest internal node reads the leaves from the packed rows; the others read their children.
    tree[node] = Math.min(this.#leaf(2 * node - leaves), this.#leaf(2 * node + 1 - leaves));
    for (node >>>= 1; node >= 1; node >>>= 1) {
      tree[node] = Math.min(tree[2 * node] as number, tree[2 * node + 1] as number);
    }
  }

  #latestRecordedBefore(i: number, k: number): number {
    if (this.#stale) this.#rebuild();
    const tree = this.#tree;
    const leaves = this.#leaves;
    let node = leaves + i;
    if (this.#leaf(i) < k) return i;
    while (node > 1) {
      // A right child's left sibling covers the ranks just before ours.
      if (node & 1 && this.#node(tree, leaves, node - 1) < k) {
        let n = node - 1;
        while (n < leaves) n = this.#node(tree, leaves, 2 * n + 1) < k ? 2 * n + 1 : 2 * n;
        return n - leaves;
      }
      node >>>= 1;
    }
    return -1;
  }

  #node(tree: Float64Array, leaves: number, node: number): number {
    return node < leaves ? (tree[node] as number) : this.#leaf(node - leaves);
  }

  #rebuild(): void {
    this.#ready();
    const n = this.#count;
    // Room to grow by half again before the next rebuild.
    let leaves = 1;
    while (leaves < n + (n >>> 1) + 1) leaves <<= 1;
    this.#leaves = leaves;
    const tree = new Float64Array(leaves);
    this.#tree = tree;
    for (let node = leaves - 1; node >= leaves >>> 1 && node >= 1; node--) {
      tree[node] = Math.min(this.#leaf(2 * node - leaves), this.#leaf(2 * node + 1 - leaves));
    }
    for (let node = (leaves >>> 1) - 1; node >= 1; node--) {
      tree[node] = Math.min(tree[2 * node] as number, tree[2 * node + 1] as number);
    }
    this.#stale = false;
  }
}
