// Helpers for the line scanner's tests: the schema path as the oracle (strict UTF-8 decoding, JSON.parse,
// readEvent, writeEvent), and a whole-table snapshot to compare two tables with.
import { EventTable, STORED_FORM } from '../../src/columns/event-table.js';
import { writeEvent } from '../../src/columns/write-event.js';
import { readEvent } from '../../src/events/index.js';
import { tableState } from '../support/table-state.js';

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

/**
 * {@link tableState}, but for where the two paths may differ and the answer may not: the flag saying the
 * row's text is its stored event, and where each quote sits (only whether there is one): the quotes are
 * checked against the line in checkLines, as the schema path may leave one to be found by reading the event
 * (QUOTE_IN_EVENT).
 */
export function snapshot(table: EventTable) {
  const state = tableState(table);
  return {
    ...state,
    flags: state.flags.map((flags) => flags & ~STORED_FORM),
    sourceQuoted: state.sourceQuoted.map((quote) => quote !== 0),
  };
}

export { EventTable };
