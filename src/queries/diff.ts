import type { Cell } from '../ledger/fold.js';
import type { LedgerReader } from '../ledger/reader.js';
import { samePosition } from './same-position.js';

/**
 * A cell whose stance or terms differ between two dates.
 *
 * @example
 * ledger.diff('2025-04-30', '2025-12-31').map((c) => [c.party, c.issue, c.before?.stance ?? null, c.after?.stance ?? null]);
 */
export interface CellChange {
  /** The party. */
  readonly party: string;
  /** The issue. */
  readonly issue: string;
  /** The cell at the earlier date; `null` when it had none (the cell appeared). */
  readonly before: Cell | null;
  /** The cell at the later date; `null` when it has none (its statements were all retracted). */
  readonly after: Cell | null;
}

/**
 * Every cell whose stance or terms differ between valid-time bounds `from` and `to`, as known at one `k`.
 * Compares the two snapshots cell by cell, so exactly the changed cells are reported.
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
    if (before === null && after === null) continue;
    if (before !== null && after !== null && samePosition(before, after)) continue;
    changes.push(Object.freeze({ party, issue, before, after }));
  }
  return Object.freeze(changes);
}
