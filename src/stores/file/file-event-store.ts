import { existsSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readSourcesFile, readVocabularyFile } from '../../dataset/dataset-files.js';
import { ValidationError, type Problem } from '../../errors/index.js';
import { FastEventReader } from '../../events/fast-read.js';
import { readEventWith } from '../../events/read-event.js';
import { appendStoredEvents, eventBatch } from '../../ledger/append.js';
import { Ledger, type LedgerOptions } from '../../ledger/index.js';
import { parseJsonLine } from '../../ndjson/parse-lines.js';
import { Vocabulary } from '../../vocabulary/index.js';
import { ConflictError } from '../conflict-error.js';
import type { EventStore, ReadOptions, StoreAppendOptions, StoreAppendResult, StoredEvent } from '../event-store.js';
import { withLock, type LockOptions, type LockTakeover } from './file-lock.js';
import { fileStoreFault } from './file-store-fault.js';
import { scanLines, START, type Cursor } from './line-scanner.js';
import {
  clearIntent,
  intentPath,
  lastNewlineBefore,
  recoverTail,
  removeSpentIntent,
  sha256,
  syncDirectory,
  writeIntent,
  type TornTail,
} from './torn-tail.js';

/**
 * Options for opening an NDJSON file store.
 *
 * @example
 * await FileEventStore.open('events.ndjson', { vocabulary, lock: { staleMs: 5_000 }, onWarning: console.warn });
 */
export interface FileStoreOptions extends LedgerOptions {
  /** Start an empty events file when the path does not exist (default false: a missing path is an error). */
  readonly create?: boolean;
  /** How long to wait for the lock, and when a crashed writer's lock counts as stale. */
  readonly lock?: LockOptions;
  /** Never lock or write: reads stop at the last line end, leaving a torn tail where it is. */
  readonly readOnly?: boolean;
  /** Called when a torn tail is set aside (default: `process.emitWarning`). */
  readonly onWarning?: (message: string, tail: TornTail) => void;
  /** Called when the lock of a writer that died holding it is taken over (default: `process.emitWarning`). */
  readonly onLockTakeover?: (message: string, takeover: LockTakeover) => void;
}

/** The validating ledger and how far into the file it has read. */
interface Checked {
  readonly ledger: Ledger;
  cursor: Cursor;
}

/**
 * An event store in one NDJSON file (one event per line, the format of a dataset's `events.ndjson`).
 * Appends are all or nothing, hold a lock across read-version → check → write → fsync so several
 * processes can append to one file, and return only once their lines are on disk. A crash in the
 * middle of an append leaves a torn tail that the next opener moves to `<file>.torn-<time>` and
 * reports. Reading streams the file, so files larger than memory can be folded.
 *
 * @example
 * const store = await FileEventStore.open('data/events.ndjson');
 * await store.append([statement]);
 * const ledger = await ledgerFromStore(store);
 * await store.close();
 */
export class FileEventStore implements EventStore {
  /** The events file. */
  readonly file: string;
  /** The vocabulary appends are checked against (a dataset folder's `vocabulary.json`, or the one given). */
  readonly vocabulary: Vocabulary | undefined;
  readonly #options: FileStoreOptions;
  readonly #handle: FileHandle | undefined;
  readonly #recovered: TornTail[] = [];
  readonly #takeovers: LockTakeover[] = [];
  #counted: Cursor = START;
  #checked: Checked | undefined;
  #wrote = false;
  #closed = false;

  private constructor(
    file: string,
    vocabulary: Vocabulary | undefined,
    handle: FileHandle | undefined,
    options: FileStoreOptions,
  ) {
    this.file = file;
    this.vocabulary = vocabulary;
    this.#handle = handle;
    this.#options = options;
  }

  /**
   * Opens an events file, or a dataset folder's `events.ndjson` checked against its `vocabulary.json`
   * and `sources.json` as `readDataset` checks it. A missing path is an error unless `create` is set
   * (then an empty events file is started). A torn last line is moved aside and reported in `recovered`.
   *
   * @throws {ValidationError} when a dataset folder's vocabulary or sources are invalid.
   * @throws {Error} with `code` `ENOENT` when the path does not exist and `create` is not set.
   * @throws {StoreUnavailableError} when the lock is not obtained in time, or the file cannot be written
   *   (disk full, read-only, no permission).
   * @example
   * const store = await FileEventStore.open('seeds/ukraine-2025');
   * store.recovered; //=> [] unless a crash left a torn line
   * const fresh = await FileEventStore.open('new-events.ndjson', { create: true });
   */
  static async open(path: string, options: FileStoreOptions = {}): Promise<FileEventStore> {
    const target = resolve(path);
    let file = target;
    let vocabulary = options.vocabulary === undefined ? undefined : Vocabulary.from(options.vocabulary);
    let documents = options.documents;
    if (existsSync(target) && (await stat(target)).isDirectory()) {
      // A dataset folder: appends are checked as readDataset reads them back, with the same files and
      // the same checks (the ledger's), so an append the store accepts never makes the folder unreadable.
      file = join(target, 'events.ndjson');
      const vocabularyFile = join(target, 'vocabulary.json');
      const sourcesFile = join(target, 'sources.json');
      if (vocabulary === undefined && existsSync(vocabularyFile))
        vocabulary = (await readVocabularyFile(vocabularyFile)).vocabulary;
      if (documents === undefined && existsSync(sourcesFile))
        documents = (await readSourcesFile(sourcesFile)).documents.map((document) => document.id);
    }
    if ((options.readOnly || !options.create) && !existsSync(file)) throw missingPath(file);
    const handle = options.readOnly
      ? undefined
      : await open(file, 'a+').catch((error: unknown) => {
          throw fileStoreFault(file, error);
        });
    const store = new FileEventStore(
      file,
      vocabulary,
      handle,
      documents === undefined ? options : { ...options, documents: [...documents] },
    );
    if (handle) {
      try {
        await store.#locked(async () => undefined);
      } catch (error) {
        await handle.close();
        throw error;
      }
    }
    return store;
  }

  /** Torn tails this store moved aside since it was opened, oldest first. */
  get recovered(): readonly TornTail[] {
    return Object.freeze([...this.#recovered]);
  }

  /** Locks of dead writers this store took over since it was opened, oldest first. */
  get takeovers(): readonly LockTakeover[] {
    return Object.freeze([...this.#takeovers]);
  }

  /**
   * Appends a batch, all or nothing; returns once its lines are written whole and synced to disk.
   *
   * @throws {ValidationError} naming every problem (the file's own bad lines by number); nothing is written.
   * @throws {ConflictError} when `expectedVersion` is given and another writer got there first.
   * @example
   * const { version, added } = await store.append(batch, { expectedVersion: await store.version() });
   */
  async append(events: Iterable<unknown>, options: StoreAppendOptions = {}): Promise<StoreAppendResult> {
    const handle = this.#writable();
    const batch = eventBatch(events);
    const { expectedVersion, ...appendOptions } = options;
    return this.#locked(async (size) => {
      const checked = await this.#catchUp(size);
      const version = checked.cursor.version;
      if (expectedVersion !== undefined && expectedVersion !== version)
        throw new ConflictError(expectedVersion, version);
      const result = checked.ledger.append(batch, appendOptions);
      if (result.added.length === 0) return Object.freeze({ ...result, version });
      // From here the ledger holds the batch: if anything fails before the bytes are synced, forget it.
      try {
        const bytes = Buffer.from(result.added.map((event) => `${JSON.stringify(event)}\n`).join(''), 'utf8');
        // A new intent file must be in the directory durably before it can protect anything.
        const created = !existsSync(intentPath(this.file));
        await writeIntent(this.file, { offset: size, length: bytes.length, sha256: sha256(bytes) });
        if (created) await syncDirectory(dirname(this.file));
        this.#wrote = true;
        await writeAll(handle, bytes);
        await handle.sync();
        const after = (await handle.stat()).size;
        if (after !== size + bytes.length) {
          throw new Error(
            `${this.file} grew by ${after - size} bytes during an append of ${bytes.length}: ` +
              'another process wrote to it without the lock',
          );
        }
        await clearIntent(this.file);
        const lines = result.added.length;
        checked.cursor = { offset: after, line: checked.cursor.line + lines, version: version + lines };
        this.#counted = checked.cursor;
        return Object.freeze({ ...result, version: version + lines });
      } catch (error) {
        this.#checked = undefined;
        await rollBack(this.file, handle, size);
        throw error;
      }
    });
  }

  /**
   * Streams the events from a position on. Reads what was committed when the read began.
   *
   * @throws {ValidationError} at the first line that is not a valid event, naming the file and line.
   * @example
   * for await (const { position, event, line } of store.read()) console.log(position, line, event.id);
   */
  async *read(options: ReadOptions = {}): AsyncIterable<StoredEvent> {
    const end = await this.#committedEnd();
    const from = Math.max(1, options.from ?? 1);
    // Skip what is already counted without parsing it when the read starts past it.
    const start = this.#counted.version < from && this.#counted.offset <= end ? this.#counted : START;
    const upcasters = this.#options.upcasters === undefined ? {} : { upcasters: this.#options.upcasters };
    // One reader for the pass: the events it yields share their equal parts (ids, bare sources, speakers).
    const reader = new FastEventReader();
    for await (const { text, blank, cursor } of scanLines(this.file, start, end)) {
      if (blank || cursor.version < from) continue;
      const parsed = parseJsonLine(text, cursor.line, this.file);
      if ('problem' in parsed) throw new ValidationError([parsed.problem]);
      const result = readEventWith(reader, parsed.value, upcasters, { line: cursor.line, file: this.file });
      if (!result.ok) throw new ValidationError(result.problems);
      yield Object.freeze({ position: cursor.version, event: result.event, line: cursor.line, file: this.file });
    }
  }

  /**
   * The number of events in the file (its last position), as committed now.
   *
   * @example
   * await store.version(); //=> 80
   */
  async version(): Promise<number> {
    const end = await this.#committedEnd();
    if (this.#counted.offset > end) this.#counted = START;
    for await (const { cursor } of scanLines(this.file, this.#counted, end)) this.#counted = cursor;
    return this.#counted.version;
  }

  /**
   * Closes the file. Later calls fail.
   *
   * @example
   * await store.close();
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    // Leave no spent intent file beside the user's data. Under the lock: another writer's intent is never spent.
    if (this.#wrote)
      await withLock(this.file, this.#options.lock ?? {}, () => removeSpentIntent(this.file), this.#takenOver).catch(
        () => undefined,
      );
    this.#closed = true;
    this.#checked = undefined;
    await this.#handle?.close();
  }

  #writable(): FileHandle {
    if (this.#closed) throw new Error(`the event store ${this.file} is closed`);
    if (this.#handle === undefined) throw new Error(`the event store ${this.file} was opened read-only`);
    return this.#handle;
  }

  /**
   * Runs `work` under the lock, after setting aside any torn tail; `work` gets the committed size.
   * Faults of the store itself (lock, disk) come out as StoreUnavailableErrors.
   */
  async #locked<T>(work: (size: number) => Promise<T>): Promise<T> {
    const handle = this.#writable();
    try {
      return await withLock(
        this.file,
        this.#options.lock ?? {},
        async () => {
          const { size, torn } = await recoverTail(this.file, handle);
          if (torn) this.#report(torn);
          return work(size);
        },
        this.#takenOver,
      );
    } catch (error) {
      throw fileStoreFault(this.file, error);
    }
  }

  readonly #takenOver = (takeover: LockTakeover): void => {
    this.#takeovers.push(takeover);
    const { pid, host } = takeover.owner;
    const message = `${this.file}: took over the lock of process ${pid} on ${host}, which died holding it`;
    if (this.#options.onLockTakeover) this.#options.onLockTakeover(message, takeover);
    else process.emitWarning(message, { code: 'POSITIONS_LEDGER_LOCK_TAKEN_OVER' });
  };

  /** The byte offset up to which the file holds complete appends. */
  async #committedEnd(): Promise<number> {
    if (this.#closed) throw new Error(`the event store ${this.file} is closed`);
    if (this.#handle) return this.#locked(async (size) => size);
    // Read-only: no lock, so stop at the last line end and leave any torn bytes where they are.
    const handle = await open(this.file, 'r');
    try {
      return (await lastNewlineBefore(handle, (await handle.stat()).size)) + 1;
    } finally {
      await handle.close();
    }
  }

  /** Brings the validating ledger up to `end`, building it on first use by streaming the file. */
  async #catchUp(end: number): Promise<Checked> {
    let checked = this.#checked;
    if (checked === undefined || checked.cursor.offset > end) {
      const { readOnly: _r, lock: _l, onWarning: _w, onLockTakeover: _t, create: _c, ...ledgerOptions } = this.#options;
      checked = {
        ledger: new Ledger({ ...ledgerOptions, ...(this.vocabulary ? { vocabulary: this.vocabulary } : {}) }),
        cursor: START,
      };
    }
    let values: unknown[] = [];
    let lines: number[] = [];
    let cursor = checked.cursor;
    const problems: Problem[] = [];
    const flush = (ledger: Ledger) => {
      if (problems.length > 0) throw new ValidationError(problems);
      appendStoredEvents(ledger, values, { lines, file: this.file });
      values = [];
      lines = [];
    };
    for await (const scanned of scanLines(this.file, checked.cursor, end)) {
      if (!scanned.blank) {
        const parsed = parseJsonLine(scanned.text, scanned.cursor.line, this.file);
        if ('problem' in parsed) problems.push(parsed.problem);
        else {
          values.push(parsed.value);
          lines.push(scanned.cursor.line);
        }
      }
      cursor = scanned.cursor;
      if (values.length >= 10_000) {
        flush(checked.ledger);
        checked.cursor = cursor;
      }
    }
    flush(checked.ledger);
    checked.cursor = cursor;
    this.#checked = checked;
    return checked;
  }

  #report(torn: TornTail): void {
    this.#recovered.push(torn);
    this.#checked = undefined;
    this.#counted = START;
    const message = `${torn.file}: ${torn.reason}; moved ${torn.bytes} torn bytes to ${torn.savedTo}`;
    if (this.#options.onWarning) this.#options.onWarning(message, torn);
    else process.emitWarning(message, { code: 'POSITIONS_LEDGER_TORN_TAIL' });
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  // The handle is opened for appending: every write lands at the end, whatever the position.
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

async function rollBack(file: string, handle: FileHandle, size: number): Promise<void> {
  try {
    if ((await handle.stat()).size > size) {
      await handle.truncate(size);
      await handle.sync();
    }
    await clearIntent(file);
  } catch {
    // The intent stays: the next opener sets the torn bytes aside.
  }
}

function missingPath(file: string): Error {
  return Object.assign(
    new Error(
      `no events file at '${file}': open it with { create: true } to start one (positions init starts a dataset)`,
    ),
    { code: 'ENOENT', path: file },
  );
}
