import type { Problem } from '../errors/index.js';
import { didYouMean } from '../vocabulary/index.js';
import { killsTarget } from '../rules/index.js';
import { NONE, type Entry } from './entry.js';
import type { LedgerState } from './ledger-state.js';
import { maxLiveAtOnce, togglesOf, type LivenessSource } from './liveness-toggles.js';
import { isNew, knownIds, originOf, type Pending } from './pending.js';

// The checks of a batch as a whole (docs/design.md §5.2): targets resolved and linked in an overlay
// (existing entries are not touched until commit), loops, and at most one live correction per statement
// at any knowledge time.

/** Links added to existing entries, held aside until commit. */
export interface Overlay {
  readonly killers: Map<Entry, Entry[]>;
  readonly corroborations: Map<Entry, Entry[]>;
  readonly source: LivenessSource;
  readonly memo: Map<Entry, readonly number[]>;
  readonly dirty: Set<Entry>;
}

/** Resolves the targets of a batch's new entries, links them (new targets directly, existing ones in the overlay). */
export function linkTargets(state: LedgerState, pending: Pending, problems: Problem[]): Overlay {
  const killers = new Map<Entry, Entry[]>();
  const corroborations = new Map<Entry, Entry[]>();
  const entries = pending.entries;
  for (let slot = 0; slot < entries.length; slot++) {
    const entry = entries[slot] as Entry;
    const event = entry.event;
    if (entry.carrier !== undefined || event.type === 'statement') continue;
    // The batch's own ids are in the table already (taken back if the batch fails).
    const target = state.entries.get(event.target);
    if (target === undefined) {
      problems.push({
        ...originOf(pending, slot),
        code: 'unknown-target',
        path: ['target'],
        message: `${event.type} of unknown event '${event.target}'`,
        ...didYouMean(event.target, knownIds(state, pending)),
        events: [event.id, event.target],
      });
      continue;
    }
    if (event.type !== 'retraction' && target.claim === undefined) {
      problems.push({
        ...originOf(pending, slot),
        code: 'wrong-target-type',
        path: ['target'],
        message: `a ${event.type} targets a statement, but '${target.id}' is a ${target.event.type}`,
        events: [event.id, target.id],
      });
      continue;
    }
    if (entry.recordedAt < target.recordedAt) {
      problems.push({
        ...originOf(pending, slot),
        code: 'target-recorded-later',
        path: ['recordedAt'],
        message: `${event.type} '${event.id}' is recorded at ${event.recordedAt}, before its target '${target.id}' (${target.event.recordedAt})`,
        events: [event.id, target.id],
      });
      continue;
    }
    entry.target = target;
    if (killsTarget(event.type)) {
      // A new target's own lists are not in the ledger yet: link into them directly.
      // (A list other than NONE is the entry's own array.)
      if (isNew(pending, target)) target.killers = appended(target.killers, entry);
      else pushTo(killers, target, entry);
    } else if (target.claim) {
      if (isNew(pending, target)) target.claim.corroborations = appended(target.claim.corroborations, entry);
      else pushTo(corroborations, target, entry);
    }
  }
  checkLoops(pending, problems);

  // Everything whose liveness the batch can change: targets of new killers, and what depends on them.
  // A new statement or corroboration (most of a batch) changes nothing else's, and having no cached
  // liveness, it needs no mark of its own: only killers and corrections start a walk.
  const dirty = new Set<Entry>();
  const markDirty = (entry: Entry | undefined): void => {
    if (entry === undefined || dirty.has(entry)) return;
    dirty.add(entry);
    if (killsTarget(entry.event.type)) markDirty(entry.target);
    markDirty(entry.replacement);
  };
  for (const entry of entries) if (entry.replacement !== undefined || killsTarget(entry.event.type)) markDirty(entry);
  const memo = new Map<Entry, readonly number[]>();
  const source: LivenessSource = {
    killersOf: (entry) => (isNew(pending, entry) ? entry.killers : [...entry.killers, ...(killers.get(entry) ?? [])]),
    cached: (entry) => memo.get(entry) ?? (dirty.has(entry) ? undefined : entry.toggles),
    remember: (entry, toggles) => void memo.set(entry, toggles),
  };
  return { killers, corroborations, source, memo, dirty };
}

function checkLoops(pending: Pending, problems: Problem[]): void {
  const safe = new Set<Entry>();
  const entries = pending.entries;
  for (let slot = 0; slot < entries.length; slot++) {
    const entry = entries[slot] as Entry;
    // A statement that is no replacement points nowhere, so it cannot be on a loop: most of a batch.
    if (entry.target === undefined && entry.carrier === undefined) continue;
    const path: Entry[] = [];
    const onPath = new Set<Entry>();
    let node: Entry | undefined = entry;
    // Existing entries cannot point back into the batch, so a walk that leaves the batch is safe.
    while (node !== undefined && isNew(pending, node) && !safe.has(node)) {
      if (onPath.has(node)) {
        const loop = path.slice(path.indexOf(node)).map((e) => e.id);
        problems.push({
          ...originOf(pending, slot),
          code: 'loop',
          path: ['target'],
          message: `events target each other in a loop: ${[...loop, node.id].join(' → ')}`,
          events: loop,
        });
        break;
      }
      path.push(node);
      onPath.add(node);
      // A replacement depends on its correction, so that edge closes loops too.
      node = node.target ?? node.carrier;
    }
    for (const visited of path) safe.add(visited);
  }
}

/** Checks that no statement would have two live corrections at once, at any knowledge time. */
export function checkCorrections(pending: Pending, overlay: Overlay, problems: Problem[]): void {
  const statements = new Set<Entry>();
  for (const entry of overlay.dirty) {
    if (entry.event.type === 'correction' && entry.target) statements.add(entry.target);
  }
  for (const statement of statements) {
    const corrections = overlay.source.killersOf(statement).filter((k) => k.event.type === 'correction');
    if (corrections.length < 2) continue;
    const live = maxLiveAtOnce(corrections.map((c) => togglesOf(c, overlay.source)));
    if (live > 1) {
      // Named after the batch's correction of this statement; when none is new (a retracted retraction brought an
      // old correction back), after the batch's first event.
      const slot = Math.max(
        0,
        pending.entries.findIndex((entry) => entry.target === statement && entry.event.type === 'correction'),
      );
      problems.push({
        ...(pending.entries.length === 0 ? {} : originOf(pending, slot)),
        code: 'second-correction',
        path: ['target'],
        message: `statement '${statement.id}' would have ${live} live corrections at once (${corrections.map((c) => `'${c.id}'`).join(', ')})`,
        suggestion: 'correct the replacement instead, or retract the earlier correction first',
        events: [statement.id, ...corrections.map((c) => c.id)],
      });
    }
  }
}

/** Adds to an entry's own list, giving it one on the first addition (NONE is shared). */
function appended(list: readonly Entry[], entry: Entry): readonly Entry[] {
  if (list === NONE) return [entry];
  (list as Entry[]).push(entry);
  return list;
}

function pushTo(map: Map<Entry, Entry[]>, key: Entry, value: Entry): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
