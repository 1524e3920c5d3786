import type { Terms } from '../events/index.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Cell, Evidence } from '../ledger/index.js';
import { STANCES, type StanceValue } from '../vocabulary/index.js';
import { type EventTable, HAS_CONDITIONS, HAS_QUOTE } from './event-table.js';
import type { FoldedCell } from './fold-table.js';
import { rowJson } from './row-text.js';
import { rebuildStatedAt, WRITTEN } from './stated-form.js';

/**
 * The `statedAt` text of a statement row.
 *
 * @example
 * statedAtOf(table, row); //=> '2025-12'
 */
export function statedAtOf(table: EventTable, row: number): string {
  const form = table.statedForm[row] as number;
  if (form === WRITTEN) return table.statedText.get(row) as string;
  return rebuildStatedAt(table.statedStart[row] as number, table.statedEnd[row] as number, form);
}

/**
 * Builds frozen cells from folded rows, in (party, issue) order; `partyId` names a party number and
 * `viaOf` the bloc a lane stands for. Quotes and conditions are read back from the rows' texts.
 */
export function tableCells(
  table: EventTable,
  folded: readonly FoldedCell[],
  t: number,
  partyId: (party: number) => string,
  viaOf: (party: string, lane: number) => string | undefined,
): Cell[] {
  const texts = new Map<number, Record<string, unknown>>();
  const json = (row: number) => {
    let value = texts.get(row);
    if (value === undefined) texts.set(row, (value = rowJson(table, row)));
    return value;
  };
  const termsCache = new Map<number, Terms>();
  const cells = folded.map((f) => {
    const party = partyId(f.party);
    const via = viaOf(party, f.lane);
    const w = f.winner;
    const evidence: Evidence[] = [];
    const id = table.idOf(w);
    sourcesOf(table, w, id, via, json, evidence);
    for (const row of f.corroborations) sourcesOf(table, row, table.idOf(row), via, json, evidence);
    const code = table.stance[w] as number;
    const cell: { -readonly [K in keyof Cell]: Cell[K] } = {
      party,
      issue: table.issues.text(f.issue),
      stance: STANCES[code] as Cell['stance'],
      value: (2 - code) as StanceValue,
      since: statedAtOf(table, f.since),
      tentative: (table.statedEnd[w] as number) > t,
    } as Cell;
    const termsId = table.terms[w] as number;
    if (termsId >= 0) {
      let terms = termsCache.get(termsId);
      if (terms === undefined) {
        terms = deepFreeze(JSON.parse(table.termsKeys.text(termsId)) as Terms);
        termsCache.set(termsId, terms);
      }
      cell.terms = terms;
    }
    if (((table.flags[w] as number) & HAS_CONDITIONS) !== 0) cell.conditions = json(w)['conditions'] as string;
    cell.statement = id;
    cell.evidence = Object.freeze(evidence);
    return Object.freeze(cell as Cell);
  });
  return cells.sort((a, b) => compareText(a.party, b.party) || compareText(a.issue, b.issue));
}

function sourcesOf(
  table: EventTable,
  row: number,
  id: string,
  via: string | undefined,
  json: (row: number) => Record<string, unknown>,
  into: Evidence[],
): void {
  const first = table.sourceStart[row] as number;
  const count = table.sourceCount[row] as number;
  const quoted = ((table.flags[row] as number) & HAS_QUOTE) !== 0;
  const raw = quoted ? json(row) : undefined;
  const sources = raw === undefined ? undefined : ((raw['sources'] ?? [raw['source']]) as Array<{ quote?: string }>);
  for (let i = 0; i < count; i++) {
    const document = table.documents.text(table.sourceDocument[first + i] as number);
    const quote = table.sourceQuoted[first + i] === 1 ? sources?.[i]?.quote : undefined;
    const item: { event: string; document: string; quote?: string; via?: string } = { event: id, document };
    if (quote !== undefined) item.quote = quote;
    if (via !== undefined) item.via = via;
    into.push(Object.freeze(item));
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
