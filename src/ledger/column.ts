import { compareClaims, type Claim } from './entry.js';
import { isLive } from './liveness.js';

/**
 * One (party, issue) cell's statements, sorted by the fold's order, with a min-tree over
 * `recordedAt` so the latest statement known at `K` is found in O(log n) instead of by scanning
 * past everything recorded later.
 */
export class Column {
  readonly #claims: Claim[] = [];
  #unsorted = false;
  // `start` of each claim in sorted order, packed: the binary search of every query reads only this,
  // not a thousand scattered objects. Valid for the first `#startsValid` claims.
  #starts: Float64Array = new Float64Array(8);
  #startsValid = 0;
  #tree: Float64Array = new Float64Array(2);
  #leaves = 1;
  #stale = true;

  /** The statements, sorted by `compareClaims`. */
  get claims(): readonly Claim[] {
    if (this.#unsorted) {
      // A bulk load out of time order sorts once here instead of moving elements on every insert.
      this.#claims.sort(compareClaims);
      this.#unsorted = false;
      this.#stale = true;
      this.#startsValid = 0;
    }
    return this.#claims;
  }

  /** Adds a statement: O(1) when it sorts last (the common case), otherwise sorted lazily on the next read. */
  insert(claim: Claim): void {
    const claims = this.#claims;
    const last = claims[claims.length - 1];
    claims.push(claim);
    if (this.#unsorted || (last !== undefined && compareClaims(last, claim) > 0)) {
      this.#unsorted = true;
      this.#stale = true;
    } else if (!this.#stale && claims.length - 1 < this.#leaves) {
      // Patch one leaf of the min-tree and its ancestors instead of rebuilding it.
      this.#setLeaf(claims.length - 1, claim.entry.recordedAt);
    } else {
      this.#stale = true;
    }
  }

  #packStarts(claims: readonly Claim[]): void {
    if (this.#starts.length < claims.length) {
      const grown = new Float64Array(claims.length + (claims.length >>> 1));
      grown.set(this.#starts.subarray(0, this.#startsValid));
      this.#starts = grown;
    }
    for (let j = this.#startsValid; j < claims.length; j++) this.#starts[j] = (claims[j] as Claim).start;
    this.#startsValid = claims.length;
  }

  #setLeaf(position: number, recordedAt: number): void {
    const tree = this.#tree;
    let node = this.#leaves + position;
    tree[node] = recordedAt;
    for (node >>>= 1; node >= 1; node >>>= 1) {
      tree[node] = Math.min(tree[2 * node] as number, tree[2 * node + 1] as number);
    }
  }

  /** How many statements have `start(statedAt) < t`: the candidates at valid-time bound `t`. */
  countStartingBefore(t: number): number {
    const claims = this.claims;
    if (this.#startsValid < claims.length) this.#packStarts(claims);
    const starts = this.#starts;
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The position of the greatest live statement at or before position `from` as known at bound `k`,
   * or -1. Skips statements recorded at or after `k` through the min-tree.
   */
  latestLive(from: number, k: number): number {
    let i = from;
    while (i >= 0) {
      const j = k === Infinity ? i : this.#latestRecordedBefore(i, k);
      if (j < 0) return -1;
      const entry = (this.claims[j] as Claim).entry;
      // Never retracted nor corrected, and no replacement: live as soon as known, and it is known
      // (recordedAt < k, found above). Most entries; skipping isLive spares computing their toggles.
      if ((entry.killers.length === 0 && entry.carrier === undefined) || isLive(entry, k)) return j;
      i = j - 1;
    }
    return -1;
  }

  #latestRecordedBefore(i: number, k: number): number {
    if (this.#stale) this.#rebuild();
    const tree = this.#tree;
    const leaves = this.#leaves;
    let node = leaves + i;
    if ((tree[node] as number) < k) return i;
    while (node > 1) {
      // A right child's left sibling covers the positions just before ours.
      if (node & 1 && (tree[node - 1] as number) < k) {
        let n = node - 1;
        while (n < leaves) n = (tree[2 * n + 1] as number) < k ? 2 * n + 1 : 2 * n;
        return n - leaves;
      }
      node >>>= 1;
    }
    return -1;
  }

  #rebuild(): void {
    const claims = this.claims;
    const n = claims.length;
    // Room to grow by half again before the next rebuild.
    let leaves = 1;
    while (leaves < n + (n >>> 1) + 1) leaves <<= 1;
    const tree = new Float64Array(2 * leaves).fill(Infinity);
    for (let j = 0; j < n; j++) tree[leaves + j] = (claims[j] as Claim).entry.recordedAt;
    for (let node = leaves - 1; node >= 1; node--) {
      tree[node] = Math.min(tree[2 * node] as number, tree[2 * node + 1] as number);
    }
    this.#tree = tree;
    this.#leaves = leaves;
    this.#stale = false;
  }
}
