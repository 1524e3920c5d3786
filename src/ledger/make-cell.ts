import { type EventTable, HAS_CONDITIONS, QUOTE_IN_EVENT, rowJson, statedAtOf } from '../columns/index.js';
import { stanceOfCode, valueOfCode } from '../rules/index.js';
import type { Cell } from './cell.js';
import type { Evidence } from './evidence.js';

/**
 * Builds a frozen cell from its winning statement row, in the published key order. Every fold (the
 * index's and the stream's) makes its cells here, so they are the same field for field. What the table
 * holds as numbers is read from it; the evidence's quotes are read from the events' texts at the byte
 * offsets the table keeps, and `conditions` (rare) by reading the event (docs/design.md §9.2).
 *
 * @param corroborations the winner's live corroborations as known at the question's K, in the evidence order.
 * @example
 * makeCell(table, 'russia', 'ukraine-in-nato', row, sinceRow, false, undefined, []).value; //=> -1 when it opposes
 */
export function makeCell(
  table: EventTable,
  party: string,
  issue: string,
  winner: number,
  sinceRow: number,
  tentative: boolean,
  via: string | undefined,
  corroborations: readonly number[],
): Cell {
  const code = table.stance[winner] as number;
  const statement = table.idOf(winner);
  const cell: { -readonly [K in keyof Cell]: Cell[K] } = {
    party,
    issue,
    stance: stanceOfCode(code),
    value: valueOfCode(code),
    since: statedAtOf(table, sinceRow),
    tentative,
  } as Cell;
  const terms = table.termsOf(winner);
  if (terms !== undefined) cell.terms = terms;
  // Conditions are rare: read from the event's text.
  if (((table.flags[winner] as number) & HAS_CONDITIONS) !== 0)
    cell.conditions = rowJson(table, winner)['conditions'] as string;
  cell.statement = statement;
  cell.evidence = evidenceOfRow(table, winner, via, corroborations);
  return Object.freeze(cell as Cell);
}

/**
 * A statement row's evidence (docs/design.md §3.6): its own sources, then those of the given live
 * corroborations, each item saying `via` the bloc the statement came through, if any.
 *
 * @example
 * evidenceOfRow(table, row, undefined, []).map((e) => e.document); //=> the statement's documents
 */
export function evidenceOfRow(
  table: EventTable,
  row: number,
  via: string | undefined,
  corroborations: readonly number[],
): readonly Evidence[] {
  const evidence: Evidence[] = [];
  addSources(table, row, table.idOf(row), via, evidence);
  for (const corroboration of corroborations)
    addSources(table, corroboration, table.idOf(corroboration), via, evidence);
  return Object.freeze(evidence);
}

/** The sources of a statement row (or the one of a corroboration row) as evidence items. */
function addSources(table: EventTable, row: number, event: string, via: string | undefined, into: Evidence[]): void {
  const first = table.sourceStart[row] as number;
  const count = table.sourceCount[row] as number;
  for (let i = 0; i < count; i++) {
    const item: { -readonly [K in keyof Evidence]: Evidence[K] } = {
      event,
      document: table.documents.text(table.sourceDocument[first + i] as number),
    };
    const quote = table.sourceQuoted[first + i] as number;
    if (quote !== 0) item.quote = quote === QUOTE_IN_EVENT ? quoteOf(table, row, i) : quoteAt(table, row, quote - 1);
    if (via !== undefined) item.via = via;
    into.push(Object.freeze(item));
  }
}

/** The quote whose opening `"` is at byte `offset` of a row's text, read without parsing the event. */
function quoteAt(table: EventTable, row: number, offset: number): string {
  const source = table.texts[table.textSource[row] as number];
  if (source === undefined || source.kind !== 'bytes') throw new Error(`row ${row} has no text to read a quote from`);
  const bytes = source.read((table.textStart[row] as number) + offset, (table.textLength[row] as number) - offset);
  let escaped = false;
  let close = 1;
  while (bytes[close] !== QUOTE_MARK) {
    if (bytes[close] === BACKSLASH) {
      escaped = true;
      close++;
    }
    close++;
  }
  // The line was validated: the string is well formed, and plain UTF-8 unless it has escapes.
  return escaped
    ? (JSON.parse(decoder.decode(bytes.subarray(0, close + 1))) as string)
    : decoder.decode(bytes.subarray(1, close));
}

const QUOTE_MARK = 0x22;
const BACKSLASH = 0x5c;
const decoder = new TextDecoder();

/** A source's quote read from its event, parsed whole. */
function quoteOf(table: EventTable, row: number, source: number): string {
  const json = rowJson(table, row);
  const sources = (json['sources'] ?? [json['source']]) as ReadonlyArray<{ readonly quote?: string }>;
  return sources[source]?.quote as string;
}
