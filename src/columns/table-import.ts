import type { Dictionary } from './dictionary.js';
import { CORRECTION, type EventTable } from './event-table.js';
import { grown, type NumberArray } from './growable.js';
import type { TableParts } from './table-parts.js';

/**
 * Takes the rows of another table ({@link TableParts}: a range of a file read on another thread) into
 * `table`, as if the line scanner had read each of their lines into `table` there and then
 * (docs/design.md §9.2): the same columns, the same interned numbers (each dictionary interns in row
 * order, so a value gets the number its first row would have given it), and each link resolved against
 * what `table` holds then, so a target read in an earlier range is found and one still ahead waits in
 * `table.pendingTargets`.
 *
 * Rows are taken in order up to the first event whose id, or whose replacement's id, `table` already
 * holds: the scanner leaves such a line to its caller, who reads it, and every line after it, again.
 * The ids of the parts' rows are all different (their own scan stops at an id it holds), so checking each
 * against `table` as it is placed is checking it against everything read before its line.
 *
 * @example
 * const rows = takeRows(table, parts, source); // rows < parts.count: read the rest from row `rows`'s line
 */
export function takeRows(table: EventTable, parts: TableParts, source: number): number {
  const base = table.count;
  const ids = table.ids;
  const kind = parts.kind;
  // Looked up before any of the parts' ids is placed: a target the parts' own scan did not find before
  // its row is either read already (here) or still ahead, where the scanner would not have found it either.
  const found = new Map<number, number>();
  for (const [row, id] of parts.pendingTargets) found.set(row, ids.find(id));
  let rows = 0;
  while (rows < parts.count) {
    if (!ids.addFromUnlessHeld(base + rows, parts.ids, rows)) break;
    if (kind[rows] === CORRECTION) {
      if (!ids.addFromUnlessHeld(base + rows + 1, parts.ids, rows + 1)) {
        ids.truncate(base + rows);
        break;
      }
      rows += 2;
    } else rows++;
  }
  if (rows === 0) return 0;
  table.reserve(rows);
  table.count = base + rows;
  copy(table.kind, kind, base, rows);
  copy(table.recordedAt, parts.recordedAt, base, rows);
  copy(table.stance, parts.stance, base, rows);
  copy(table.statedStart, parts.statedStart, base, rows);
  copy(table.statedEnd, parts.statedEnd, base, rows);
  copy(table.statedForm, parts.statedForm, base, rows);
  copy(table.flags, parts.flags, base, rows);
  copy(table.partyCount, parts.partyCount, base, rows);
  copy(table.sourceCount, parts.sourceCount, base, rows);
  copy(table.textStart, parts.textStart, base, rows);
  copy(table.textLength, parts.textLength, base, rows);
  table.textSource.fill(source, base, base + rows);
  for (let row = 0; row < rows; row++) {
    const partner = parts.partner[row] as number;
    table.partner[base + row] = partner < 0 ? -1 : base + partner;
  }
  linkTargets(table, parts, base, rows, found);
  renumber(table.issue, parts.issue, base, rows, table.issues, parts.issues);
  renumber(table.terms, parts.terms, base, rows, table.termsKeys, parts.termsKeys);
  // Each row's parties and sources follow the previous row's, in both tables.
  let parties = 0;
  let sources = 0;
  for (let row = 0; row < rows; row++) {
    table.partyStart[base + row] = table.partyListLength + parties;
    table.sourceStart[base + row] = table.sourceListLength + sources;
    parties += parts.partyCount[row] as number;
    sources += parts.sourceCount[row] as number;
  }
  table.partyList = grown(table.partyList, table.partyListLength + parties);
  renumber(table.partyList, parts.partyList, table.partyListLength, parties, table.parties, parts.parties);
  table.partyListLength += parties;
  table.sourceDocument = grown(table.sourceDocument, table.sourceListLength + sources);
  table.sourceQuoted = grown(table.sourceQuoted, table.sourceListLength + sources);
  renumber(
    table.sourceDocument,
    parts.sourceDocument,
    table.sourceListLength,
    sources,
    table.documents,
    parts.documents,
  );
  copy(table.sourceQuoted, parts.sourceQuoted, table.sourceListLength, sources);
  table.sourceListLength += sources;
  for (const [row, text] of parts.statedText) if (row < rows) table.statedText.set(base + row, text);
  return rows;
}

/** Copies `from[0, count)` into `to` at `at`. */
function copy<T extends NumberArray>(to: T, from: T, at: number, count: number): void {
  to.set(from.subarray(0, count), at);
}

/** Links rows to targets: the parts' own rows moved by `base`, the others as `found` in `table`. */
function linkTargets(
  table: EventTable,
  parts: TableParts,
  base: number,
  rows: number,
  found: ReadonlyMap<number, number>,
): void {
  for (let row = 0; row < rows; row++) {
    const target = parts.target[row] as number;
    table.target[base + row] = target < 0 ? -1 : base + target;
  }
  for (const [row, id] of parts.pendingTargets) {
    if (row >= rows) continue;
    const target = found.get(row) as number;
    if (target >= 0) table.target[base + row] = target;
    else table.pendingTargets.set(base + row, id);
  }
}

/**
 * Writes `from[0, count)`, numbers interned in `texts`, into `to` at `at` as `dictionary`'s numbers
 * (interning each value on first sight); -1 stays -1.
 */
function renumber(
  to: Int32Array,
  from: Int32Array,
  at: number,
  count: number,
  dictionary: Dictionary,
  texts: readonly string[],
): void {
  const numbers = new Int32Array(texts.length).fill(-1);
  for (let i = 0; i < count; i++) {
    const n = from[i] as number;
    if (n < 0) {
      to[at + i] = -1;
      continue;
    }
    let number = numbers[n] as number;
    if (number < 0) {
      number = dictionary.intern(texts[n] as string);
      numbers[n] = number;
    }
    to[at + i] = number;
  }
}
