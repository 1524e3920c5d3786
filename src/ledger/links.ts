import { REPLACEMENT, type EventTable } from '../columns/index.js';
import { isKnown, isLive } from '../rules/index.js';

/**
 * The links between rows that appends add and the folds read, beside the event table: what retracts
 * or corrects each row, what corroborates each statement, and each mortal row's liveness over the whole
 * knowledge clock (docs/design.md §9.2). Few rows have any, so these are maps keyed by row.
 */
export class Links {
  /** The retractions and corrections targeting each row that has any. */
  readonly killers = new Map<number, number[]>();
  /** The corroborations of each statement row that has any, in the evidence order (recordedAt, id). */
  readonly corroborations = new Map<number, number[]>();
  /** Each mortal row's liveness flips, worked out on first use (see {@link togglesOf}). */
  readonly toggles = new Map<number, readonly number[]>();
}

/**
 * Where liveness reads a row's killers and its cached flips: the ledger's own {@link Links}, or, while an
 * append is being checked, an overlay that adds the batch's links without touching the ledger's.
 */
export interface LivenessSource {
  /** The retractions and corrections targeting a row. */
  killersOf(row: number): readonly number[];
  /** A row's flips if already worked out. */
  cached(row: number): readonly number[] | undefined;
  /** Keeps a row's flips. */
  remember(row: number, toggles: readonly number[]): void;
}

const NO_KILLERS: readonly number[] = Object.freeze([]);

/**
 * The ledger's own liveness source.
 *
 * @example
 * isLiveAt(table, row, k, storedLiveness(links));
 */
export function storedLiveness(links: Links): LivenessSource {
  return {
    killersOf: (row) => links.killers.get(row) ?? NO_KILLERS,
    cached: (row) => links.toggles.get(row),
    remember: (row, toggles) => void links.toggles.set(row, toggles),
  };
}

/**
 * Whether a row can die: something retracts or corrects it, or it is a replacement (it dies with its
 * correction). Every other row is live exactly when it is known.
 */
export function isMortal(table: EventTable, source: LivenessSource, row: number): boolean {
  return table.kind[row] === REPLACEMENT || source.killersOf(row).length > 0;
}

/**
 * Whether a row is live as known at exclusive bound `k` (docs/design.md §3.2).
 *
 * @example
 * isLiveAt(table, row, Infinity, storedLiveness(links)); //=> true unless a live retraction targets it
 */
export function isLiveAt(table: EventTable, row: number, k: number, source: LivenessSource): boolean {
  if (!isMortal(table, source, row)) return isKnown(table.recordedAt[row] as number, k);
  const toggles = togglesOf(table, row, source);
  // The common case, one flip at recordedAt (live once known), needs no search.
  if (toggles.length === 1) return (toggles[0] as number) < k;
  return countBelow(toggles, k) % 2 === 1;
}

/**
 * The indexed fold's form of liveness (`isLive` in src/rules) over the whole knowledge clock at once.
 * As `k` grows a row's liveness can flip several times (retracted, then the retraction retracted), so
 * it is kept as the sorted instants where it flips: live at bound `k` when an odd number of them are
 * `< k`. A row's flips follow from its own `recordedAt`, its correction's (for a replacement) and its
 * killers'; targets are never recorded after what refers to them and loops are refused on append, so the
 * recursion is well founded.
 */
export function togglesOf(table: EventTable, row: number, source: LivenessSource): readonly number[] {
  const cached = source.cached(row);
  if (cached !== undefined) return cached;
  const recordedAt = table.recordedAt[row] as number;
  const killers = source.killersOf(row);
  const carrier = table.kind[row] === REPLACEMENT ? (table.partner[row] as number) : -1;
  let toggles: readonly number[];
  if (killers.length === 0 && carrier < 0) toggles = [recordedAt];
  else {
    toggles = combine(
      recordedAt,
      carrier < 0 ? undefined : togglesOf(table, carrier, source),
      killers.map((killer) => togglesOf(table, killer, source)),
    );
  }
  source.remember(row, toggles);
  return toggles;
}

/**
 * The most rows of a group live at once at any knowledge time: "at most one live correction per
 * statement" must hold across the whole knowledge clock (docs/design.md §5.2).
 */
export function maxLiveAtOnce(groups: readonly (readonly number[])[]): number {
  const points = [...new Set(groups.flat())].sort((a, b) => a - b);
  let max = 0;
  for (const point of points) {
    let live = 0;
    for (const toggles of groups) if (countAtOrBelow(toggles, point) % 2 === 1) live++;
    max = Math.max(max, live);
  }
  return max;
}

function combine(
  recordedAt: number,
  carrier: readonly number[] | undefined,
  killers: readonly (readonly number[])[],
): number[] {
  const points = new Set<number>([recordedAt]);
  if (carrier) for (const t of carrier) points.add(t);
  for (const toggles of killers) for (const t of toggles) points.add(t);
  const sorted = [...points].sort((a, b) => a - b);
  const result: number[] = [];
  let previous = false;
  for (const point of sorted) {
    // Each input is constant for every bound just above `point` up to the next point; instants are whole
    // milliseconds, so the least such bound, `point + 1`, knows what `point` recorded.
    const k = point + 1;
    const carried = carrier === undefined || countAtOrBelow(carrier, point) % 2 === 1;
    const killed = killers.some((toggles) => countAtOrBelow(toggles, point) % 2 === 1);
    const live = isLive(isKnown(recordedAt, k), carried, killed);
    if (live !== previous) {
      result.push(point);
      previous = live;
    }
  }
  return result;
}

function countBelow(sorted: readonly number[], k: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countAtOrBelow(sorted: readonly number[], point: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= point) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
