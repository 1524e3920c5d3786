import type { Cell } from '../ledger/cell.js';
import type { LedgerReader } from '../ledger/reader.js';
import { isComparedParty } from '../rules/index.js';

/**
 * The cells divergence and alignment compare (docs/design.md §6.4, §6.5): own statements only (nothing
 * inherited), of the parties `isComparedParty` admits.
 */
export function comparedCells(reader: LedgerReader, t: number, k: number): Cell[] {
  const vocabulary = reader.vocabulary;
  const cells = reader.cells(t, k, false);
  if (vocabulary === undefined) return cells;
  return cells.filter((cell) => isComparedParty(vocabulary.party(cell.party)?.kind, true));
}
