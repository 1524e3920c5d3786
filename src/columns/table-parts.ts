import type { EventTable } from './event-table.js';
import type { NumberArray } from './growable.js';
import type { IdParts } from './id-table.js';

/**
 * The rows of an {@link EventTable} as plain arrays and values, for a table filled on another thread
 * (docs/design.md §9.2, reading a file in parallel) to be sent to the thread that takes its rows in with
 * `TableImport`. Every column is trimmed to the rows (or list entries) filled; its buffer transfers
 * ({@link partsTransferList}). Interned numbers are the sending table's own, with the texts they stand for.
 */
export interface TableParts {
  /** How many rows. */
  readonly count: number;
  /** `EventTable.kind`. */
  readonly kind: Uint8Array;
  /** `EventTable.recordedAt`. */
  readonly recordedAt: Float64Array;
  /** `EventTable.target`: rows of this table; -1 for none or pending. */
  readonly target: Int32Array;
  /** `EventTable.partner`: rows of this table. */
  readonly partner: Int32Array;
  /** `EventTable.issue`: numbers in {@link TableParts.issues}. */
  readonly issue: Int32Array;
  /** `EventTable.stance`. */
  readonly stance: Int8Array;
  /** `EventTable.statedStart`. */
  readonly statedStart: Float64Array;
  /** `EventTable.statedEnd`. */
  readonly statedEnd: Float64Array;
  /** `EventTable.statedForm`. */
  readonly statedForm: Uint8Array;
  /** `EventTable.terms`: numbers in {@link TableParts.termsKeys}. */
  readonly terms: Int32Array;
  /** `EventTable.flags`. */
  readonly flags: Uint8Array;
  /** `EventTable.partyCount` (each row's parties follow the previous row's in {@link TableParts.partyList}). */
  readonly partyCount: Uint8Array;
  /** `EventTable.partyList`: numbers in {@link TableParts.parties}. */
  readonly partyList: Int32Array;
  /** `EventTable.sourceCount` (each row's sources follow the previous row's). */
  readonly sourceCount: Uint16Array;
  /** `EventTable.sourceDocument`: numbers in {@link TableParts.documents}. */
  readonly sourceDocument: Int32Array;
  /** `EventTable.sourceQuoted`. */
  readonly sourceQuoted: Uint32Array;
  /** `EventTable.textStart`. */
  readonly textStart: Float64Array;
  /** `EventTable.textLength`. */
  readonly textLength: Uint32Array;
  /** The interned party ids, by number. */
  readonly parties: readonly string[];
  /** The interned issue ids, by number. */
  readonly issues: readonly string[];
  /** The interned document ids, by number. */
  readonly documents: readonly string[];
  /** The interned canonical JSON of terms, by number. */
  readonly termsKeys: readonly string[];
  /** The event ids, by row. */
  readonly ids: IdParts;
  /** `EventTable.statedText`. */
  readonly statedText: ReadonlyMap<number, string>;
  /** `EventTable.pendingTargets`: the target ids this table did not hold, by row. */
  readonly pendingTargets: ReadonlyMap<number, string>;
}

/**
 * At least how large the one buffer of {@link tableParts} is: over the largest size (32 MiB on 64-bit
 * Linux) below which glibc's allocator may serve memory from its heap, where a block freed by another
 * thread stays counted in the process's memory. A larger block is mapped on its own and given back to the
 * system when freed; the part of it never written costs nothing.
 */
const ONE_BUFFER_BYTES = 33 * 1024 * 1024;

/**
 * The rows of `table` as {@link TableParts}, copied into one buffer that transfers as a whole: the
 * thread that takes them in frees it at once when it is done, so a file read in many ranges does not leave
 * the memory of each range behind.
 *
 * @example
 * const parts = tableParts(table);
 * port.postMessage(parts, partsTransferList(parts));
 */
export function tableParts(table: EventTable): TableParts {
  const rows = table.count;
  const ids = table.ids.parts();
  const columns = {
    kind: table.kind.subarray(0, rows),
    recordedAt: table.recordedAt.subarray(0, rows),
    target: table.target.subarray(0, rows),
    partner: table.partner.subarray(0, rows),
    issue: table.issue.subarray(0, rows),
    stance: table.stance.subarray(0, rows),
    statedStart: table.statedStart.subarray(0, rows),
    statedEnd: table.statedEnd.subarray(0, rows),
    statedForm: table.statedForm.subarray(0, rows),
    terms: table.terms.subarray(0, rows),
    flags: table.flags.subarray(0, rows),
    partyCount: table.partyCount.subarray(0, rows),
    partyList: table.partyList.subarray(0, table.partyListLength),
    sourceCount: table.sourceCount.subarray(0, rows),
    sourceDocument: table.sourceDocument.subarray(0, table.sourceListLength),
    sourceQuoted: table.sourceQuoted.subarray(0, table.sourceListLength),
    textStart: table.textStart.subarray(0, rows),
    textLength: table.textLength.subarray(0, rows),
    arena: ids.arena,
    starts: ids.starts,
    lengths: ids.lengths,
    hashes: ids.hashes,
  };
  // Each copy starts at a multiple of 8 bytes, as a Float64Array's must.
  let bytes = 0;
  for (const array of Object.values(columns)) bytes += Math.ceil(array.byteLength / 8) * 8;
  const buffer = new ArrayBuffer(Math.max(bytes, ONE_BUFFER_BYTES));
  let at = 0;
  const copied = {} as { -readonly [K in keyof typeof columns]: (typeof columns)[K] };
  for (const [name, array] of Object.entries(columns) as [keyof typeof columns, NumberArray][]) {
    const copy = new (array.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => NumberArray)(
      buffer,
      at,
      array.length,
    );
    copy.set(array);
    (copied as Record<string, NumberArray>)[name] = copy;
    at += Math.ceil(array.byteLength / 8) * 8;
  }
  const { arena, starts, lengths, hashes, ...rest } = copied;
  return {
    count: rows,
    ...rest,
    parties: table.parties.texts(),
    issues: table.issues.texts(),
    documents: table.documents.texts(),
    termsKeys: table.termsKeys.texts(),
    ids: { count: ids.count, arena, starts, lengths, hashes },
    statedText: table.statedText,
    pendingTargets: table.pendingTargets,
  };
}

/**
 * The buffers of `parts`, each once, for `postMessage` to move rather than copy.
 *
 * @example
 * port.postMessage(parts, partsTransferList(parts));
 */
export function partsTransferList(parts: TableParts): ArrayBuffer[] {
  const arrays = [
    parts.kind,
    parts.recordedAt,
    parts.target,
    parts.partner,
    parts.issue,
    parts.stance,
    parts.statedStart,
    parts.statedEnd,
    parts.statedForm,
    parts.terms,
    parts.flags,
    parts.partyCount,
    parts.partyList,
    parts.sourceCount,
    parts.sourceDocument,
    parts.sourceQuoted,
    parts.textStart,
    parts.textLength,
    parts.ids.arena,
    parts.ids.starts,
    parts.ids.lengths,
    parts.ids.hashes,
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
