import type { Immutable } from 'immer';
import type { LedgerEvent } from '../events/index.js';
import { EventTable, REPLACEMENT, STATEMENT } from '../columns/index.js';
import { FastEventReader } from '../events/fast-read.js';
import { runProjection, type Projection } from '../projection/index.js';
import {
  alignmentOf,
  diffOf,
  divergenceOf,
  timelineOf,
  type CellChange,
  type IssueDivergence,
  type PairAlignment,
  type Timeline,
} from '../queries/index.js';
import { queryLabel, type QueryTime } from '../time/index.js';
import { compareIds, isKnown } from '../rules/index.js';
import { Vocabulary } from '../vocabulary/index.js';
import { appendEvents } from './append.js';
import type { AppendOptions } from './append-options.js';
import type { AppendResult } from './append-result.js';
import type { Cell } from './cell.js';
import type { LedgerOptions } from './ledger-options.js';
import { type LedgerState, memorySource } from './ledger-state.js';
import { LEDGER_STATE, type WithLedgerState } from './ledger-internals.js';
import { Links, storedLiveness } from './links.js';
import { eventOfRow } from './row-events.js';
import { boundOf, knownBound } from './query-bounds.js';
import type { CellOptions, KnownAtOptions, ProjectOptions, QueryOptions } from './query-options.js';
import { LedgerReader } from './reader.js';
import { Snapshot } from './snapshot.js';

/**
 * An append-only ledger of reported statements, folded into each party's position on each issue
 * at any valid time, as known at any knowledge time.
 *
 * @example
 * const ledger = new Ledger();
 * ledger.append([{ type: 'statement', parties: ['ukraine'], issue: 'ukraine-in-nato', stance: 'demands', act: 'demand',
 *   attribution: 'on-record', statedAt: '2025-04', recordedAt: '2025-04-23T00:00Z', summary: 'Kyiv insists on membership.',
 *   sources: [{ document: 'doc-1' }] }]);
 * ledger.at('2025-05-01').cell('ukraine', 'ukraine-in-nato')?.stance; //=> 'demands'
 */
export class Ledger implements WithLedgerState {
  readonly #state: LedgerState;
  readonly #reader: LedgerReader;

  /** @internal The ledger's state, for the library's own modules. */
  get [LEDGER_STATE](): LedgerState {
    return this.#state;
  }

  /**
   * An empty ledger.
   *
   * @throws {ValidationError} when the vocabulary is invalid.
   * @example
   * const ledger = new Ledger({ vocabulary: JSON.parse(vocabularyJson) });
   */
  constructor(options: LedgerOptions = {}) {
    const table = new EventTable();
    const links = new Links();
    this.#state = {
      table,
      links,
      context: { table, links, liveness: storedLiveness(links) },
      index: undefined,
      size: 0,
      vocabulary: options.vocabulary === undefined ? undefined : Vocabulary.from(options.vocabulary),
      documents: options.documents === undefined ? undefined : new Set(options.documents),
      upcasters: options.upcasters,
      // The ledger keeps no event objects, so its reader has nothing to share parts between.
      eventReader: new FastEventReader({ share: false }),
      scanner: undefined,
      memory: memorySource(table),
    };
    this.#reader = new LedgerReader(this.#state);
  }

  /**
   * A ledger holding these events (appended as one batch).
   *
   * @throws {ValidationError} listing every problem; nothing is created.
   * @example
   * Ledger.from(events, { vocabulary }).size; //=> events.length
   */
  static from(events: Iterable<unknown>, options: LedgerOptions & AppendOptions = {}): Ledger {
    const ledger = new Ledger(options);
    ledger.append(events, options);
    return ledger;
  }

  /** The vocabulary events are checked against, if any. */
  get vocabulary(): Vocabulary | undefined {
    return this.#state.vocabulary;
  }

  /**
   * How many events the ledger holds (replacements inside corrections not counted separately).
   *
   * @example
   * new Ledger().size; //=> 0
   */
  get size(): number {
    return this.#state.size;
  }

  /**
   * Appends a batch of events, all or nothing. Each is validated, normalised and given its content id
   * when it has none; an event already present with identical content is a no-op.
   *
   * @throws {ValidationError} listing every problem in the batch; the ledger is left exactly as it was.
   * @example
   * ledger.append([statement]).added.length; //=> 1
   * ledger.append([statement]).unchanged; //=> [statement id]
   */
  append(events: Iterable<unknown>, options: AppendOptions = {}): AppendResult {
    return appendEvents(this.#state, events, options);
  }

  /**
   * Lets go of the file a ledger read by `readLedger` (`positions-ledger/file`) keeps open to read event
   * texts back; a ledger built in memory holds nothing open. Questions answered from numbers still work
   * after; reading an event's text (`get`, `events`, quotes and conditions) does not.
   *
   * @example
   * const ledger = readLedger('events.ndjson');
   * try { ledger.at('2025-12-31'); } finally { ledger.close(); }
   */
  close(): void {
    for (const source of this.#state.table.texts) if (source.kind === 'bytes') source.close?.();
  }

  /**
   * Every event in append order, normalised and frozen.
   *
   * @example
   * ledger.events().filter((e) => e.type === 'corroboration').length; //=> 3
   */
  events(): readonly LedgerEvent[] {
    const { table } = this.#state;
    const events: LedgerEvent[] = [];
    for (let row = 0; row < table.count; row++) {
      if (table.kind[row] !== REPLACEMENT) events.push(eventOfRow(this.#state, row));
    }
    return Object.freeze(events);
  }

  /**
   * One event by id (a correction's replacement too, as the statement it became).
   *
   * @example
   * ledger.get('s.002.russia.ceasefire-before-settlement')?.type; //=> 'statement'
   */
  get(id: string): LedgerEvent | undefined {
    const row = this.#state.table.ids.find(id);
    return row < 0 ? undefined : eventOfRow(this.#state, row);
  }

  /**
   * Every party id the ledger's statements name (corrections' replacements and retracted statements
   * included), in id order.
   *
   * @example
   * ledger.parties().includes('ukraine'); //=> true
   */
  parties(): readonly string[] {
    return Object.freeze([...this.#state.table.parties.texts()].sort(compareIds));
  }

  /**
   * Every issue id the ledger's statements name (corrections' replacements and retracted statements
   * included), in id order.
   *
   * @example
   * ledger.issues().includes('ukraine-in-nato'); //=> true
   */
  issues(): readonly string[] {
    return Object.freeze([...this.#state.table.issues.texts()].sort(compareIds));
  }

  /**
   * The end of the latest `statedAt` among the statements known at `knownAt` (retracted ones too), in
   * epoch milliseconds (exclusive); `undefined` when there is none. What "as of the latest day" means:
   * a question asked at the day before it sees every statement.
   *
   * @example
   * new Date(ledger.lastStatedEnd()! - 1).toISOString().slice(0, 10); //=> '2026-01-06'
   */
  lastStatedEnd(options: KnownAtOptions = {}): number | undefined {
    const k = knownBound(options);
    const { table } = this.#state;
    let last = -Infinity;
    for (let row = 0; row < table.count; row++) {
      const kind = table.kind[row] as number;
      if ((kind === STATEMENT || kind === REPLACEMENT) && isKnown(table.recordedAt[row] as number, k)) {
        last = Math.max(last, table.statedEnd[row] as number);
      }
    }
    return last === -Infinity ? undefined : last;
  }

  /**
   * Every party's position on every issue at valid time `at`, as known at `knownAt`.
   *
   * @throws {ValidationError} for a time that is not a valid query time.
   * @example
   * const before = ledger.at('2025-12-31', { knownAt: '2025-12-07' });
   * before.cell('united-states', 'deal-within-reach'); //=> undefined: not yet on record then
   */
  at(at: QueryTime, options: QueryOptions = {}): Snapshot {
    const t = boundOf(at, 'at');
    const k = knownBound(options);
    const inherit = options.inherit === true;
    const cells = this.#reader.cells(t, k, inherit);
    return new Snapshot(
      queryLabel(at),
      options.knownAt === undefined ? null : queryLabel(options.knownAt),
      inherit,
      cells,
    );
  }

  /**
   * One cell without building a snapshot: the fast path for a single lookup.
   *
   * @example
   * ledger.cell('ukraine', 'crimea-recognized-russian', { at: '2025-12-31' })?.stance; //=> 'rejects'
   */
  cell(party: string, issue: string, options: CellOptions): Cell | undefined {
    const t = boundOf(options.at, 'at');
    const k = knownBound(options);
    return this.#reader.cell(party, issue, t, k, options.inherit === true);
  }

  /**
   * How one party's position on one issue changed: each run of an unchanged stance and terms,
   * oldest first, with its evidence.
   *
   * @example
   * ledger.timeline('united-states', 'ceasefire-before-settlement').changes.map((c) => c.stance); //=> ['supports', …]
   */
  timeline(party: string, issue: string, options: QueryOptions = {}): Timeline {
    const k = knownBound(options);
    return timelineOf(this.#reader, party, issue, k, options.inherit === true);
  }

  /**
   * Every cell whose stance or terms differ between two valid times, as known at one `knownAt`.
   *
   * @example
   * ledger.diff('2025-03-01', '2025-03-31').map((c) => `${c.party}/${c.issue}: ${c.before?.stance ?? '—'} → ${c.after?.stance ?? '—'}`);
   * //=> ['ukraine/ceasefire-before-settlement: — → supports', 'ukraine/guarantees-before-ceasefire: demands → neutral',
   * //    'united-states/ceasefire-before-settlement: — → supports']
   */
  diff(from: QueryTime, to: QueryTime, options: QueryOptions = {}): readonly CellChange[] {
    const k = knownBound(options);
    return diffOf(this.#reader, boundOf(from, 'from'), boundOf(to, 'to'), k, options.inherit === true);
  }

  /**
   * Per issue: the stances of the states and blocs that have one, their spread, and whether the
   * issue is contested, a consensus, or open. Never inherited.
   *
   * @example
   * ledger.divergence('2025-12-31').find((d) => d.issue === 'crimea-recognized-russian')?.verdict; //=> 'contested'
   */
  divergence(at: QueryTime, options: KnownAtOptions = {}): readonly IssueDivergence[] {
    const k = knownBound(options);
    return divergenceOf(this.#reader, boundOf(at, 'at'), k);
  }

  /**
   * For each pair of states and blocs, the issues they agree on, disagree on, and the rest.
   *
   * @example
   * ledger.alignment('2025-12-31').find((p) => p.parties.join() === 'russia,ukraine')?.disagree.length; //=> 7
   */
  alignment(at: QueryTime, options: KnownAtOptions = {}): readonly PairAlignment[] {
    const k = knownBound(options);
    return alignmentOf(this.#reader, boundOf(at, 'at'), k);
  }

  /**
   * Runs your own projection over the live statements (as known at `knownAt`, stated before `at`),
   * in the fold's order, and returns its frozen result.
   *
   * @example
   * ledger.project(defineProjection({ initial: { n: 0 }, reduce(d) { d.n++; } }), { at: '2025-04-30' }).n; //=> 37
   */
  project<State extends object>(projection: Projection<State>, options: ProjectOptions = {}): Immutable<State> {
    const t = options.at === undefined ? Infinity : boundOf(options.at, 'at');
    const k = knownBound(options);
    return runProjection(this.#reader, projection, t, k);
  }
}
