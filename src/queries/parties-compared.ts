import type { Cell } from '../ledger/fold.js';
import type { LedgerReader } from '../ledger/reader.js';

/**
 * The cells divergence and alignment compare: own statements only (nothing inherited), of parties
 * of kind `state` or `bloc` (every party when there is no vocabulary).
 */
export function comparedCells(reader: LedgerReader, t: number, k: number): Cell[] {
  const vocabulary = reader.vocabulary;
  const cells = reader.cells(t, k, false);
  if (vocabulary === undefined) return cells;
  return cells.filter((cell) => {
    const kind = vocabulary.party(cell.party)?.kind;
    return kind === 'state' || kind === 'bloc';
  });
}
