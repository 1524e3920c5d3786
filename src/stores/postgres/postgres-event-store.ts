import {
  materializeReplacement,
  parseEvent,
  readEvent,
  type Correction,
  type LedgerEvent,
  type Statement,
} from '../../events/index.js';
import {
  Ledger,
  Snapshot,
  type Cell,
  type CellOptions,
  type KnownAtOptions,
  type LedgerOptions,
  type QueryOptions,
} from '../../ledger/index.js';
import {
  alignmentOfCells,
  divergenceOfCells,
  type CellChange,
  type IssueDivergence,
  type PairAlignment,
  type Timeline,
} from '../../queries/index.js';
import { appendStoredEvents, eventBatch } from '../../ledger/append.js';
import { ID_COLLATION, isComparedParty, knownSql } from '../../rules/index.js';
import { queryLabel, type QueryTime } from '../../time/index.js';
import { boundOf, knownBound } from '../../ledger/query-bounds.js';
import { Vocabulary } from '../../vocabulary/index.js';
import { ConflictError } from '../conflict-error.js';
import type { EventStore, ReadOptions, StoreAppendOptions, StoreAppendResult, StoredEvent } from '../event-store.js';
import { queryDiff } from './diff-query.js';
import { foldCells, foldWinners, type WinnerRow } from './fold-query.js';
import { readTransaction } from './read-transaction.js';
import { insertEvents, pgTime } from './rows.js';
import { queryTimeline } from './timeline-query.js';
import { ensureSchema, namesFor, type Names } from './schema.js';
import { datasetRules, readDatasetTables, type DatasetTables } from './dataset-tables.js';
import type { Database, SqlQuery } from './database.js';
import type { PostgresStoreOptions } from './postgres-store-options.js';
import { sqlClient, type SqlClient } from './sql-client.js';

/**
 * An event store in PostgreSQL (or anything speaking its SQL: PGlite in-process, Citus, YugabyteDB).
 * Creates its tables on first use; appends run in one transaction under an advisory lock, with
 * optional expected-version concurrency, checked against the `vocabulary` and `documents` options or else
 * the store's own vocabulary and sources tables (docs/stores.md); a server that cannot be used is a
 * `StoreUnavailableError`; and the queries of a ledger (`at`, `cell`, `timeline`, `diff`,
 * `divergence`, `alignment`) are answered in SQL (docs/design.md §9.4), reading only the rows each
 * question needs, so a ledger larger than memory can be queried without loading it. Their answers equal
 * the `Ledger`'s over the same events: same types, same order, frozen.
 *
 * @example
 * const store = await PostgresEventStore.open(process.env.DATABASE_URL, { vocabulary });
 * await store.append(events);
 * (await store.at('2025-12-31', { knownAt: '2025-12-07' })).cell('russia', 'ukraine-in-nato')?.stance;
 * await store.close();
 */
export class PostgresEventStore implements EventStore {
  readonly #db: SqlClient;
  readonly #names: Names;
  readonly #options: LedgerOptions;
  /** Whether the vocabulary, and the documents, come from the store's tables rather than the options. */
  readonly #fromTables: { readonly vocabulary: boolean; readonly documents: boolean };
  #vocabulary: Vocabulary | undefined;
  #documents: readonly string[] | undefined;
  #closed = false;

  private constructor(db: SqlClient, names: Names, options: PostgresStoreOptions, tables: DatasetTables | undefined) {
    this.#db = db;
    this.#names = names;
    this.#fromTables = { vocabulary: options.vocabulary === undefined, documents: options.documents === undefined };
    const rules = tables === undefined ? undefined : datasetRules(tables);
    this.#vocabulary = options.vocabulary === undefined ? rules?.vocabulary : Vocabulary.from(options.vocabulary);
    this.#documents = options.documents === undefined ? rules?.documents : Object.freeze([...options.documents]);
    this.#options = options.upcasters ? { upcasters: options.upcasters } : {};
  }

  /**
   * The vocabulary appends are checked against, if any: the one given to `open`, or else what the store's
   * vocabulary table held when last read (on open, and by each append); undefined when it is empty.
   */
  get vocabulary(): Vocabulary | undefined {
    return this.#vocabulary;
  }

  /**
   * Connects (a connection string makes a `pg.Pool`, closed by `close()`; a pool, client or PGlite
   * you pass stays yours) and creates the tables if they are missing.
   *
   * @example
   * const store = await PostgresEventStore.open('postgres://user:pass@localhost:5432/db');
   * const local = await PostgresEventStore.open(await PGlite.create(), { table: 'talks' });
   */
  static async open(database: Database, options: PostgresStoreOptions = {}): Promise<PostgresEventStore> {
    const names = namesFor(options.table ?? 'positions');
    const db = await sqlClient(database, options.name);
    let tables: DatasetTables | undefined;
    try {
      await ensureSchema(db, names);
      if (options.vocabulary === undefined || options.documents === undefined)
        tables = await readDatasetTables(db, names);
    } catch (error) {
      await db.close();
      throw error;
    }
    return new PostgresEventStore(db, names, options, tables);
  }

  /**
   * Appends a batch in one transaction, all or nothing; identical events already stored are no-ops.
   *
   * @throws {ValidationError} naming every problem; nothing is written.
   * @throws {ConflictError} when `expectedVersion` is given and the store has moved on.
   * @example
   * const { version } = await store.append(batch, { expectedVersion: await store.version() });
   */
  async append(events: Iterable<unknown>, options: StoreAppendOptions = {}): Promise<StoreAppendResult> {
    this.#open();
    const batch = eventBatch(events);
    const { expectedVersion, ...appendOptions } = options;
    const seeds = seedIds(batch, this.#options);
    const n = this.#names;
    return this.#db.transaction(async (tx) => {
      // One appender at a time per store: positions stay dense and ordered as committed.
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [n.lockKey[0], n.lockKey[1]]);
      const version = await versionIn(tx, n);
      if (expectedVersion !== undefined && expectedVersion !== version)
        throw new ConflictError(expectedVersion, version);
      // The vocabulary and documents as stored now, unless the caller gave them: what another session added
      // since this store was opened counts.
      if (this.#fromTables.vocabulary || this.#fromTables.documents) {
        const rules = datasetRules(await readDatasetTables(tx, n));
        if (this.#fromTables.vocabulary) this.#vocabulary = rules.vocabulary;
        if (this.#fromTables.documents) this.#documents = rules.documents;
      }
      // The ledger is the validator: it gets every stored event the batch can touch, then the batch.
      const ledger = new Ledger(this.#ledgerOptions());
      appendStoredEvents(ledger, await relatedEvents(tx, n, seeds));
      const result = ledger.append(batch, appendOptions);
      if (result.added.length > 0) {
        await insertEvents(tx, n, result.added, version + 1, (id) => ledger.get(id) as Statement);
      }
      return Object.freeze({ ...result, version: version + result.added.length });
    });
  }

  /**
   * Streams the events from a position on, a page at a time, up to the version when the read began.
   *
   * @example
   * for await (const { position, event } of store.read({ from: 100 })) console.log(position, event.id);
   */
  async *read(options: ReadOptions = {}): AsyncIterable<StoredEvent> {
    this.#open();
    const end = await this.version();
    const upcasters = this.#options.upcasters === undefined ? {} : { upcasters: this.#options.upcasters };
    for (let from = Math.max(1, options.from ?? 1); from <= end; ) {
      const { rows } = await this.#db.query(
        `SELECT position, event FROM ${this.#names.events} WHERE position >= $1 AND position <= $2 ORDER BY position LIMIT 1000`,
        [from, end],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const position = Number(row['position']);
        yield Object.freeze({ position, event: parseEvent(json(row['event']), upcasters) });
        from = position + 1;
      }
    }
  }

  /**
   * The position of the last event; 0 when empty.
   *
   * @example
   * await store.version(); //=> 80
   */
  async version(): Promise<number> {
    this.#open();
    return versionIn(this.#db, this.#names);
  }

  /**
   * Every party's position on every issue at valid time `at`, as known at `knownAt`, folded in SQL.
   * Equal to `Ledger.at` over the same events.
   *
   * @throws {ValidationError} for a time that is not a valid query time.
   * @example
   * (await store.at('2025-12-31', { knownAt: '2025-12-07' })).cells().length; //=> the cells known then
   */
  async at(at: QueryTime, options: QueryOptions = {}): Promise<Snapshot> {
    this.#open();
    const inherit = options.inherit === true;
    const query = { t: boundOf(at, 'at'), k: knownBound(options), inherit };
    const cells = await readTransaction(this.#db, (tx) => foldCells(tx, this.#names, this.vocabulary, query));
    return new Snapshot(
      queryLabel(at),
      options.knownAt === undefined ? null : queryLabel(options.knownAt),
      inherit,
      cells,
    );
  }

  /**
   * One cell, folded in SQL; `undefined` when the party has no position on the issue then.
   * Equal to `Ledger.cell` over the same events.
   *
   * @example
   * (await store.cell('ukraine', 'ukraine-in-nato', { at: '2025-12-31' }))?.stance; //=> 'demands'
   */
  async cell(party: string, issue: string, options: CellOptions): Promise<Cell | undefined> {
    this.#open();
    const query = {
      t: boundOf(options.at, 'at'),
      k: knownBound(options),
      inherit: options.inherit === true,
      party,
      issue,
    };
    return (await readTransaction(this.#db, (tx) => foldCells(tx, this.#names, this.vocabulary, query)))[0];
  }

  /**
   * How one party's position on one issue changed (docs/design.md §6.2), as known at `knownAt`: each run
   * of an unchanged stance and terms, oldest first, with its evidence. Reads that one cell's claims (and,
   * with `inherit`, its blocs'). Equal to `Ledger.timeline` over the same events.
   *
   * @example
   * const { changes } = await store.timeline('united-states', 'ceasefire-before-settlement', { knownAt: '2025-12-07' });
   * changes.map((c) => `${c.since}: ${c.stance}`); //=> ['2025-03-11: supports', …]
   */
  async timeline(party: string, issue: string, options: QueryOptions = {}): Promise<Timeline> {
    this.#open();
    const k = knownBound(options);
    const inherit = options.inherit === true;
    return readTransaction(this.#db, (tx) => queryTimeline(tx, this.#names, this.vocabulary, party, issue, k, inherit));
  }

  /**
   * Every cell whose stance or terms differ between two valid times (docs/design.md §6.3), as known at one
   * `knownAt`: two SQL folds over one snapshot of the store, compared cell by cell. Equal to `Ledger.diff`
   * over the same events.
   *
   * @throws {ValidationError} for a time that is not a valid query time.
   * @example
   * (await store.diff('2025-04-30', '2025-12-31')).map((c) => `${c.party}/${c.issue}: ${c.before?.stance ?? '—'} → ${c.after?.stance ?? '—'}`);
   */
  async diff(from: QueryTime, to: QueryTime, options: QueryOptions = {}): Promise<readonly CellChange[]> {
    this.#open();
    const range = {
      from: boundOf(from, 'from'),
      to: boundOf(to, 'to'),
      k: knownBound(options),
      inherit: options.inherit === true,
    };
    return readTransaction(this.#db, (tx) => queryDiff(tx, this.#names, this.vocabulary, range));
  }

  /**
   * Per issue (docs/design.md §6.4): the stances of the states and blocs that have one (every party
   * without a vocabulary), their spread and a verdict. Never inherited. The winners come from one SQL
   * fold; the verdict and spread are the rules of src/rules applied to them. Equal to `Ledger.divergence`.
   *
   * @example
   * (await store.divergence('2025-12-31')).find((d) => d.issue === 'crimea-recognized-russian')?.verdict; //=> 'contested'
   */
  async divergence(at: QueryTime, options: KnownAtOptions = {}): Promise<readonly IssueDivergence[]> {
    this.#open();
    return divergenceOfCells(await this.#comparedWinners(at, options));
  }

  /**
   * For each pair of states and blocs (every party without a vocabulary; never a bloc with one of its
   * members), the issues they agree on, disagree on, and the rest (docs/design.md §6.5), from one SQL
   * fold. Equal to `Ledger.alignment`.
   *
   * @example
   * (await store.alignment('2025-12-31')).find((p) => p.parties.join() === 'russia,ukraine')?.disagree.length; //=> 7
   */
  async alignment(at: QueryTime, options: KnownAtOptions = {}): Promise<readonly PairAlignment[]> {
    this.#open();
    return alignmentOfCells(await this.#comparedWinners(at, options), this.vocabulary);
  }

  /**
   * Every party id the stored statements name (corrections' replacements and retracted statements
   * included), in id order (docs/design.md §1.5). Read from the store's cells, not from its events.
   * Equal to `Ledger.parties`.
   *
   * @example
   * (await store.parties()).includes('ukraine'); //=> true
   */
  async parties(): Promise<readonly string[]> {
    this.#open();
    const { rows } = await this.#db.query(
      `SELECT DISTINCT party ${ID_COLLATION} AS party FROM ${this.#names.cells} ORDER BY party`,
    );
    return Object.freeze(rows.map((row) => row['party'] as string));
  }

  /**
   * Every issue id the stored statements name (corrections' replacements and retracted statements
   * included), in id order. Read from the store's cells, not from its events. Equal to `Ledger.issues`.
   *
   * @example
   * (await store.issues()).includes('ukraine-in-nato'); //=> true
   */
  async issues(): Promise<readonly string[]> {
    this.#open();
    const { rows } = await this.#db.query(
      `SELECT DISTINCT issue ${ID_COLLATION} AS issue FROM ${this.#names.cells} ORDER BY issue`,
    );
    return Object.freeze(rows.map((row) => row['issue'] as string));
  }

  /**
   * The end of the latest `statedAt` among the statements known at `knownAt` (replacements and retracted
   * statements too), in epoch milliseconds (exclusive); `undefined` when there is none. Walks an index of
   * `statedAt` ends down to the first known statement. Equal to `Ledger.lastStatedEnd`.
   *
   * @example
   * new Date((await store.lastStatedEnd())! - 1).toISOString().slice(0, 10); //=> '2026-01-06'
   */
  async lastStatedEnd(options: KnownAtOptions = {}): Promise<number | undefined> {
    this.#open();
    const k = knownBound(options);
    const { rows } = await this.#db.query(
      `SELECT (extract(epoch FROM stated_end) * 1000)::float8 AS stated_end FROM ${this.#names.entries}
       WHERE stated_end IS NOT NULL AND ${knownSql('recorded_at', '$1')}
       ORDER BY stated_end DESC LIMIT 1`,
      [pgTime(k)],
    );
    return rows[0] === undefined ? undefined : Number(rows[0]['stated_end']);
  }

  /**
   * The stored events with these ids (a correction's replacement as the statement it is, as
   * `Ledger.get` gives it), by id; an id of no stored event is left out. One query for all of them.
   *
   * @example
   * (await store.eventsById(['s.002.russia.ceasefire-before-settlement'])).get('s.002.russia.ceasefire-before-settlement')?.type; //=> 'statement'
   */
  async eventsById(ids: Iterable<string>): Promise<ReadonlyMap<string, LedgerEvent>> {
    this.#open();
    const n = this.#names;
    const { rows } = await this.#db.query(
      `SELECT e.id, e.carrier IS NOT NULL AS replacement, ev.event
       FROM ${n.entries} e JOIN ${n.events} ev ON ev.id = coalesce(e.carrier, e.id)
       WHERE e.id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    const upcasters = this.#options.upcasters === undefined ? {} : { upcasters: this.#options.upcasters };
    const found = new Map<string, LedgerEvent>();
    for (const row of rows) {
      const event = parseEvent(json(row['event']), upcasters);
      const id = row['id'] as string;
      found.set(id, row['replacement'] === true ? materializeReplacement(event as Correction) : event);
    }
    return found;
  }

  /**
   * Closes the pool the store opened from a connection string; a pool, client or PGlite you passed stays open.
   *
   * @example
   * await store.close();
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.close();
  }

  #open(): void {
    if (this.#closed) throw new Error('the event store is closed');
  }

  /** What a validating ledger is given: the vocabulary, documents and upcasters. */
  #ledgerOptions(): LedgerOptions {
    return {
      ...this.#options,
      ...(this.#vocabulary === undefined ? {} : { vocabulary: this.#vocabulary }),
      ...(this.#documents === undefined ? {} : { documents: this.#documents }),
    };
  }

  /** The winners divergence and alignment compare (docs/design.md §6.4): own cells of the compared parties. */
  #comparedWinners(at: QueryTime, options: KnownAtOptions): Promise<WinnerRow[]> {
    const vocabulary = this.vocabulary;
    const query = {
      t: boundOf(at, 'at'),
      k: knownBound(options),
      inherit: false,
      ...(vocabulary === undefined
        ? {}
        : { parties: vocabulary.parties.filter((p) => isComparedParty(p.kind, true)).map((p) => p.id) }),
    };
    return readTransaction(this.#db, (tx) => foldWinners(tx, this.#names, vocabulary, query));
  }
}

async function versionIn(db: SqlQuery, n: Names): Promise<number> {
  const { rows } = await db.query(`SELECT coalesce(max(position), 0) AS version FROM ${n.events}`);
  return Number(rows[0]?.['version'] ?? 0);
}

/** The ids a batch names (its own, its replacements', its targets'): where the stored events it touches start. */
function seedIds(batch: readonly unknown[], options: LedgerOptions): string[] {
  const ids = new Set<string>();
  for (const raw of batch) {
    const result = readEvent(raw, options.upcasters === undefined ? {} : { upcasters: options.upcasters });
    if (!result.ok) continue;
    const event = result.event;
    ids.add(event.id);
    if (event.type !== 'statement') ids.add(event.target);
    if (event.type === 'correction') ids.add(event.replacement.id);
  }
  return [...ids];
}

/**
 * Every stored event connected to the seeds through targets and corrections' replacements (both ways),
 * in position order: all the appending rules can need (ids taken, targets, their killers and
 * liveness, corrections already live), without loading the rest of the store.
 */
async function relatedEvents(tx: SqlQuery, n: Names, seeds: readonly string[]): Promise<LedgerEvent[]> {
  const seen = new Set(seeds);
  const events = new Set<string>();
  for (let frontier = [...seeds]; frontier.length > 0; ) {
    const { rows } = await tx.query(
      `SELECT id, target, carrier FROM ${n.entries} WHERE id = ANY($1::text[]) OR target = ANY($1::text[]) OR carrier = ANY($1::text[])`,
      [frontier],
    );
    const next: string[] = [];
    for (const row of rows) {
      const carrier = row['carrier'] as string | null;
      events.add(carrier ?? (row['id'] as string));
      for (const id of [row['id'], row['target'], carrier]) {
        if (typeof id === 'string' && !seen.has(id)) {
          seen.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  if (events.size === 0) return [];
  const { rows } = await tx.query(`SELECT event FROM ${n.events} WHERE id = ANY($1::text[]) ORDER BY position`, [
    [...events],
  ]);
  return rows.map((row) => json(row['event']) as LedgerEvent);
}

function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
