import type { LedgerReader } from '../ledger/reader.js';
import { isChange } from '../rules/index.js';
import type { CellChange } from './cell-change.js';

/**
 * Every cell that changed (docs/design.md §6.3, `isChange`) between valid-time bounds `from` and `to`, as
 * known at one `k`. Compares the two snapshots cell by cell, so exactly the changed cells are reported.
 */
export function diffOf(
  reader: LedgerReader,
  from: number,
  to: number,
  k: number,
  inherit: boolean,
): readonly CellChange[] {
  const changes: CellChange[] = [];
  for (const [party, issue] of reader.keys(inherit)) {
    const before = reader.cell(party, issue, from, k, inherit) ?? null;
    const after = reader.cell(party, issue, to, k, inherit) ?? null;
    if (isChange(before, after)) changes.push(Object.freeze({ party, issue, before, after }));
  }
  return Object.freeze(changes);
}
