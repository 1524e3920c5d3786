import { isKnown, isLive } from '../rules/index.js';
import type { Entry } from './entry.js';

/**
 * The indexed fold's form of liveness (docs/design.md §3.2, `isLive` in src/rules): over the whole knowledge
 * clock at once. As `k` grows an entry's liveness can flip several times (retracted, then the retraction
 * retracted), so it is kept as the sorted list of instants where it flips ("toggles"): live at bound `k`
 * when an odd number of them are `< k`. An entry's toggles follow from its own `recordedAt`, its carrier's
 * toggles and its killers' toggles; targets are never recorded after what refers to them and loops are
 * refused on append, so the recursion below is well founded.
 */

/** Where to find an entry's killers and cached liveness; appends validate against an overlay of this. */
export interface LivenessSource {
  killersOf(entry: Entry): readonly Entry[];
  cached(entry: Entry): readonly number[] | undefined;
  remember(entry: Entry, toggles: readonly number[]): void;
}

/** The ledger's own source: links and caches stored on the entries. */
export const storedLiveness: LivenessSource = {
  killersOf: (entry) => entry.killers,
  cached: (entry) => entry.toggles,
  remember: (entry, toggles) => {
    entry.toggles = toggles;
  },
};

/** Whether an entry is live as known at exclusive bound `k` (`Infinity` = everything recorded). */
export function isLiveAt(entry: Entry, k: number, source: LivenessSource = storedLiveness): boolean {
  // The common case, one flip at recordedAt (live once known), needs no search.
  const toggles = togglesOf(entry, source);
  if (toggles.length === 1) return (toggles[0] as number) < k;
  return countBelow(toggles, k) % 2 === 1;
}

/** The flip instants of an entry's liveness, computed and cached on first use. */
export function togglesOf(entry: Entry, source: LivenessSource = storedLiveness): readonly number[] {
  const cached = source.cached(entry);
  if (cached !== undefined) return cached;
  const killers = source.killersOf(entry);
  let toggles: readonly number[];
  if (killers.length === 0 && entry.carrier === undefined) {
    toggles = [entry.recordedAt];
  } else {
    const carrier = entry.carrier === undefined ? undefined : togglesOf(entry.carrier, source);
    const killerToggles = killers.map((killer) => togglesOf(killer, source));
    toggles = combine(entry.recordedAt, carrier, killerToggles);
  }
  source.remember(entry, toggles);
  return toggles;
}

/**
 * The most entries of a group live at once at any knowledge time: used to enforce
 * "at most one live correction per statement" across the whole knowledge clock.
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
    // The value for every bound `k` just above `point` (up to the next point): each input is constant there.
    const k = nextAbove(point);
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

/** The least bound above `point`: instants are whole milliseconds, so `k = point + 1` knows what `point` recorded. */
function nextAbove(point: number): number {
  return point + 1;
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
