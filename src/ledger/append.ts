import { ValidationError, type Problem } from '../errors/index.js';
import { materializeReplacement, type EventOrigin, type LedgerEvent, type Statement } from '../events/index.js';
import { readEventBySchema } from '../events/read-event.js';
import { positionKey, stanceValue } from '../rules/index.js';
import { fuzzyTimeBounds, instantMs } from '../time/index.js';
import { checkVocabulary, claimId } from './append-checks.js';
import { checkCorrections, linkTargets, type Overlay } from './append-links.js';
import type { AppendOptions } from './append-options.js';
import type { AppendResult } from './append-result.js';
import { compareEntriesRecorded, NONE, type Claim, type Entry } from './entry.js';
import type { LedgerState } from './ledger-state.js';
import type { Pending } from './pending.js';

/**
 * Appends a batch all-or-nothing (docs/design.md §5.1). Caller code (the iterable, upcasters) runs first,
 * while every event is read, and sees the ledger as it was. Then each new id goes into the ledger's id
 * table as it is checked (so one lookup both finds a conflict and takes the id, on a table of a million
 * ids) and everything else is checked against an overlay of the current state; if any problem is found,
 * the ids are taken out again and nothing else was touched.
 *
 * @throws {ValidationError} listing every problem in the batch.
 */
export function appendBatch(state: LedgerState, raws: Iterable<unknown>, options: AppendOptions = {}): AppendResult {
  const { lines, file } = options;
  // Literals with their keys in the order index, line, file: problems spread them, so it shows in their JSON.
  const originAt = (index: number): EventOrigin => {
    const line = lines?.[index];
    return line === undefined
      ? file === undefined
        ? { index }
        : { index, file }
      : file === undefined
        ? { index, line }
        : { index, line, file };
  };

  // Read every event: readEvent without its result wrapper, the fast path, else the schema, which alone reports problems.
  const readOptions = state.upcasters === undefined ? {} : { upcasters: state.upcasters };
  const read: (LedgerEvent | readonly Problem[])[] = [];
  for (const raw of raws) {
    const event = state.eventReader.read(raw);
    if (event !== undefined) {
      read.push(event);
      continue;
    }
    const result = readEventBySchema(raw, readOptions, originAt(read.length));
    read.push(result.ok ? result.event : result.problems);
  }

  const problems: Problem[] = [];
  const unchanged: string[] = [];
  const pending: Pending = { entries: [], indexes: [], fresh: new Set(), originAt };
  const { entries, indexes, fresh } = pending;
  const take = (entry: Entry, index: number) => {
    state.entries.set(entry.id, entry);
    entries.push(entry);
    indexes.push(index);
    fresh.add(entry);
  };
  // One scratch pair for the batch's statedAt bounds: no object per statement.
  const bounds = { start: 0, end: 0 };
  let overlay: Overlay;
  try {
    for (let index = 0; index < read.length; index++) {
      const item = read[index] as LedgerEvent | readonly Problem[];
      // Problems are listed in batch order, whichever stage found them.
      if (Array.isArray(item)) {
        problems.push(...(item as readonly Problem[]));
        continue;
      }
      const event = item as LedgerEvent;
      if (state.vocabulary !== undefined) checkVocabulary(state.vocabulary, event, originAt(index), problems);
      if (!claimId(state, pending, event, index, problems, unchanged)) continue;
      const entry = makeEntry(event, undefined, bounds);
      take(entry, index);
      if (event.type === 'correction') {
        const replacement = makeEntry(materializeReplacement(event) as Statement, entry, bounds);
        entry.replacement = replacement;
        const holder = state.entries.get(replacement.id);
        if (holder !== undefined) {
          problems.push({
            ...originAt(index),
            code: 'id-conflict',
            path: ['replacement', 'id'],
            message: `replacement id '${replacement.id}' is already used by event '${holder.id}'`,
            events: [event.id, holder.id],
          });
          continue;
        }
        take(replacement, index);
      }
    }
    overlay = linkTargets(state, pending, problems);
    if (problems.length === 0) checkCorrections(pending, overlay, problems);
    if (problems.length > 0) throw new ValidationError(problems);
  } catch (error) {
    for (const entry of entries) state.entries.delete(entry.id);
    throw error;
  }

  commit(state, entries, overlay);
  const added: LedgerEvent[] = [];
  for (const entry of entries) if (entry.carrier === undefined) added.push(entry.event);
  return Object.freeze({ added: Object.freeze(added), unchanged: Object.freeze(unchanged) });
}

function makeEntry(event: LedgerEvent, carrier: Entry | undefined, bounds: { start: number; end: number }): Entry {
  const entry: Entry = {
    event,
    id: event.id,
    // The stored recordedAt is already normalised: instantMs reads it without building a Date.
    recordedAt: instantMs(event.recordedAt),
    killers: NONE,
    target: undefined,
    carrier,
    replacement: undefined,
    toggles: undefined,
    claim: undefined,
  };
  if (event.type !== 'statement') return entry;
  fuzzyTimeBounds(event.statedAt, bounds);
  const claim: Claim = {
    statement: event,
    entry,
    start: bounds.start,
    end: bounds.end,
    value: stanceValue(event.stance),
    positionKey: positionKey(event.stance, event.terms),
    corroborations: NONE,
    ownEvidence: undefined,
  };
  return Object.assign(entry, { claim });
}

function commit(state: LedgerState, entries: readonly Entry[], overlay: Overlay): void {
  for (const [target, added] of overlay.killers) target.killers = [...target.killers, ...added];
  for (const [target, added] of overlay.corroborations) {
    if (target.claim) target.claim.corroborations = [...target.claim.corroborations, ...added];
  }
  for (const target of [...overlay.killers.keys(), ...overlay.corroborations.keys()])
    if (target.claim) state.index.relink(target.claim);
  const sortCorroborations = (entry: Entry) => {
    // Only lists of the entry's own: NONE is shared (and empty).
    if (entry.claim && entry.claim.corroborations.length > 1)
      (entry.claim.corroborations as Entry[]).sort(compareEntriesRecorded);
  };
  for (const entry of overlay.corroborations.keys()) sortCorroborations(entry);
  for (const entry of entries) sortCorroborations(entry);
  for (const entry of overlay.dirty) entry.toggles = overlay.memo.get(entry);
  // Liveness worked out for new entries while checking corrections stays valid: keep it.
  for (const [entry, toggles] of overlay.memo) entry.toggles = toggles;
  for (const entry of entries) {
    // (Already in state.entries: the batch took its ids as it checked them.)
    if (entry.carrier === undefined) state.log.push(entry.event);
    if (entry.claim) state.index.add(entry.claim);
  }
}
