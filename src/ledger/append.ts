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
import { didYouMean, stanceValue, type Vocabulary } from '../vocabulary/index.js';
import type { CellIndex } from './cell-index.js';
import { compareRecorded, type Claim, type Entry } from './entry.js';
import { maxLiveAtOnce, togglesOf, type LivenessSource } from './liveness.js';

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

interface Planned {
  readonly entry: Entry;
  readonly origin: EventOrigin;
}

const KILLS = new Set(['retraction', 'correction']);

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

/** Checks an id is free, or held by identical content (a no-op). Returns whether the event is new. */
function claimId(
  state: LedgerState,
  batch: Map<string, Planned>,
  event: LedgerEvent,
  origin: EventOrigin,
  problems: Problem[],
  unchanged: string[],
): boolean {
  const existing = state.entries.get(event.id);
  const earlier = batch.get(event.id);
  const holder = existing ?? earlier?.entry;
  if (holder === undefined) return true;
  if (holder.carrier === undefined && canonicalJson(holder.event) === canonicalJson(event)) {
    unchanged.push(event.id);
    return false;
  }
  const where = existing
    ? holder.carrier
      ? `by the replacement in correction '${holder.carrier.id}'`
      : 'by a different event already in the ledger'
    : `by a different event earlier in this batch${earlier?.origin.line === undefined ? ` (#${earlier?.origin.index})` : ` (line ${earlier.origin.line})`}`;
  problems.push({
    ...origin,
    code: 'id-conflict',
    path: ['id'],
    message: `id '${event.id}' is already used ${where}`,
    suggestion: 'give the new event its own id, or leave id out to derive one from its content',
    events: [event.id],
  });
  return false;
}

function checkVocabulary(vocabulary: Vocabulary | undefined, event: LedgerEvent, origin: EventOrigin, problems: Problem[]): void {
  if (vocabulary === undefined) return;
  if (event.type === 'statement') checkStatement(vocabulary, event, [], origin, problems);
  else if (event.type === 'correction') checkStatement(vocabulary, event.replacement, ['replacement'], origin, problems);
}

function checkStatement(
  vocabulary: Vocabulary,
  statement: Pick<Statement, 'parties' | 'issue' | 'terms'>,
  base: string[],
  origin: EventOrigin,
  problems: Problem[],
): void {
  // Parties were sorted on reading; report against the caller's order by value, not position.
  statement.parties.forEach((party, i) => {
    if (vocabulary.party(party) === undefined) {
      const alias = vocabulary.resolveParty(party);
      problems.push({
        ...origin,
        code: 'unknown-party',
        path: [...base, 'parties', i],
        message: `unknown party '${party}'`,
        ...(alias === undefined ? didYouMean(party, vocabulary.parties.map((p) => p.id)) : { suggestion: `did you mean '${alias}'? (events use ids, not aliases)` }),
      });
    }
  });
  const issue = vocabulary.issue(statement.issue);
  if (issue === undefined) {
    problems.push({
      ...origin,
      code: 'unknown-issue',
      path: [...base, 'issue'],
      message: `unknown issue '${statement.issue}'`,
      ...didYouMean(statement.issue, vocabulary.issues.map((i) => i.id)),
    });
    return;
  }
  const declared = issue.terms?.map((term) => term.name) ?? [];
  for (const name of Object.keys(statement.terms ?? {})) {
    if (!declared.includes(name)) {
      problems.push({
        ...origin,
        code: 'unknown-term',
        path: [...base, 'terms', name],
        message: declared.length === 0 ? `issue '${issue.id}' names no terms` : `issue '${issue.id}' has no term '${name}' (it has ${declared.join(', ')})`,
        ...didYouMean(name, declared),
      });
    }
  }
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

/** Links added to existing entries, held aside until commit. */
interface Overlay {
  readonly killers: Map<Entry, Entry[]>;
  readonly corroborations: Map<Entry, Entry[]>;
  readonly source: LivenessSource;
  readonly memo: Map<Entry, readonly number[]>;
  readonly dirty: Set<Entry>;
}

function linkTargets(state: LedgerState, batch: Map<string, Planned>, fresh: readonly Planned[], problems: Problem[]): Overlay {
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

function checkCorrections(fresh: readonly Planned[], overlay: Overlay, problems: Problem[]): void {
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

function commit(state: LedgerState, fresh: readonly Planned[], overlay: Overlay): void {
  for (const [target, added] of overlay.killers) target.killers.push(...added);
  for (const [target, added] of overlay.corroborations) target.claim?.corroborations.push(...added);
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

function pushTo(map: Map<Entry, Entry[]>, key: Entry, value: Entry): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
