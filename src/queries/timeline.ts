import type { Terms } from '../events/index.js';
import { evidenceOf, type Evidence } from '../ledger/fold.js';
import type { LedgerReader } from '../ledger/reader.js';
import type { Stance, StanceValue } from '../vocabulary/index.js';

/**
 * One run of a party's position on an issue: a stance (and terms) held unchanged since `since`.
 *
 * @example
 * ledger.timeline('ukraine', 'guarantees-before-ceasefire').changes.map((c) => `${c.since}: ${c.stance}`);
 * //=> ['2025/2025-03-10: demands', '2025-03-11: neutral']
 */
export interface PositionChange {
  /** The stance of the run. */
  readonly stance: Stance;
  /** Its value, −2 … +2. */
  readonly value: StanceValue;
  /** The `statedAt` of the run's first statement. */
  readonly since: string;
  /** The run's terms, if any. */
  readonly terms?: Terms;
  /** The statements of the run, oldest first: the change, then its reaffirmations. */
  readonly statements: readonly string[];
  /** The sources of every statement of the run, each followed by its live corroborations. */
  readonly evidence: readonly Evidence[];
}

/**
 * How one party's position on one issue changed, oldest first.
 *
 * @example
 * const { changes } = ledger.timeline('united-states', 'ceasefire-before-settlement');
 * changes[0]?.since; //=> '2025-03-11'
 */
export interface Timeline {
  /** The party. */
  readonly party: string;
  /** The issue. */
  readonly issue: string;
  /** Each change of stance or terms; a reaffirmation extends a run rather than starting one. */
  readonly changes: readonly PositionChange[];
}

/** Runs of §2.4 in order: each a change of stance or terms, with `since` and evidence. */
export function timelineOf(reader: LedgerReader, party: string, issue: string, k: number, inherit: boolean): Timeline {
  const changes: PositionChange[] = [];
  let run: { position: string; change: PositionChange; statements: string[]; evidence: Evidence[] } | undefined;
  for (const { claim, via } of reader.history(party, issue, k, inherit)) {
    if (run === undefined || run.position !== claim.position) {
      const statements: string[] = [];
      const evidence: Evidence[] = [];
      const { statement } = claim;
      const change: PositionChange = {
        stance: statement.stance,
        value: claim.value,
        since: statement.statedAt,
        ...(statement.terms === undefined ? {} : { terms: statement.terms }),
        statements,
        evidence,
      };
      changes.push(change);
      run = { position: claim.position, change, statements, evidence };
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
