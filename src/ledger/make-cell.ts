import { type EventTable, HAS_CONDITIONS, rowJson, statedAtOf } from '../columns/index.js';
import { stanceOfCode, valueOfCode } from '../rules/index.js';
import type { Cell } from './cell.js';
import type { Evidence } from './evidence.js';

/**
 * Builds a frozen cell from its winning statement row, in the published key order. Every fold (the
 * index's and the stream's) makes its cells here, so they are the same field for field. What the table
 * holds as numbers is read at once; `conditions` and the evidence's quotes stay in the events' texts and
 * are read back the first time a caller reads them (docs/design.md §9.2).
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
  if (((table.flags[winner] as number) & HAS_CONDITIONS) !== 0) {
    lazy(cell, 'conditions', () => rowJson(table, winner)['conditions'] as string);
  }
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
    if (table.sourceQuoted[first + i] === 1) lazy(item, 'quote', () => quoteOf(table, row, i));
    if (via !== undefined) item.via = via;
    into.push(Object.freeze(item));
  }
}

function quoteOf(table: EventTable, row: number, source: number): string {
  const json = rowJson(table, row);
  const sources = (json['sources'] ?? [json['source']]) as ReadonlyArray<{ readonly quote?: string }>;
  return sources[source]?.quote as string;
}

/**
 * Defines an enumerable property read from the event's text on first access and kept (the object is
 * frozen after, but the getter's own closure holds the value).
 */
function lazy(target: object, key: string, read: () => string): void {
  let value: string | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      value ??= read();
      return value;
    },
  });
}
