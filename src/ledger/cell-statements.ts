import type { Stance, StanceValue } from '../rules/index.js';
import { compareClaims, type Claim } from './entry.js';
import { isLiveAt } from './liveness-toggles.js';

// Row layout, 4 doubles (32 bytes) per statement in sorted order: a query reads a statement's
// knowledge time, end, position and flags from one cache line instead of from three objects.
const STRIDE = 4;
const RECORDED = 0;
const END = 1;
const META = 2;
/** `META` bit: retracted or corrected at some time, or a replacement, so liveness needs `isLiveAt`. */
const MORTAL = 1;
/** `META` bit: has corroborations, so its evidence needs the live ones. */
const CORROBORATED = 2;
/** `META` bit: has terms or conditions, so its cell reads them from the statement. */
const DETAILED = 4;
/** `META` bit: has other than exactly one source, so its evidence reads the statement's sources. */
const SOURCES = 8;
/** `META` holds `position id × FLAGS + flags` (a position id is the statement's interned position key). */
const FLAGS = 16;
// References, 4 per statement in sorted order: what a cell holds of its winner (its id, statedAt, and
// its one source's document and quote), read without reaching the Claim, its Statement and its sources
// (a chain of cold objects on a large heap).
const REFS = 4;
const ID = 0;
const STATED_AT = 1;
const DOCUMENT = 2;
const QUOTE = 3;

/**
 * The statements filed under one (party, issue), sorted in the candidate order (docs/design.md §3.3), with
 * what the fold reads of each packed into typed arrays (start, end, recordedAt, an interned position,
 * liveness flags), so a query walks numbers and touches the statement objects only for its answer. A row
 * is a statement's index in that order. A min-tree over `recordedAt` finds the latest statement known at
 * `K` in O(log n) when it is far back.
 */
export class CellStatements {
  readonly #claims: Claim[] = [];
  #unsorted = false;
  // Packed for the first `#packed` claims (sorted order): `start`s alone, for the binary search, and rows.
  #starts: Float64Array = new Float64Array(0);
  #rows: Float64Array = new Float64Array(0);
  #packed = 0;
  // The greatest `start - recordedAt`: a statement starting at or after `k + #lead` is recorded at or after `k`.
  #lead = -Infinity;
  #refs: unknown[] = [];
  // Position keys (stance and terms) interned to small integers, for the `since` walk, with their stance.
  readonly #positionIds = new Map<string, number>();
  readonly #stances: Stance[] = [];
  readonly #values: StanceValue[] = [];
  // Internal nodes of a min-tree over the rows' `recordedAt` (leaves are read from the rows).
  #tree: Float64Array = new Float64Array(0);
  #leaves = 1;
  #stale = true;

  /** The statements, sorted in the candidate order. */
  get claims(): readonly Claim[] {
    if (this.#unsorted) {
      // A bulk load out of time order sorts once here instead of moving elements on every insert.
      this.#claims.sort(compareClaims);
      this.#unsorted = false;
      this.#stale = true;
      this.#packed = 0;
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
    } else if (this.#packed === claims.length - 1 && this.#packed > 0) {
      // Sorts last on packed statements (an append to a queried ledger): pack it and patch the tree.
      this.#pack(claims);
      if (!this.#stale && claims.length - 1 < this.#leaves) this.#patch(claims.length - 1);
      else this.#stale = true;
    } else {
      this.#stale = true;
    }
  }

  /**
   * Re-reads a statement's flags after a retraction, correction or corroboration of it was appended
   * (they are packed when it is filed, and these are the only links added to it later).
   */
  relink(claim: Claim): void {
    if (this.#unsorted || this.#packed < this.#claims.length) return; // packed afresh on the next read
    const claims = this.#claims;
    let j = this.#countBefore(claim.start);
    while (j < claims.length && claims[j] !== claim && (this.#starts[j] as number) === claim.start) j++;
    if (claims[j] === claim) this.#rows[j * STRIDE + META] = this.#meta(claim);
    else this.#packed = 0;
  }

  /** How many statements have `start(statedAt) < t`: the candidates at valid-time bound `t`. */
  countStartingBefore(t: number): number {
    const claims = this.claims;
    if (this.#packed < claims.length) this.#pack(claims);
    return this.#countBefore(t);
  }

  /**
   * How many statements could be candidates at `t` as known at `k`: a bound on the rows past
   * which nothing is both started before `t` and recorded before `k`. Tighter than
   * `countStartingBefore(t)` when `k` is before `t`, so the search for the latest known lands near it.
   */
  candidatesBefore(t: number, k: number): number {
    const claims = this.claims;
    if (this.#packed < claims.length) this.#pack(claims);
    const bound = k + this.#lead;
    return this.#countBefore(Math.min(bound, t));
  }

  /** The position id (interned stance and terms) of the statement in `row`: equal ids, same position. */
  positionAt(row: number): number {
    return Math.floor((this.#rows[row * STRIDE + META] as number) / FLAGS);
  }

  /** The stance of the statement in `row`. */
  stanceAt(row: number): Stance {
    return this.#stances[this.positionAt(row)] as Stance;
  }

  /** The stance value of the statement in `row`. */
  valueAt(row: number): StanceValue {
    return this.#values[this.positionAt(row)] as StanceValue;
  }

  /** The id of the statement in `row`. */
  idAt(row: number): string {
    return this.#refs[row * REFS + ID] as string;
  }

  /** The `statedAt` of the statement in `row`. */
  statedAtAt(row: number): string {
    return this.#refs[row * REFS + STATED_AT] as string;
  }

  /** Whether the statement in `row` has terms or conditions (its cell reads them from the statement). */
  detailedAt(row: number): boolean {
    return ((this.#rows[row * STRIDE + META] as number) & DETAILED) !== 0;
  }

  /** Whether the statement in `row` has other than exactly one source (`documentAt` is then undefined). */
  manySourcesAt(row: number): boolean {
    return ((this.#rows[row * STRIDE + META] as number) & SOURCES) !== 0;
  }

  /** The document of the one source of the statement in `row`. */
  documentAt(row: number): string {
    return this.#refs[row * REFS + DOCUMENT] as string;
  }

  /** The quote of the one source of the statement in `row`, if it has one. */
  quoteAt(row: number): string | undefined {
    return this.#refs[row * REFS + QUOTE] as string | undefined;
  }

  /** `end(statedAt)` of the statement in `row`. */
  endAt(row: number): number {
    return this.#rows[row * STRIDE + END] as number;
  }

  /** Whether the statement in `row` has corroborations (live or not). */
  corroboratedAt(row: number): boolean {
    return ((this.#rows[row * STRIDE + META] as number) & CORROBORATED) !== 0;
  }

  /**
   * The row of the greatest live statement at or before row `from` as known at bound `k`,
   * or -1. Reads the packed rows; skips far back through the min-tree.
   */
  latestLive(from: number, k: number): number {
    const claims = this.claims;
    if (this.#packed < claims.length) this.#pack(claims);
    const rows = this.#rows;
    let i = from;
    while (i >= 0) {
      // The nearest few rows share cache lines: look at them before climbing the tree.
      let j = i;
      const stop = i - 4;
      while (j >= 0 && j > stop && (rows[j * STRIDE + RECORDED] as number) >= k) j--;
      if (j >= 0 && (rows[j * STRIDE + RECORDED] as number) >= k) j = this.#latestRecordedBefore(j, k);
      if (j < 0) return -1;
      // Never retracted nor corrected, and no replacement: live as soon as known, and it is known.
      if (((rows[j * STRIDE + META] as number) & MORTAL) === 0 || isLiveAt((claims[j] as Claim).entry, k)) return j;
      i = j - 1;
    }
    return -1;
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

  #meta(claim: Claim): number {
    const statement = claim.statement;
    let id = this.#positionIds.get(claim.positionKey);
    if (id === undefined) {
      id = this.#positionIds.size;
      this.#positionIds.set(claim.positionKey, id);
      this.#stances.push(statement.stance);
      this.#values.push(claim.value);
    }
    const entry = claim.entry;
    const mortal = entry.killers.length > 0 || entry.carrier !== undefined ? MORTAL : 0;
    const detailed = statement.terms !== undefined || statement.conditions !== undefined ? DETAILED : 0;
    const sources = statement.sources.length === 1 ? 0 : SOURCES;
    return id * FLAGS + mortal + (claim.corroborations.length > 0 ? CORROBORATED : 0) + detailed + sources;
  }

  #pack(claims: readonly Claim[]): void {
    const n = claims.length;
    if (this.#starts.length < n) {
      // Exact on the first pack (most cells are built then queried); room to grow on appends.
      const size = this.#packed === 0 ? n : n + (n >>> 1);
      const starts = new Float64Array(size);
      const rows = new Float64Array(size * STRIDE);
      starts.set(this.#starts.subarray(0, this.#packed));
      rows.set(this.#rows.subarray(0, this.#packed * STRIDE));
      this.#starts = starts;
      this.#rows = rows;
    }
    const starts = this.#starts;
    const rows = this.#rows;
    let lead = this.#packed === 0 ? -Infinity : this.#lead;
    const refs = this.#refs;
    refs.length = this.#packed * REFS;
    for (let j = this.#packed; j < n; j++) {
      const claim = claims[j] as Claim;
      const statement = claim.statement;
      const source = statement.sources.length === 1 ? statement.sources[0] : undefined;
      refs.push(statement.id, statement.statedAt, source?.document, source?.quote);
      const recordedAt = claim.entry.recordedAt;
      starts[j] = claim.start;
      rows[j * STRIDE + RECORDED] = recordedAt;
      rows[j * STRIDE + END] = claim.end;
      rows[j * STRIDE + META] = this.#meta(claim);
      if (claim.start - recordedAt > lead) lead = claim.start - recordedAt;
    }
    this.#lead = lead;
    this.#packed = n;
  }

  #leaf(row: number): number {
    return row < this.#packed ? (this.#rows[row * STRIDE + RECORDED] as number) : Infinity;
  }

  #patch(row: number): void {
    const tree = this.#tree;
    const leaves = this.#leaves;
    let node = (leaves + row) >>> 1;
    // The lowest internal node reads the leaves from the rows; the others read their children.
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
      // A right child's left sibling covers the rows just before ours.
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
    const claims = this.claims;
    if (this.#packed < claims.length) this.#pack(claims);
    const n = claims.length;
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
