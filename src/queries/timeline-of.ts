import type { Evidence } from '../ledger/evidence.js';
import { evidenceOf } from '../ledger/fold.js';
import type { LedgerReader } from '../ledger/reader.js';
import type { PositionChange } from './position-change.js';
import type { Timeline } from './timeline.js';

/**
 * The runs of docs/design.md §3.5 over every candidate known at `k` (no valid-time bound), in order
 * (§6.2): a candidate holding another position than the one before it starts a run; one holding the
 * same position extends it.
 */
export function timelineOf(reader: LedgerReader, party: string, issue: string, k: number, inherit: boolean): Timeline {
  const changes: PositionChange[] = [];
  let run: { positionKey: string; statements: string[]; evidence: Evidence[] } | undefined;
  for (const { claim, via } of reader.history(party, issue, k, inherit)) {
    if (run === undefined || run.positionKey !== claim.positionKey) {
      const { statement } = claim;
      run = { positionKey: claim.positionKey, statements: [], evidence: [] };
      changes.push({
        stance: statement.stance,
        value: claim.value,
        since: statement.statedAt,
        ...(statement.terms === undefined ? {} : { terms: statement.terms }),
        statements: run.statements,
        evidence: run.evidence,
      });
    }
    run.statements.push(claim.statement.id);
    run.evidence.push(...evidenceOf(claim, k, via));
  }
  for (const change of changes) {
    Object.freeze(change.statements);
    Object.freeze(change.evidence);
    Object.freeze(change);
  }
  return Object.freeze({ party, issue, changes: Object.freeze(changes) });
}
