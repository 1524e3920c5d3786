import { positionNumber, statedAtOf } from '../columns/index.js';
import type { Evidence } from '../ledger/evidence.js';
import { evidenceOfRow } from '../ledger/make-cell.js';
import type { LedgerReader } from '../ledger/reader.js';
import { stanceOfCode, valueOfCode } from '../rules/index.js';
import type { PositionChange } from './position-change.js';
import type { Timeline } from './timeline.js';

/**
 * The runs of docs/design.md §3.5 over every candidate known at `k` (no valid-time bound), in order
 * (§6.2): a candidate holding another position than the one before it starts a run; one holding the
 * same position extends it.
 */
export function timelineOf(reader: LedgerReader, party: string, issue: string, k: number, inherit: boolean): Timeline {
  const table = reader.table;
  const changes: PositionChange[] = [];
  let run: { position: number; statements: string[]; evidence: Evidence[] } | undefined;
  for (const { row, via } of reader.history(party, issue, k, inherit)) {
    const position = positionNumber(table, row);
    if (run === undefined || run.position !== position) {
      const code = table.stance[row] as number;
      const terms = table.termsOf(row);
      run = { position, statements: [], evidence: [] };
      changes.push({
        stance: stanceOfCode(code),
        value: valueOfCode(code),
        since: statedAtOf(table, row),
        ...(terms === undefined ? {} : { terms }),
        statements: run.statements,
        evidence: run.evidence,
      });
    }
    run.statements.push(table.idOf(row));
    run.evidence.push(...evidenceOfRow(table, row, via, reader.corroborations(row, k)));
  }
  for (const change of changes) {
    Object.freeze(change.statements);
    Object.freeze(change.evidence);
    Object.freeze(change);
  }
  return Object.freeze({ party, issue, changes: Object.freeze(changes) });
}
