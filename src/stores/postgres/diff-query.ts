import type { Cell } from '../../ledger/index.js';
import type { CellChange } from '../../queries/index.js';
import { compareIds, isChange } from '../../rules/index.js';
import type { Vocabulary } from '../../vocabulary/index.js';
import type { SqlQuery } from './database.js';
import { foldCells } from './fold-query.js';
import type { Names } from './schema.js';

/**
 * The diff (docs/design.md §6.3) between valid-time bounds `from` and `to` as known at bound `k`, inside
 * `tx` (one snapshot for both): the SQL fold at each bound, compared cell by cell with `isChange` of
 * src/rules. Both folds list their cells in (party, issue) id order, so one merge pass pairs them and
 * keeps that order; a cell missing on one side is `null` there.
 */
export async function queryDiff(
  tx: SqlQuery,
  n: Names,
  vocabulary: Vocabulary | undefined,
  range: { readonly from: number; readonly to: number; readonly k: number; readonly inherit: boolean },
): Promise<readonly CellChange[]> {
  const { from, to, k, inherit } = range;
  const before = await foldCells(tx, n, vocabulary, { t: from, k, inherit });
  const after = await foldCells(tx, n, vocabulary, { t: to, k, inherit });
  const changes: CellChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const b = before[i];
    const a = after[j];
    const order = b === undefined ? 1 : a === undefined ? -1 : compareCells(b, a);
    const was = order <= 0 ? (b as Cell) : null;
    const is = order >= 0 ? (a as Cell) : null;
    if (order <= 0) i++;
    if (order >= 0) j++;
    if (isChange(was, is)) {
      const { party, issue } = (was ?? is) as Cell;
      changes.push(Object.freeze({ party, issue, before: was, after: is }));
    }
  }
  return Object.freeze(changes);
}

function compareCells(a: Cell, b: Cell): number {
  return compareIds(a.party, b.party) || compareIds(a.issue, b.issue);
}
