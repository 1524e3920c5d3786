import { ValidationError, type Problem } from '../errors/index.js';
import {
  canonicalJson,
  materializeReplacement,
  type EventOrigin,
  type LedgerEvent,
  type Statement,
  type Upcasters,
} from '../events/index.js';
import { fastReadEvent, parsedStatedAt } from '../events/fast-read.js';
import { readEventBySchema } from '../events/read-event.js';
import { instantMs, parseFuzzyTime } from '../time/index.js';
import { stanceValue, type Vocabulary } from '../vocabulary/index.js';
import type { CellIndex } from './cell-index.js';
import { compareRecorded, NONE, type Claim, type Entry } from './entry.js';
import { claimId, checkVocabulary } from './append-checks.js';
import { checkCorrections, linkTargets, type Overlay } from './append-links.js';
import type { Pending } from './pending.js';

/** The mutable heart of a ledger: every entry by id, the log in append order, the cell index. */
export interface LedgerState {
  readonly entries: Map<string, Entry>;
  readonly log: LedgerEvent[];
  readonly index: CellIndex;
  readonly vocabulary: Vocabulary | undefined;
  readonly upcasters: Upcasters | undefined;
}

/**
 * Where a batch came from, so problems can name lines.
 *
 * @example
 * ledger.append(events, { file: 'events.ndjson', lines: [1, 2, 3] }); // problems name file:line
 */
export interface AppendOptions {
  /** The line of each event in its file (same order as the batch), for error messages. */
  readonly lines?: readonly number[];
  /** The file the batch came from, for error messages. */
  readonly file?: string;
}

/**
 * What an append did.
 *
 * @example
 * const { added, unchanged } = ledger.append(events);
 * added.length + unchanged.length; //=> events.length
 */
export interface AppendResult {
  /** The events added, normalised and frozen, in batch order. */
  readonly added: readonly LedgerEvent[];
  /** Ids of events that were already there with identical content (no-ops). */
  readonly unchanged: readonly string[];
}

/**
 * Appends a batch all-or-nothing. Caller code (the iterable, upcasters) runs first, while every
 * event is read, and sees the ledger as it was. Then each new id goes into the ledger's id table as
 * it is checked (one lookup where there were three, on a table of a million ids) and everything
 * else is checked against an overlay of the current state; if any problem is found, the ids are
 * taken out again and nothing else was touched.
 *
 * @throws {ValidationError} listing every problem in the batch.
 */
export function appendBatch(state: LedgerState, raws: Iterable<unknown>, options: AppendOptions = {}): AppendResult {
  const { lines, file } = options;
  // The same literals as always (key order index, line, file): problems spread them.
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
    const event = fastReadEvent(raw);
    if (event !== undefined) {
      read.push(event);
      continue;
    }
    const result = readEventBySchema(raw, readOptions, originAt(read.length));
    read.push(result.ok ? result.event : result.problems);
  }

  const problems: Problem[] = [];
  const unchanged: string[] = [];
  const pending: Pending = { entries: [], positions: [], fresh: new Set(), originAt };
  const { entries, positions, fresh } = pending;
  const take = (entry: Entry, position: number) => {
    state.entries.set(entry.id, entry);
    entries.push(entry);
    positions.push(position);
    fresh.add(entry);
  };
  let overlay: Overlay;
  try {
    for (let position = 0; position < read.length; position++) {
      const item = read[position] as LedgerEvent | readonly Problem[];
      // Problems are listed in batch order, whichever stage found them.
      if (Array.isArray(item)) {
        problems.push(...(item as readonly Problem[]));
        continue;
      }
      const event = item as LedgerEvent;
      if (state.vocabulary !== undefined) checkVocabulary(state.vocabulary, event, originAt(position), problems);
      if (!claimId(state, pending, event, position, problems, unchanged)) continue;
      const entry = makeEntry(event, undefined);
      take(entry, position);
      if (event.type === 'correction') {
        const replacement = makeEntry(materializeReplacement(event) as Statement, entry);
        entry.replacement = replacement;
        const holder = state.entries.get(replacement.id);
        if (holder !== undefined) {
          problems.push({
            ...originAt(position),
            code: 'id-conflict',
            path: ['replacement', 'id'],
            message: `replacement id '${replacement.id}' is already used by event '${holder.id}'`,
            events: [event.id, holder.id],
          });
          continue;
        }
        take(replacement, position);
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

// A stance without terms is the common case: one shared position string per stance instead of one per statement.
const NO_TERMS: Readonly<Record<Statement['stance'], string>> = {
  demands: 'demands|',
  supports: 'supports|',
  neutral: 'neutral|',
  opposes: 'opposes|',
  rejects: 'rejects|',
};

function makeEntry(event: LedgerEvent, carrier: Entry | undefined): Entry {
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
  // Usually the statement the fast path has just read: its statedAt is parsed already.
  const statedAt = parsedStatedAt(event.statedAt) ?? parseFuzzyTime(event.statedAt);
  const claim: Claim = {
    statement: event,
    entry,
    start: statedAt.start,
    end: statedAt.end,
    value: stanceValue(event.stance),
    position: event.terms === undefined ? NO_TERMS[event.stance] : `${event.stance}|${canonicalJson(event.terms)}`,
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
      (entry.claim.corroborations as Entry[]).sort(compareRecorded);
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
