import type { Statement } from '../../events/index.js';
import type { Cell } from '../../ledger/index.js';
import {
  candidateFloorSql,
  candidateOrderSql,
  candidateRowSql,
  candidateSql,
  ID_COLLATION,
  knownSql,
  laneOfBloc,
  stanceValue,
  tentativeSql,
  type Stance,
  type StanceValue,
} from '../../rules/index.js';
import type { Vocabulary } from '../../vocabulary/index.js';
import type { SqlQuery } from './database.js';
import { evidenceOf, evidenceSql, parseJson } from './evidence-sql.js';
import { canonicalTerms } from './canonical-terms.js';
import { liveSql } from './live-sql.js';
import { pgTime } from './rows.js';
import type { Names } from './schema.js';

/** What to fold: bounds in epoch ms (`k = Infinity` for everything recorded), optional filters. */
export interface FoldQuery {
  readonly t: number;
  readonly k: number;
  readonly inherit: boolean;
  /** Only this party's cells. */
  readonly party?: string;
  /** Only cells on this issue. */
  readonly issue?: string;
  /** Only these parties' cells (the parties divergence and alignment compare). */
  readonly parties?: readonly string[];
}

/** A cell's winner as divergence and alignment read it (docs/design.md §6.4, §6.5): no `since`, no evidence. */
export interface WinnerRow {
  readonly party: string;
  readonly issue: string;
  readonly stance: Stance;
  readonly value: StanceValue;
}

/**
 * The SQL fold (docs/design.md §3, §9.4) as one SQL statement, driven by the claims index one cell at a
 * time, so its cost follows the number of cells, not the number of claims. The candidate order, the
 * evidence order, known, candidate and tentative are fragments generated from src/rules; liveness is the
 * store's `live()` function (see schema.ts), the tie between lanes is `ORDER BY …, l.lane`.
 * cellset — the cells that can have a candidate: each party's own (from the cells table), and with
 *           `inherit` each member's for every issue one of its blocs speaks to; `lanes` is the party
 *           itself, then its blocs in order (a statement reached through two lanes counts through the first, §4);
 * won     — per lane, the greatest live candidate (index walked backwards from `T`, `LIMIT 1`), then the
 *           greatest over lanes: the winner (§3.4). With `answer = 'winners'` the statement ends here;
 * b       — the breaker: the greatest live candidate below the winner holding another position (§3.5);
 * f       — the least live candidate above the breaker (or of all, without one): where the winner's run
 *           begins (the breaker formulation of §3.5), so its `statedAt` is `since`;
 * result  — the winner, `since`, `tentative`, and the evidence (§3.6, evidence-sql.ts).
 */
function foldSql(n: Names, answer: 'cells' | 'winners'): string {
  const live = (alias: string) => liveSql(n, alias, '$2');
  const known = (alias: string, issue: string) =>
    `${alias}.party = l.party AND ${alias}.issue = ${issue} AND ${candidateSql(`${alias}.stated_start`, '$1')} AND ${knownSql(`${alias}.recorded_at`, '$2')}`;
  // WITH ORDINALITY counts from 1: \`l.lane\` is the lane of src/rules plus one (1 is the party's own).
  const lanes = `unnest(c.lanes) WITH ORDINALITY AS l(party, lane)`;
  const parties = `($8::text[] IS NULL OR x.party = ANY($8::text[]))`;
  const won = `
  WITH members AS (
    SELECT * FROM unnest($5::text[], $6::text[], $7::int[]) AS m(member, bloc, lane)
  ), cellset AS (
    SELECT x.party, x.issue FROM ${n.cells} x
    WHERE ($3::text IS NULL OR x.party = $3) AND ($4::text IS NULL OR x.issue = $4) AND ${parties}
    UNION
    SELECT m.member, x.issue FROM members m JOIN ${n.cells} x ON x.party = m.bloc
    WHERE ($3::text IS NULL OR m.member = $3) AND ($4::text IS NULL OR x.issue = $4)
  ), c AS (
    SELECT cs.party, cs.issue,
      ARRAY[cs.party::text] || coalesce((SELECT array_agg(m.bloc ORDER BY m.lane) FROM members m WHERE m.member = cs.party), '{}'::text[]) AS lanes
    FROM cellset cs
  ), won AS (
    SELECT c.party, c.issue, c.lanes, w.* FROM c
    CROSS JOIN LATERAL (
      SELECT t.*, CASE WHEN l.lane = 1 THEN NULL ELSE l.party END AS via FROM ${lanes}
      CROSS JOIN LATERAL (
        SELECT k.statement, k.stated_start, k.stated_end, k.recorded_at, s.position_key, s.stance, s.value
        FROM ${n.claims} k JOIN ${n.entries} s ON s.id = k.statement
        WHERE ${known('k', 'c.issue')} AND ${live('s')}
        ORDER BY ${candidateOrderSql('k', 'DESC')} LIMIT 1
      ) t
      ORDER BY ${candidateOrderSql('t', 'DESC')}, l.lane LIMIT 1
    ) w
  )`;
  if (answer === 'winners') {
    return `${won}
  SELECT w.party, w.issue, w.stance, w.value FROM won w
  ORDER BY w.party ${ID_COLLATION}, w.issue ${ID_COLLATION}`;
  }
  return `${won}, runs AS (
    SELECT w.*, f.stated_at AS since FROM won w
    LEFT JOIN LATERAL (
      SELECT t.* FROM unnest(w.lanes) WITH ORDINALITY AS l(party, lane)
      CROSS JOIN LATERAL (
        SELECT k.statement, k.stated_start, k.stated_end, k.recorded_at
        FROM ${n.claims} k JOIN ${n.entries} s ON s.id = k.statement
        WHERE ${known('k', 'w.issue')} AND ${candidateRowSql('k')} < ${candidateRowSql('w')} AND s.position_key <> w.position_key AND ${live('s')}
        ORDER BY ${candidateOrderSql('k', 'DESC')} LIMIT 1
      ) t
      ORDER BY ${candidateOrderSql('t', 'DESC')} LIMIT 1
    ) b ON true
    CROSS JOIN LATERAL (
      SELECT t.* FROM unnest(w.lanes) WITH ORDINALITY AS l(party, lane)
      CROSS JOIN LATERAL (
        SELECT k.statement, k.stated_start, k.stated_end, k.recorded_at, s.stated_at
        FROM ${n.claims} k JOIN ${n.entries} s ON s.id = k.statement
        WHERE ${known('k', 'w.issue')} AND ${candidateRowSql('k')} > ${candidateFloorSql('b')} AND ${live('s')}
        ORDER BY ${candidateOrderSql('k', 'ASC')} LIMIT 1
      ) t
      ORDER BY ${candidateOrderSql('t', 'ASC')} LIMIT 1
    ) f
  )
  SELECT w.party, w.issue, ${tentativeSql('w.stated_end', '$1')} AS tentative, w.since, s.body,
    ${evidenceSql(n, 's', 'w.via', '$2')} AS evidence
  FROM runs w
  JOIN ${n.entries} s ON s.id = w.statement
  ORDER BY w.party ${ID_COLLATION}, w.issue ${ID_COLLATION}`;
}

/** The fold's parameters: the bounds, the filters, and with `inherit` the lanes of every member (§4). */
function foldParams(vocabulary: Vocabulary | undefined, query: FoldQuery): unknown[] {
  const members: string[] = [];
  const blocs: string[] = [];
  const lanes: number[] = [];
  if (query.inherit && vocabulary) {
    for (const party of vocabulary.parties) {
      const blocsOfParty = vocabulary.blocsOf(party.id);
      for (const bloc of blocsOfParty) {
        members.push(party.id);
        blocs.push(bloc);
        lanes.push(laneOfBloc(blocsOfParty, bloc));
      }
    }
  }
  return [
    pgTime(query.t),
    pgTime(query.k),
    query.party ?? null,
    query.issue ?? null,
    members,
    blocs,
    lanes,
    query.parties === undefined ? null : [...query.parties],
  ];
}

/**
 * Runs the fold in the database, inside `tx` (see read-transaction.ts), and builds the cells, in (party,
 * issue) order.
 */
export async function foldCells(
  tx: SqlQuery,
  n: Names,
  vocabulary: Vocabulary | undefined,
  query: FoldQuery,
): Promise<Cell[]> {
  const { rows } = await tx.query(foldSql(n, 'cells'), foldParams(vocabulary, query));
  return rows.map((row) => toCell(row));
}

/** The fold's winners only (stance and value, no `since` nor evidence), inside `tx`, in (party, issue) order. */
export async function foldWinners(
  tx: SqlQuery,
  n: Names,
  vocabulary: Vocabulary | undefined,
  query: FoldQuery,
): Promise<WinnerRow[]> {
  const { rows } = await tx.query(foldSql(n, 'winners'), foldParams(vocabulary, query));
  return rows.map((row) => ({
    party: row['party'] as string,
    issue: row['issue'] as string,
    stance: row['stance'] as Stance,
    value: Number(row['value']) as StanceValue,
  }));
}

/** A cell from one row of the fold, frozen, with its keys in the ledger's order (docs/design.md §6.1). */
function toCell(row: Record<string, unknown>): Cell {
  const statement = parseJson(row['body']) as Statement;
  const cell: { -readonly [K in keyof Cell]: Cell[K] } = {
    party: row['party'] as string,
    issue: row['issue'] as string,
    stance: statement.stance,
    value: stanceValue(statement.stance),
    since: row['since'] as string,
    tentative: row['tentative'] === true,
  } as Cell;
  const terms = canonicalTerms(statement.terms);
  if (terms !== undefined) cell.terms = terms;
  if (statement.conditions !== undefined) cell.conditions = statement.conditions;
  cell.statement = statement.id;
  cell.evidence = evidenceOf(row['evidence']);
  return Object.freeze(cell as Cell);
}
