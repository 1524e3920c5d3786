// Helpers for the line scanner's tests: the schema path as the oracle (strict UTF-8 decoding, JSON.parse,
// readEvent, writeEvent), and a whole-table snapshot to compare two tables with.
import { EventTable, STORED_FORM } from '../../src/columns/event-table.js';
import { writeEvent } from '../../src/columns/write-event.js';
import { readEvent } from '../../src/events/index.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** What the schema path does with one line. */
export type Reference =
  | { readonly outcome: 'rejected' }
  | { readonly outcome: 'taken'; readonly row: number }
  | { readonly outcome: 'conflict' }
  | { readonly outcome: 'written'; readonly row: number };

/** Where a line's text is, for both paths alike. */
export function placeOf(start: number, length: number) {
  return { source: 0, start, length, stored: false };
}

/** The line as bytes: a string is encoded; bytes are taken as they are (malformed UTF-8 included). */
export function lineBytes(line: string | Uint8Array): Uint8Array {
  return typeof line === 'string' ? encoder.encode(line) : line;
}

/**
 * The schema path's verdict on a line, and its row(s) written into `table` when it is valid and its
 * ids are free: a taken id is left to the append logic (here: nothing written), as is a replacement
 * whose id is taken or equals its correction's.
 */
export function referenceAppend(table: EventTable, bytes: Uint8Array, start: number): Reference {
  let raw: unknown;
  try {
    raw = JSON.parse(strict.decode(bytes));
  } catch {
    return { outcome: 'rejected' };
  }
  const result = readEvent(raw);
  if (!result.ok) return { outcome: 'rejected' };
  const event = result.event;
  const taken = table.ids.find(event.id);
  if (taken >= 0) return { outcome: 'taken', row: taken };
  if (event.type === 'correction' && (table.ids.find(event.replacement.id) >= 0 || event.replacement.id === event.id)) {
    return { outcome: 'conflict' };
  }
  return { outcome: 'written', row: writeEvent(table, event, placeOf(start, bytes.length)) };
}

/** Every filled column of every row, the flat lists, dictionaries, ids, statedText and pendingTargets. */
export function snapshot(table: EventTable) {
  const rows = table.count;
  const column = (array: ArrayLike<number>, length = rows) => Array.from({ length }, (_, i) => array[i]);
  return {
    count: rows,
    kind: column(table.kind),
    recordedAt: column(table.recordedAt),
    target: column(table.target),
    partner: column(table.partner),
    issue: column(table.issue),
    stance: column(table.stance),
    statedStart: column(table.statedStart),
    statedEnd: column(table.statedEnd),
    statedForm: column(table.statedForm),
    terms: column(table.terms),
    flags: column(table.flags).map((flags) => (flags as number) & ~STORED_FORM),
    partyStart: column(table.partyStart),
    partyCount: column(table.partyCount),
    partyList: column(table.partyList, table.partyListLength),
    sourceStart: column(table.sourceStart),
    sourceCount: column(table.sourceCount),
    sourceDocument: column(table.sourceDocument, table.sourceListLength),
    // Whether each source has a quote; where the quote sits is checked against the line in checkLines, as
    // the schema path may leave it to be found by reading the event (QUOTE_IN_EVENT).
    sourceQuoted: column(table.sourceQuoted, table.sourceListLength).map((quote) => quote !== 0),
    textSource: column(table.textSource),
    textStart: column(table.textStart),
    textLength: column(table.textLength),
    ids: Array.from({ length: table.ids.count }, (_, row) => table.idOf(row)),
    idRows: Array.from({ length: table.ids.count }, (_, row) => table.ids.find(table.idOf(row))),
    parties: [...table.parties.texts()],
    issues: [...table.issues.texts()],
    documents: [...table.documents.texts()],
    termsKeys: [...table.termsKeys.texts()],
    statedText: [...table.statedText].sort((a, b) => a[0] - b[0]),
    pendingTargets: [...table.pendingTargets].sort((a, b) => a[0] - b[0]),
  };
}

export { EventTable };
