import {
  CORRECTION,
  compareRecordedRows,
  REPLACEMENT,
  RETRACTION,
  SCAN_UNSURE,
  STATEMENT,
  type LineScanner,
  type TableMark,
  type TextPlace,
  storedQuoteOffsets,
  type EventTable,
  grown,
  takenRow,
  writeEvent,
} from '../columns/index.js';
import { type Problem, ValidationError } from '../errors/index.js';
import { canonicalJson, type EventOrigin, type LedgerEvent } from '../events/index.js';
import { checkEventLimits, MAX_QUOTE_LENGTH, MAX_SUMMARY_LENGTH } from '../events/event-limits.js';
import { readEventBySchema } from '../events/read-event.js';
import { decodeLine } from '../ndjson/decode-line.js';
import { MAX_LINE_BYTES } from '../ndjson/line-splitter.js';
import { parseJsonLine } from '../ndjson/parse-lines.js';
import { killsTarget } from '../rules/index.js';
import { didYouMean } from '../vocabulary/index.js';
import {
  checkDocuments,
  checkVocabulary,
  rowCitesKnownDocuments,
  rowFitsVocabulary,
  type VocabularyMemo,
} from './append-checks.js';
import type { AppendOptions } from './append-options.js';
import type { AppendResult } from './append-result.js';
import type { LedgerState } from './ledger-state.js';
import { LEDGER_STATE, type WithLedgerState } from './ledger-internals.js';
import { MEMORY_SOURCE } from './ledger-state.js';
import { type LivenessSource, maxLiveAtOnce, storedLiveness, togglesOf } from './links.js';
import { eventOfRow } from './row-events.js';
import { EVENT_TYPES } from '../events/event-types.js';

/**
 * One all-or-nothing append (docs/design.md §5.1), from objects ({@link appendEvents}) or from NDJSON lines
 * (a line sink). Every event is written into the table as it is read, its id taken as it is checked, so
 * one lookup both finds a conflict and takes the id; links to rows already in the ledger are held in an
 * overlay. If any problem is found the table is taken back to where it was and nothing else was touched.
 * A batch of new events keeps the limits of docs/design.md §5 (`checkEventLimits`); a batch of events read
 * back from a store does not, so data stored before a limit stays readable.
 */
export class AppendBatch {
  readonly #state: LedgerState;
  readonly #limits: boolean;
  readonly #mark: TableMark;
  readonly #first: number;
  readonly #originAt: (index: number, line?: number) => EventOrigin;
  /** The problems found, in the order of the batch. */
  readonly problems: Problem[] = [];
  /** Ids of events already there with identical content. */
  readonly unchanged: string[] = [];
  /**
   * The batch index of each new row (`row - first`); a replacement shares its correction's. Typed arrays,
   * not lists: a batch of a million events would hold two million numbers in the heap.
   */
  #indexOfRow = new Int32Array(64);
  /** The line of each batch index when the batch came from lines; 0 when it did not (lines count from 1). */
  #lineOfIndex = new Int32Array(64);
  readonly #memo: VocabularyMemo = {
    parties: new Uint8Array(64),
    issues: new Uint8Array(64),
    documents: new Uint8Array(64),
  };
  #events = 0;

  constructor(state: LedgerState, originAt: (index: number, line?: number) => EventOrigin, limits = true) {
    this.#state = state;
    this.#limits = limits;
    this.#mark = state.table.mark();
    this.#first = state.table.count;
    this.#originAt = originAt;
  }

  /** How many events the batch has read. */
  get events(): number {
    return this.#events;
  }

  /**
   * Reads one raw event (an object) into a stored event, or says what is wrong with it; nothing is
   * written yet, so caller code (the iterable, upcasters) runs while the ledger is as it was.
   */
  read(
    raw: unknown,
    readOptions: { readonly upcasters?: NonNullable<LedgerState['upcasters']> },
  ): LedgerEvent | readonly Problem[] {
    const index = this.#events++;
    const event = this.#state.eventReader.read(raw);
    if (event !== undefined) return event;
    const result = readEventBySchema(raw, readOptions, this.#origin(index));
    return result.ok ? result.event : result.problems;
  }

  /** Writes an event read by {@link AppendBatch.read} as batch index `index`, its text kept in memory. */
  object(event: LedgerEvent, index: number): boolean {
    const memory = this.#state.memory;
    const text = JSON.stringify(event);
    if (this.#limits) checkEventLimits(event, this.#origin(index), this.problems, MAX_LINE_BYTES, text);
    return this.#write(event, index, () => {
      const start = memory.append(text);
      const length = memory.size - start;
      const statement = event.type === 'correction' ? event.replacement : event;
      const count =
        statement.type === 'statement'
          ? statement.sources.reduce((n, s) => (s.quote === undefined ? n : n + 1), 0)
          : event.type === 'corroboration' && event.source.quote !== undefined
            ? 1
            : 0;
      const quotes = count === 0 ? undefined : storedQuoteOffsets(text, count);
      return { source: MEMORY_SOURCE, start, length, stored: true, ...(quotes === undefined ? {} : { quotes }) };
    });
  }

  /**
   * Reads one NDJSON line of `source` (a table event source holding the line at byte `offset`): the line
   * scanner writes it straight from its bytes, and a line it is unsure of takes the schema path, which
   * alone reports problems.
   */
  line(
    bytes: Uint8Array,
    start: number,
    end: number,
    lineNumber: number,
    offset: number,
    source: number,
    file?: string,
  ): void {
    const index = this.#events++;
    this.#setLine(index, lineNumber);
    const table = this.#state.table;
    // The NDJSON appends make the scanner before the first line.
    const scanner = this.#state.scanner as LineScanner;
    const before = table.count;
    const place: TextPlace = { source, start: offset, length: end - start, stored: false };
    // A line the scanner takes has no \u escape, so no NUL or lone surrogate; a line no longer than the
    // shortest text limit (in bytes, each at least one UTF-16 code unit) has no text over its limit. Any
    // other line of new events is read on the schema path, where the limits are checked.
    const result =
      this.#limits && end - start > SHORTEST_TEXT_LIMIT
        ? SCAN_UNSURE
        : scanner.scanLine(table, bytes, start, end, place);
    if (result >= 0) {
      if (this.#kept(result, before, table.count, index)) return;
      // Named on the schema path, which says exactly what the vocabulary or the sources do not know.
    } else if (result !== SCAN_UNSURE && takenRow(result) < 0) {
      throw new Error(`line scanner returned ${result}`);
    }
    const decoded = decodeLine(bytes, start, end, lineNumber, file);
    if ('problem' in decoded) {
      this.problems.push(decoded.problem);
      return;
    }
    const parsed = parseJsonLine(decoded.text, lineNumber, file);
    if ('problem' in parsed) {
      this.problems.push(parsed.problem);
      return;
    }
    const upcasters = this.#state.upcasters;
    const read = readEventBySchema(parsed.value, upcasters === undefined ? {} : { upcasters }, this.#origin(index));
    if (!read.ok) {
      this.problems.push(...read.problems);
      return;
    }
    // The line itself is within MAX_LINE_BYTES: the splitter refuses a longer one.
    if (this.#limits) checkEventLimits(read.event, this.#origin(index), this.problems, MAX_LINE_BYTES);
    this.#write(read.event, index, () => place);
  }

  /**
   * Takes in rows another thread read from lines of this batch's file, as {@link AppendBatch.line} takes
   * in what the line scanner writes: `write` writes them into the table (`takeRows`, which stops before
   * the first event whose id the table holds) and returns how many; event `e` of them is from line
   * `lineBase + eventLines[e]`. They are kept up to the first event that does not fit the vocabulary or
   * the known documents.
   *
   * @returns how many events were taken: the caller reads the next one's line, and every line after, itself.
   */
  adoptRows(write: (table: EventTable) => number, eventLines: Int32Array, lineBase: number): number {
    // New events are checked against the limits on the schema path, which the other thread did not take.
    if (this.#limits) return 0;
    const table = this.#state.table;
    const before = table.count;
    const end = before + write(table);
    let events = 0;
    for (let row = before; row < end; ) {
      const next = table.kind[row] === CORRECTION ? row + 2 : row + 1;
      const index = this.#events;
      if (!this.#kept(row, row, next, index)) break;
      this.#events = index + 1;
      this.#setLine(index, lineBase + (eventLines[events] as number));
      events++;
      row = next;
    }
    return events;
  }

  /**
   * Keeps rows `[before, end)`, an event's, for batch index `index` when event row `row` fits the
   * vocabulary and the known documents; otherwise drops every row from `before` on and returns false.
   */
  #kept(row: number, before: number, end: number, index: number): boolean {
    const { table, vocabulary, documents } = this.#state;
    if (vocabulary !== undefined || documents !== undefined) {
      this.#growMemo();
      const rows = table.kind[row] === CORRECTION ? [row, table.partner[row] as number] : [row];
      const fits = rows.every(
        (r) =>
          (vocabulary === undefined || rowFitsVocabulary(table, r, vocabulary, this.#memo)) &&
          (documents === undefined || rowCitesKnownDocuments(table, r, documents, this.#memo.documents)),
      );
      if (!fits) {
        table.dropRows(before);
        return false;
      }
    }
    this.#setIndex(before, end, index);
    return true;
  }

  /** A problem found before an event could be read (a line too long, say), at the next batch index. */
  refused(problem: Problem, lineNumber: number): void {
    const index = this.#events++;
    this.#setLine(index, lineNumber);
    this.problems.push(problem);
  }

  /**
   * Checks the batch as a whole and commits it, or takes the table back and throws.
   *
   * @throws {ValidationError} listing every problem in the batch.
   */
  finish(): { readonly added: number; readonly unchanged: readonly string[] } {
    const state = this.#state;
    const overlay = this.#link();
    if (this.problems.length === 0) this.#checkCorrections(overlay);
    if (this.problems.length > 0) {
      state.table.rollback(this.#mark);
      throw new ValidationError(this.problems);
    }
    return { added: this.#commit(overlay), unchanged: Object.freeze(this.unchanged) };
  }

  #origin(index: number): EventOrigin {
    const line = index < this.#lineOfIndex.length ? (this.#lineOfIndex[index] as number) : 0;
    return this.#originAt(index, line === 0 ? undefined : line);
  }

  #setLine(index: number, line: number): void {
    if (index >= this.#lineOfIndex.length) this.#lineOfIndex = grown(this.#lineOfIndex, index + 1);
    this.#lineOfIndex[index] = line;
  }

  /** Gives rows `[from, to)` batch index `index`. */
  #setIndex(from: number, to: number, index: number): void {
    const last = to - this.#first;
    if (last > this.#indexOfRow.length) this.#indexOfRow = grown(this.#indexOfRow, last);
    this.#indexOfRow.fill(index, from - this.#first, last);
  }

  #originOfRow(row: number): EventOrigin {
    return this.#origin(this.#indexOfRow[row - this.#first] as number);
  }

  #growMemo(): void {
    const { parties, issues, documents } = this.#state.table;
    const memo = this.#memo;
    if (memo.parties.length < parties.size) memo.parties = grownMemo(memo.parties, parties.size);
    if (memo.issues.length < issues.size) memo.issues = grownMemo(memo.issues, issues.size);
    if (memo.documents.length < documents.size) memo.documents = grownMemo(memo.documents, documents.size);
  }

  /** Checks a read event's vocabulary and id, and writes it (two rows for a correction). */
  #write(event: LedgerEvent, index: number, placeOf: () => TextPlace): boolean {
    const { table, vocabulary, documents } = this.#state;
    if (vocabulary !== undefined) checkVocabulary(vocabulary, event, this.#origin(index), this.problems);
    checkDocuments(documents, event, this.#origin(index), this.problems);
    if (!this.#claim(event.id, event, index, ['id'])) return false;
    if (event.type === 'correction') {
      const replacementId = event.replacement.id;
      const holder = replacementId === event.id ? -2 : table.ids.find(replacementId);
      if (holder !== -1) {
        this.problems.push({
          ...this.#origin(index),
          code: 'id-conflict',
          path: ['replacement', 'id'],
          message: `replacement id '${replacementId}' is already used by event '${holder === -2 ? event.id : table.idOf(holder)}'`,
          events: [event.id, holder === -2 ? event.id : table.idOf(holder)],
        });
        // Written all the same, so its target is checked too: the batch fails, and is taken back whole.
      }
    }
    const before = table.count;
    writeEvent(table, event, placeOf());
    this.#setIndex(before, table.count, index);
    return true;
  }

  /** Checks an id is free, or held by identical content (a no-op). Returns whether the event is new. */
  #claim(id: string, event: LedgerEvent, index: number, path: string[]): boolean {
    const table = this.#state.table;
    const holder = table.ids.find(id);
    if (holder < 0) return true;
    const replacement = table.kind[holder] === REPLACEMENT;
    if (!replacement && canonicalJson(eventOfRow(this.#state, holder)) === canonicalJson(event)) {
      this.unchanged.push(id);
      return false;
    }
    let where: string;
    if (holder < this.#first) {
      where = replacement
        ? `by the replacement in correction '${table.idOf(table.partner[holder] as number)}'`
        : 'by a different event already in the ledger';
    } else {
      const earlier = this.#originOfRow(holder);
      where = `by a different event earlier in this batch${earlier.line === undefined ? ` (#${earlier.index})` : ` (line ${earlier.line})`}`;
    }
    this.problems.push({
      ...this.#origin(index),
      code: 'id-conflict',
      path,
      message: `id '${id}' is already used ${where}`,
      suggestion: 'give the new event its own id, or leave id out to derive one from its content',
      events: [id],
    });
    return false;
  }

  /** Resolves and checks the targets of the batch's new rows, and holds their links in an overlay. */
  #link(): Overlay {
    const { table, links } = this.#state;
    const killers = new Map<number, number[]>();
    const corroborations = new Map<number, number[]>();
    const first = this.#first;
    for (let row = first; row < table.count; row++) {
      const kind = table.kind[row] as number;
      if (kind === STATEMENT || kind === REPLACEMENT) continue;
      let target = table.target[row] as number;
      const type = TYPE_NAMES[kind] as string;
      if (target < 0) {
        const id = table.pendingTargets.get(row) as string;
        target = table.ids.find(id);
        if (target < 0) {
          this.problems.push({
            ...this.#originOfRow(row),
            code: 'unknown-target',
            path: ['target'],
            message: `${type} of unknown event '${id}'`,
            ...didYouMean(id, this.#knownIds()),
            events: [table.idOf(row), id],
          });
          continue;
        }
      }
      const targetKind = table.kind[target] as number;
      if (kind !== RETRACTION && targetKind !== STATEMENT && targetKind !== REPLACEMENT) {
        this.problems.push({
          ...this.#originOfRow(row),
          code: 'wrong-target-type',
          path: ['target'],
          message: `a ${type} targets a statement, but '${table.idOf(target)}' is a ${TYPE_NAMES[targetKind]}`,
          events: [table.idOf(row), table.idOf(target)],
        });
        continue;
      }
      const recordedAt = table.recordedAt[row] as number;
      const targetRecordedAt = table.recordedAt[target] as number;
      if (recordedAt < targetRecordedAt) {
        this.problems.push({
          ...this.#originOfRow(row),
          code: 'target-recorded-later',
          path: ['recordedAt'],
          message: `${type} '${table.idOf(row)}' is recorded at ${iso(recordedAt)}, before its target '${table.idOf(target)}' (${iso(targetRecordedAt)})`,
          events: [table.idOf(row), table.idOf(target)],
        });
        continue;
      }
      table.target[row] = target;
      table.pendingTargets.delete(row);
      pushTo(killsTarget(type) ? killers : corroborations, target, row);
    }
    this.#checkLoops();

    // Every row whose liveness the batch can change: targets of new killers, and what depends on them.
    // A new statement or corroboration (most of a batch) changes nothing else's, and having no cached
    // liveness, it needs no mark of its own: only killers and corrections start a walk.
    const dirty = new Set<number>();
    const markDirty = (row: number): void => {
      if (row < 0 || dirty.has(row)) return;
      dirty.add(row);
      const kind = table.kind[row] as number;
      if (kind === RETRACTION || kind === CORRECTION) markDirty(table.target[row] as number);
      if (kind === CORRECTION) markDirty(table.partner[row] as number);
    };
    for (let row = first; row < table.count; row++) {
      const kind = table.kind[row] as number;
      if (kind === RETRACTION || kind === CORRECTION) markDirty(row);
    }
    const memo = new Map<number, readonly number[]>();
    const stored = storedLiveness(links);
    const source: LivenessSource = {
      killersOf: (row) => {
        const added = killers.get(row);
        return added === undefined ? stored.killersOf(row) : [...stored.killersOf(row), ...added];
      },
      cached: (row) => memo.get(row) ?? (dirty.has(row) ? undefined : stored.cached(row)),
      remember: (row, toggles) => void memo.set(row, toggles),
    };
    return { killers, corroborations, source, memo, dirty };
  }

  /** Refuses events of the batch that target each other in a loop. */
  #checkLoops(): void {
    const table = this.#state.table;
    const first = this.#first;
    const safe = new Set<number>();
    // What a row depends on: its target, or for a replacement its correction.
    const next = (row: number) =>
      table.kind[row] === REPLACEMENT ? (table.partner[row] as number) : (table.target[row] as number);
    for (let row = first; row < table.count; row++) {
      // A statement that is no replacement points nowhere, so it cannot be on a loop: most of a batch.
      if (table.kind[row] === STATEMENT) continue;
      const path: number[] = [];
      const onPath = new Set<number>();
      let node = row;
      // Rows already in the ledger cannot point back into the batch, so a walk that leaves the batch is safe.
      while (node >= first && !safe.has(node)) {
        if (onPath.has(node)) {
          const loop = path.slice(path.indexOf(node)).map((r) => table.idOf(r));
          this.problems.push({
            ...this.#originOfRow(row),
            code: 'loop',
            path: ['target'],
            message: `events target each other in a loop: ${[...loop, table.idOf(node)].join(' → ')}`,
            events: loop,
          });
          break;
        }
        path.push(node);
        onPath.add(node);
        node = next(node);
      }
      for (const visited of path) safe.add(visited);
    }
  }

  /** Refuses a batch that gives a statement two live corrections at once, at any knowledge time (§5.2). */
  #checkCorrections(overlay: Overlay): void {
    const table = this.#state.table;
    const statements = new Set<number>();
    for (const row of overlay.dirty) if (table.kind[row] === CORRECTION) statements.add(table.target[row] as number);
    for (const statement of statements) {
      const corrections = overlay.source.killersOf(statement).filter((k) => table.kind[k] === CORRECTION);
      if (corrections.length < 2) continue;
      const live = maxLiveAtOnce(corrections.map((c) => togglesOf(table, c, overlay.source)));
      if (live <= 1) continue;
      // Named after the batch's correction of this statement; when none is new (a retracted retraction
      // brought an old correction back), after the batch's first event.
      let named = -1;
      for (let row = this.#first; row < table.count && named < 0; row++) {
        if (table.kind[row] === CORRECTION && table.target[row] === statement) named = row;
      }
      const origin =
        named >= 0 ? this.#originOfRow(named) : table.count > this.#first ? this.#originOfRow(this.#first) : {};
      const ids = corrections.map((c) => table.idOf(c));
      this.problems.push({
        ...origin,
        code: 'second-correction',
        path: ['target'],
        message: `statement '${table.idOf(statement)}' would have ${live} live corrections at once (${ids.map((id) => `'${id}'`).join(', ')})`,
        suggestion: 'correct the replacement instead, or retract the earlier correction first',
        events: [table.idOf(statement), ...ids],
      });
    }
  }

  /** Every id a failed lookup could have meant, the batch's own first (in batch order), then the ledger's. */
  #knownIds(): string[] {
    const table = this.#state.table;
    const ids: string[] = [];
    for (let row = this.#first; row < table.count; row++) ids.push(table.idOf(row));
    for (let row = 0; row < this.#first; row++) ids.push(table.idOf(row));
    return ids;
  }

  /** Links the batch into the ledger; returns how many events it added. */
  #commit(overlay: Overlay): number {
    const state = this.#state;
    const { table, links } = state;
    for (const [target, added] of overlay.killers)
      links.killers.set(target, [...(links.killers.get(target) ?? []), ...added]);
    for (const [target, added] of overlay.corroborations) {
      const list = [...(links.corroborations.get(target) ?? []), ...added];
      if (list.length > 1) list.sort((a, b) => compareRecordedRows(table, a, b));
      links.corroborations.set(target, list);
    }
    for (const row of overlay.dirty) links.toggles.delete(row);
    // Liveness worked out while checking stays valid: keep it.
    for (const [row, toggles] of overlay.memo) links.toggles.set(row, toggles);
    let added = 0;
    const index = state.index;
    for (let row = this.#first; row < table.count; row++) {
      const kind = table.kind[row] as number;
      if (kind !== REPLACEMENT) added++;
      if (index !== undefined && (kind === STATEMENT || kind === REPLACEMENT)) index.add(row);
    }
    if (index !== undefined) {
      for (const target of [...overlay.killers.keys(), ...overlay.corroborations.keys()]) {
        const kind = table.kind[target] as number;
        if (target < this.#first && (kind === STATEMENT || kind === REPLACEMENT)) index.relink(target);
      }
    }
    state.size += added;
    return added;
  }
}

/** Links the batch adds to rows, held aside until commit. */
interface Overlay {
  readonly killers: Map<number, number[]>;
  readonly corroborations: Map<number, number[]>;
  readonly source: LivenessSource;
  readonly memo: Map<number, readonly number[]>;
  readonly dirty: Set<number>;
}

// By row kind: a replacement row is a statement.
const TYPE_NAMES = [...EVENT_TYPES, 'statement'];

const SHORTEST_TEXT_LIMIT = Math.min(MAX_SUMMARY_LENGTH, MAX_QUOTE_LENGTH);

/**
 * The events of a batch as a new array, read from any iterable (an array, a generator, a set); anything
 * else, a string included, is refused. Every append starts here, a store's as the ledger's.
 *
 * @throws {ValidationError} with a `not-a-batch` problem when `raws` is not an iterable of events.
 * @example
 * eventBatch(new Set([event])).length; //=> 1
 * eventBatch(42); // throws ValidationError: append takes an iterable of events, got number
 */
export function eventBatch(raws: unknown): unknown[] {
  if (raws === null || typeof raws !== 'object' || typeof (raws as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new ValidationError([
      {
        code: 'not-a-batch',
        path: [],
        message: `append takes an iterable of events, got ${raws === null ? 'null' : typeof raws}`,
        suggestion: 'pass an array of events, e.g. append([event])',
      },
    ]);
  }
  // A copy: a store checks and writes the batch across awaits, while the caller may change its array.
  return [...(raws as Iterable<unknown>)];
}

/**
 * Appends events given as objects, all or nothing. Caller code (the iterable, upcasters) runs while
 * every event is read. New events keep the limits (`limits`, the default); events read back from a store
 * are appended without them.
 *
 * @throws {ValidationError} listing every problem in the batch; the ledger is left exactly as it was.
 */
export function appendEvents(
  state: LedgerState,
  raws: Iterable<unknown>,
  options: AppendOptions = {},
  limits = true,
): AppendResult {
  const events = eventBatch(raws);
  const { lines, file } = options;
  const batch = new AppendBatch(state, (index) => originOf(index, lines?.[index], file), limits);
  const readOptions = state.upcasters === undefined ? {} : { upcasters: state.upcasters };
  const read: (LedgerEvent | readonly Problem[])[] = [];
  for (const raw of events) read.push(batch.read(raw, readOptions));
  const added: LedgerEvent[] = [];
  // Problems are listed in batch order, whichever stage found them.
  read.forEach((item, index) => {
    if (Array.isArray(item)) batch.problems.push(...(item as readonly Problem[]));
    else if (batch.object(item as LedgerEvent, index)) added.push(item as LedgerEvent);
  });
  const { unchanged } = batch.finish();
  return Object.freeze({ added: Object.freeze(added), unchanged });
}

/**
 * Appends events read back from a store (its own log, loaded or caught up with): every rule of an append
 * but the limits, so data stored before a limit stays readable. Internal to the library's stores.
 *
 * @throws {ValidationError} listing every problem in the batch; the ledger is left exactly as it was.
 * @example
 * appendStoredEvents(ledger, eventsReadFromTheStore, { file: 'events.ndjson', lines });
 */
export function appendStoredEvents(
  ledger: WithLedgerState,
  raws: Iterable<unknown>,
  options: AppendOptions = {},
): AppendResult {
  return appendEvents(ledger[LEDGER_STATE], raws, options, false);
}

/** Where an event came from, in the key order problems have always listed it: index, line, file. */
export function originOf(index: number, line: number | undefined, file: string | undefined): EventOrigin {
  return line === undefined
    ? file === undefined
      ? { index }
      : { index, file }
    : file === undefined
      ? { index, line }
      : { index, line, file };
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function grownMemo(memo: Uint8Array, size: number): Uint8Array {
  const next = new Uint8Array(Math.max(size, memo.length * 2));
  next.set(memo);
  return next;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
