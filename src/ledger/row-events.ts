import { rawEventOf, REPLACEMENT, STORED_FORM } from '../columns/index.js';
import type { Correction, LedgerEvent, Statement } from '../events/index.js';
import { materializeReplacement, readEvent } from '../events/index.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { LedgerState } from './ledger-state.js';

/**
 * The stored event of a row, decoded from where the ledger keeps it (docs/design.md §9.2): a text
 * written from a stored event is parsed and frozen; a line as it was read is read again the way the
 * append read it (normalised, its id derived the same way); a replacement is its correction's
 * replacement as the statement it became. Each call decodes afresh: the ledger keeps no event objects.
 *
 * @example
 * eventOfRow(state, state.table.ids.find('s1')).type; //=> 'statement'
 */
export function eventOfRow(state: LedgerState, row: number): LedgerEvent {
  const table = state.table;
  if (table.kind[row] === REPLACEMENT) {
    const correction = eventOfRow(state, table.partner[row] as number) as Correction;
    return materializeReplacement(correction) as Statement;
  }
  const raw = rawEventOf(table, row);
  const source = table.texts[table.textSource[row] as number];
  if (source?.kind === 'objects') return raw as LedgerEvent;
  if (((table.flags[row] as number) & STORED_FORM) !== 0) return deepFreeze(raw) as LedgerEvent;
  const upcasters = state.upcasters;
  const result = readEvent(raw, upcasters === undefined ? {} : { upcasters });
  // The append validated this very text.
  if (!result.ok) throw new Error(`row ${row} no longer reads as the event it was appended as`);
  return result.event;
}
