import type { Problem } from '../errors/index.js';
import { didYouMean } from '../vocabulary/index.js';
import type { LedgerState, Planned } from './append.js';
import type { Entry } from './entry.js';
import { maxLiveAtOnce, togglesOf, type LivenessSource } from './liveness.js';

// The checks of a batch as a whole: targets resolved and linked in an overlay (existing entries are
// not touched until commit), loops, and at most one live correction per statement at any knowledge time.

/** The event types that take their target's liveness away. */
export const KILLS: ReadonlySet<string> = new Set(['retraction', 'correction']);

/** Links added to existing entries, held aside until commit. */
export interface Overlay {
  readonly killers: Map<Entry, Entry[]>;
  readonly corroborations: Map<Entry, Entry[]>;
  readonly source: LivenessSource;
  readonly memo: Map<Entry, readonly number[]>;
  readonly dirty: Set<Entry>;
}

export function linkTargets(state: LedgerState, batch: Map<string, Planned>, fresh: readonly Planned[], problems: Problem[]): Overlay {
  const isNew = (entry: Entry) => batch.get(entry.id)?.entry === entry;
  const killers = new Map<Entry, Entry[]>();
  const corroborations = new Map<Entry, Entry[]>();
  for (const { entry, origin } of fresh) {
    const event = entry.event;
    if (entry.carrier !== undefined || event.type === 'statement') continue;
    const target = batch.get(event.target)?.entry ?? state.entries.get(event.target);
    if (target === undefined) {
      problems.push({
        ...origin,
        code: 'unknown-target',
        path: ['target'],
        message: `${event.type} of unknown event '${event.target}'`,
        ...didYouMean(event.target, [...batch.keys(), ...state.entries.keys()]),
        events: [event.id, event.target],
      });
      continue;
    }
    if (event.type !== 'retraction' && target.claim === undefined) {
      problems.push({
        ...origin,
        code: 'wrong-target-type',
        path: ['target'],
        message: `a ${event.type} targets a statement, but '${target.id}' is a ${target.event.type}`,
        events: [event.id, target.id],
      });
      continue;
    }
    if (entry.recordedAt < target.recordedAt) {
      problems.push({
        ...origin,
        code: 'target-recorded-later',
        path: ['recordedAt'],
        message: `${event.type} '${event.id}' is recorded at ${event.recordedAt}, before its target '${target.id}' (${target.event.recordedAt})`,
        events: [event.id, target.id],
      });
      continue;
    }
    entry.target = target;
    if (KILLS.has(event.type)) {
      if (isNew(target)) target.killers.push(entry);
      else pushTo(killers, target, entry);
    } else if (target.claim) {
      if (isNew(target)) target.claim.corroborations.push(entry);
      else pushTo(corroborations, target, entry);
    }
  }
  checkLoops(fresh, isNew, problems);

  // Everything whose liveness the batch can change: targets of new killers, and what depends on them.
  const dirty = new Set<Entry>();
  const markDirty = (entry: Entry | undefined): void => {
    if (entry === undefined || dirty.has(entry)) return;
    dirty.add(entry);
    if (KILLS.has(entry.event.type)) markDirty(entry.target);
    markDirty(entry.replacement);
  };
  for (const { entry } of fresh) markDirty(entry);
  const memo = new Map<Entry, readonly number[]>();
  const source: LivenessSource = {
    killersOf: (entry) => (isNew(entry) ? entry.killers : [...entry.killers, ...(killers.get(entry) ?? [])]),
    cached: (entry) => memo.get(entry) ?? (dirty.has(entry) ? undefined : entry.toggles),
    remember: (entry, toggles) => void memo.set(entry, toggles),
  };
  return { killers, corroborations, source, memo, dirty };
}

function checkLoops(fresh: readonly Planned[], isNew: (entry: Entry) => boolean, problems: Problem[]): void {
  const safe = new Set<Entry>();
  for (const { entry, origin } of fresh) {
    // A statement that is no replacement points nowhere, so it cannot be on a loop: most of a batch.
    if (entry.target === undefined && entry.carrier === undefined) continue;
    const path: Entry[] = [];
    const onPath = new Set<Entry>();
    let node: Entry | undefined = entry;
    // Existing entries cannot point back into the batch, so a walk that leaves the batch is safe.
    while (node !== undefined && isNew(node) && !safe.has(node)) {
      if (onPath.has(node)) {
        const loop = path.slice(path.indexOf(node)).map((e) => e.id);
        problems.push({
          ...origin,
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

export function checkCorrections(fresh: readonly Planned[], overlay: Overlay, problems: Problem[]): void {
  const statements = new Set<Entry>();
  for (const entry of overlay.dirty) {
    if (entry.event.type === 'correction' && entry.target) statements.add(entry.target);
  }
  for (const statement of statements) {
    const corrections = overlay.source.killersOf(statement).filter((k) => k.event.type === 'correction');
    if (corrections.length < 2) continue;
    const live = maxLiveAtOnce(corrections.map((c) => togglesOf(c, overlay.source)));
    if (live > 1) {
      const culprit = fresh.find(({ entry }) => corrections.includes(entry) || overlay.dirty.has(entry)) ?? fresh[0];
      problems.push({
        ...(culprit?.origin ?? {}),
        code: 'second-correction',
        path: ['target'],
        message: `statement '${statement.id}' would have ${live} live corrections at once (${corrections.map((c) => `'${c.id}'`).join(', ')})`,
        suggestion: "correct the replacement instead, or retract the earlier correction first",
        events: [statement.id, ...corrections.map((c) => c.id)],
      });
    }
  }
}

function pushTo(map: Map<Entry, Entry[]>, key: Entry, value: Entry): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
