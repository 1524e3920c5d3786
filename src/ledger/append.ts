import { ValidationError, type Problem } from '../errors/index.js';
import {
  canonicalJson,
  materializeReplacement,
  readEvent,
  type EventOrigin,
  type LedgerEvent,
  type Statement,
  type Upcasters,
} from '../events/index.js';
import { parseFuzzyTime } from '../time/index.js';
import { stanceValue, type Vocabulary } from '../vocabulary/index.js';
import type { CellIndex } from './cell-index.js';
import { compareRecorded, type Claim, type Entry } from './entry.js';
import { claimId, checkVocabulary } from './append-checks.js';
import { checkCorrections, linkTargets, type Overlay } from './append-links.js';

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

/** An event of the batch on its way in, with where it came from. */
export interface Planned {
  readonly entry: Entry;
  readonly origin: EventOrigin;
}


/**
 * Appends a batch all-or-nothing: everything is checked against an overlay of the current state,
 * and the state is touched only once no problem is left.
 *
 * @throws {ValidationError} listing every problem in the batch.
 */
export function appendBatch(state: LedgerState, raws: Iterable<unknown>, options: AppendOptions = {}): AppendResult {
  const problems: Problem[] = [];
  const fresh: Planned[] = [];
  const unchanged: string[] = [];
  const batch = new Map<string, Planned>();

  const readOptions = state.upcasters === undefined ? {} : { upcasters: state.upcasters };
  const file = options.file;
  let index = 0;
  for (const raw of raws) {
    const line = options.lines?.[index];
    // Literals, not spreads: this runs once per event, a million times for a large file.
    const origin: EventOrigin =
      line === undefined ? (file === undefined ? { index } : { index, file }) : file === undefined ? { index, line } : { index, line, file };
    index++;
    const result = readEvent(raw, readOptions, origin);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const event = result.event;
    checkVocabulary(state.vocabulary, event, origin, problems);
    if (!claimId(state, batch, event, origin, problems, unchanged)) continue;
    const entry = makeEntry(event, undefined);
    const planned: Planned = { entry, origin };
    fresh.push(planned);
    batch.set(event.id, planned);
    if (event.type === 'correction') {
      const replacement = makeEntry(materializeReplacement(event) as Statement, entry);
      entry.replacement = replacement;
      const holder = state.entries.get(replacement.id) ?? batch.get(replacement.id)?.entry;
      if (holder !== undefined) {
        problems.push({
          ...origin,
          code: 'id-conflict',
          path: ['replacement', 'id'],
          message: `replacement id '${replacement.id}' is already used by event '${holder.id}'`,
          events: [event.id, holder.id],
        });
        continue;
      }
      const plannedReplacement: Planned = { entry: replacement, origin };
      batch.set(replacement.id, plannedReplacement);
      fresh.push(plannedReplacement);
    }
  }

  const overlay = linkTargets(state, batch, fresh, problems);
  if (problems.length === 0) checkCorrections(fresh, overlay, problems);
  if (problems.length > 0) throw new ValidationError(problems);

  commit(state, fresh, overlay);
  return Object.freeze({
    added: Object.freeze(fresh.filter(({ entry }) => entry.carrier === undefined).map(({ entry }) => entry.event)),
    unchanged: Object.freeze(unchanged),
  });
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
    recordedAt: Date.parse(event.recordedAt),
    killers: [],
    target: undefined,
    carrier,
    replacement: undefined,
    toggles: undefined,
    claim: undefined,
  };
  if (event.type !== 'statement') return entry;
  const statedAt = parseFuzzyTime(event.statedAt);
  const claim: Claim = {
    statement: event,
    entry,
    start: statedAt.start,
    end: statedAt.end,
    value: stanceValue(event.stance),
    position: event.terms === undefined ? NO_TERMS[event.stance] : `${event.stance}|${canonicalJson(event.terms)}`,
    corroborations: [],
    ownEvidence: undefined,
  };
  return Object.assign(entry, { claim });
}

function commit(state: LedgerState, fresh: readonly Planned[], overlay: Overlay): void {
  for (const [target, added] of overlay.killers) target.killers.push(...added);
  for (const [target, added] of overlay.corroborations) target.claim?.corroborations.push(...added);
  for (const target of [...overlay.killers.keys(), ...overlay.corroborations.keys()]) if (target.claim) state.index.relink(target.claim);
  const sortCorroborations = (entry: Entry) => {
    if (entry.claim && entry.claim.corroborations.length > 1) entry.claim.corroborations.sort(compareRecorded);
  };
  for (const entry of overlay.corroborations.keys()) sortCorroborations(entry);
  for (const { entry } of fresh) sortCorroborations(entry);
  for (const entry of overlay.dirty) entry.toggles = overlay.memo.get(entry);
  for (const { entry } of fresh) {
    state.entries.set(entry.id, entry);
    if (entry.carrier === undefined) state.log.push(entry.event);
    if (entry.claim) state.index.add(entry.claim);
  }
}
