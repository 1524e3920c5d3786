import { canonicalJson, type LedgerEvent, type Replacement, type Source, type Statement } from '../events/index.js';
import { fuzzyTimeBounds, instantMs } from '../time/index.js';
import { STANCES, type Stance } from '../vocabulary/index.js';
import {
  CORRECTION,
  CORROBORATION,
  type EventTable,
  HAS_CONDITIONS,
  HAS_QUOTE,
  QUOTE_IN_EVENT,
  REPLACEMENT,
  RETRACTION,
  STATEMENT,
  STORED_FORM,
} from './event-table.js';
import { statedForm, WRITTEN } from './stated-form.js';

/** Where an event's text is: a source of the table, and a byte range in it. */
export interface TextPlace {
  /** Index in `table.texts`. */
  readonly source: number;
  /** Byte offset. */
  readonly start: number;
  /** Byte length. */
  readonly length: number;
  /** Whether the text is the stored event itself (written from a stored event, not read from input). */
  readonly stored: boolean;
  /**
   * Where the quotes of its sources sit in the text, in source order (as `EventTable.sourceQuoted` keeps
   * them); absent when unknown, and each is then found by reading the event whole.
   */
  readonly quotes?: readonly number[];
}

const bounds = { start: 0, end: 0 };

/**
 * Writes a stored event (validated and normalised, as `readEvent` returns it) into the table: one row,
 * and for a correction a second row for its replacement. A target already in the table is linked at
 * once; one not yet there (later in the same batch) waits in `table.pendingTargets`.
 *
 * @returns the event's row.
 * @example
 * const row = writeEvent(table, parseEvent(raw), { source: 0, start: 0, length: 120, stored: false });
 * table.idOf(row); //=> the event's id
 */
export function writeEvent(table: EventTable, event: LedgerEvent, text: TextPlace): number {
  switch (event.type) {
    case 'statement':
      return writeStatement(table, STATEMENT, event, instantMs(event.recordedAt), text);
    case 'corroboration': {
      const row = beginRow(table, CORROBORATION, event.id, instantMs(event.recordedAt), text);
      linkTarget(table, row, event.target);
      writeSource(table, row, event.source, text.quotes, 0);
      return row;
    }
    case 'retraction': {
      const row = beginRow(table, RETRACTION, event.id, instantMs(event.recordedAt), text);
      linkTarget(table, row, event.target);
      return row;
    }
    case 'correction': {
      const recordedAt = instantMs(event.recordedAt);
      const row = beginRow(table, CORRECTION, event.id, recordedAt, text);
      linkTarget(table, row, event.target);
      const replacement = writeStatement(table, REPLACEMENT, event.replacement, recordedAt, text);
      table.partner[row] = replacement;
      table.partner[replacement] = row;
      return row;
    }
  }
}

/**
 * The stance code of a stance: its place on the scale, `demands` 0 … `rejects` 4 (docs/design.md §1.3).
 *
 * @example
 * stanceCode('neutral'); //=> 2
 */
export function stanceCode(stance: Stance): number {
  return STANCES.indexOf(stance);
}

function writeStatement(
  table: EventTable,
  kind: number,
  statement: Statement | Replacement,
  recordedAt: number,
  text: TextPlace,
): number {
  const row = beginRow(table, kind, statement.id, recordedAt, text);
  table.issue[row] = table.issues.intern(statement.issue);
  for (const party of statement.parties) table.addParty(table.parties.intern(party));
  table.stance[row] = stanceCode(statement.stance);
  fuzzyTimeBounds(statement.statedAt, bounds);
  table.statedStart[row] = bounds.start;
  table.statedEnd[row] = bounds.end;
  const form = statedForm(statement.statedAt);
  table.statedForm[row] = form;
  if (form === WRITTEN) table.statedText.set(row, statement.statedAt);
  if (statement.terms !== undefined) table.terms[row] = table.termsKeys.intern(canonicalJson(statement.terms));
  if (statement.conditions !== undefined) table.flags[row] = (table.flags[row] as number) | HAS_CONDITIONS;
  let quoted = 0;
  for (const source of statement.sources) {
    if (writeSource(table, row, source, text.quotes, quoted)) quoted++;
  }
  return row;
}

function beginRow(table: EventTable, kind: number, id: string, recordedAt: number, text: TextPlace): number {
  const row = table.addRow(kind);
  table.ids.add(row, id);
  table.recordedAt[row] = recordedAt;
  table.textSource[row] = text.source;
  table.textStart[row] = text.start;
  table.textLength[row] = text.length;
  if (text.stored) table.flags[row] = (table.flags[row] as number) | STORED_FORM;
  return row;
}

/** Adds a source; returns whether it has a quote (the `n`-th of the event's, placed by `quotes`). */
function writeSource(
  table: EventTable,
  row: number,
  source: Source,
  quotes: readonly number[] | undefined,
  n: number,
): boolean {
  const quoted = source.quote !== undefined;
  table.addSource(table.documents.intern(source.document), quoted ? (quotes?.[n] ?? QUOTE_IN_EVENT) : 0);
  if (quoted) table.flags[row] = (table.flags[row] as number) | HAS_QUOTE;
  return quoted;
}

function linkTarget(table: EventTable, row: number, id: string): void {
  const target = table.ids.find(id);
  if (target >= 0) table.target[row] = target;
  else table.pendingTargets.set(row, id);
}
