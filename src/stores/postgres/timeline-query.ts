import type { Statement } from '../../events/index.js';
import type { Evidence } from '../../ledger/index.js';
import type { PositionChange, Timeline } from '../../queries/index.js';
import { candidateOrderSql, knownSql, stanceValue } from '../../rules/index.js';
import type { Vocabulary } from '../../vocabulary/index.js';
import type { SqlQuery } from './database.js';
import { canonicalTerms } from './canonical-terms.js';
import { evidenceOf, evidenceSql, parseJson } from './evidence-sql.js';
import { liveSql } from './live-sql.js';
import { pgTime } from './rows.js';
import type { Names } from './schema.js';

/**
 * One cell's live candidates as known at `$3`, whatever their `statedAt`, oldest first in the candidate
 * order (docs/design.md §3.3, §6.2), each with its evidence (§3.6). The cell's lanes (§4) are `$1`: the
 * party, then its blocs in the vocabulary's order (the lane of src/rules is the place in that array). A
 * statement reached through several lanes is one candidate, counted through the first of them
 * (`DISTINCT ON … ORDER BY …, lane`), whose bloc its evidence names as `via`. Reads the claims of this one
 * cell through the claims index, nothing else of the store.
 */
function timelineSql(n: Names): string {
  return `
  WITH c AS (
    SELECT DISTINCT ON (k.statement) k.statement, k.stated_start, k.stated_end, k.recorded_at,
      CASE WHEN l.lane = 1 THEN NULL ELSE l.party END AS via
    FROM unnest($1::text[]) WITH ORDINALITY AS l(party, lane)
    JOIN ${n.claims} k ON k.party = l.party AND k.issue = $2 AND ${knownSql('k.recorded_at', '$3')}
    ORDER BY k.statement, l.lane
  )
  SELECT s.position_key, s.body, ${evidenceSql(n, 's', 'c.via', '$3')} AS evidence
  FROM c JOIN ${n.entries} s ON s.id = c.statement
  WHERE ${liveSql(n, 's', '$3')}
  ORDER BY ${candidateOrderSql('c', 'ASC')}`;
}

/**
 * A party's timeline on one issue as known at bound `k` (docs/design.md §6.2), inside `tx`: the runs of
 * §3.5 over the candidates the query returns, in order. A candidate whose position key differs from the
 * one before it starts a change; one with the same key extends the run (its id and evidence join it).
 */
export async function queryTimeline(
  tx: SqlQuery,
  n: Names,
  vocabulary: Vocabulary | undefined,
  party: string,
  issue: string,
  k: number,
  inherit: boolean,
): Promise<Timeline> {
  const lanes = [party, ...(inherit && vocabulary ? vocabulary.blocsOf(party) : [])];
  const { rows } = await tx.query(timelineSql(n), [lanes, issue, pgTime(k)]);
  const changes: PositionChange[] = [];
  let run: { positionKey: string; statements: string[]; evidence: Evidence[] } | undefined;
  for (const row of rows) {
    const positionKey = row['position_key'] as string;
    const statement = parseJson(row['body']) as Statement;
    if (run === undefined || run.positionKey !== positionKey) {
      run = { positionKey, statements: [], evidence: [] };
      const terms = canonicalTerms(statement.terms);
      changes.push({
        stance: statement.stance,
        value: stanceValue(statement.stance),
        since: statement.statedAt,
        ...(terms === undefined ? {} : { terms }),
        statements: run.statements,
        evidence: run.evidence,
      });
    }
    run.statements.push(statement.id);
    run.evidence.push(...evidenceOf(row['evidence']));
  }
  for (const change of changes) {
    Object.freeze(change.statements);
    Object.freeze(change.evidence);
    Object.freeze(change);
  }
  return Object.freeze({ party, issue, changes: Object.freeze(changes) });
}
