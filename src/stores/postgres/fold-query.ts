import type { Statement } from '../../events/index.js';
import { deepFreeze } from '../../internal/deep-freeze.js';
import type { Cell, Evidence } from '../../ledger/index.js';
import {
  candidateFloorSql,
  candidateOrderSql,
  candidateRowSql,
  candidateSql,
  evidenceOrderSql,
  ID_COLLATION,
  knownSql,
  laneOfBloc,
  tentativeSql,
  type StanceValue,
} from '../../rules/index.js';
import type { Vocabulary } from '../../vocabulary/index.js';
import { pgTime } from './rows.js';
import type { Names } from './schema.js';
import type { SqlClient } from './sql-client.js';

/** What to fold: bounds in epoch ms (`k = Infinity` for everything recorded), optional filters. */
export interface FoldQuery {
  readonly t: number;
  readonly k: number;
  readonly inherit: boolean;
  readonly party?: string;
  readonly issue?: string;
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
 *           greatest over lanes: the winner (§3.4);
 * b       — the breaker: the greatest live candidate below the winner holding another position (§3.5);
 * f       — the least live candidate above the breaker (or of all, without one): where the winner's run
 *           begins (the breaker formulation of §3.5), so its `statedAt` is `since`;
 * result  — the winner, `since`, `tentative`, and the evidence (§3.6): the winner's sources, then its live
 *           corroborations in the evidence order.
 */
function foldSql(n: Names): string {
  // Never retracted nor corrected, and no replacement: live as soon as known, and it is known.
  const live = (alias: string) =>
    `(CASE WHEN NOT ${alias}.killed AND ${alias}.carrier IS NULL THEN true ELSE ${n.live}(${alias}.id, $2) END)`;
  const known = (alias: string, issue: string) =>
    `${alias}.party = l.party AND ${alias}.issue = ${issue} AND ${candidateSql(`${alias}.stated_start`, '$1')} AND ${knownSql(`${alias}.recorded_at`, '$2')}`;
  // WITH ORDINALITY counts from 1: \`l.lane\` is the lane of src/rules plus one (1 is the party's own).
  const lanes = `unnest(c.lanes) WITH ORDINALITY AS l(party, lane)`;
  return `
  WITH members AS (
    SELECT * FROM unnest($5::text[], $6::text[], $7::int[]) AS m(member, bloc, lane)
  ), cellset AS (
    SELECT x.party, x.issue FROM ${n.cells} x
    WHERE ($3::text IS NULL OR x.party = $3) AND ($4::text IS NULL OR x.issue = $4)
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
        SELECT k.statement, k.stated_start, k.stated_end, k.recorded_at, s.position_key
        FROM ${n.claims} k JOIN ${n.entries} s ON s.id = k.statement
        WHERE ${known('k', 'c.issue')} AND ${live('s')}
        ORDER BY ${candidateOrderSql('k', 'DESC')} LIMIT 1
      ) t
      ORDER BY ${candidateOrderSql('t', 'DESC')}, l.lane LIMIT 1
    ) w
  ), runs AS (
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
  SELECT w.party, w.issue, w.via, ${tentativeSql('w.stated_end', '$1')} AS tentative, w.since, s.body, s.value,
    (SELECT coalesce(json_agg(e.item ORDER BY e.grp, e.ord, ${evidenceOrderSql('e.rec', 'e.eid')}), '[]'::json) FROM (
       SELECT 0 AS grp, src.ord, NULL::timestamptz AS rec, NULL::text AS eid,
         json_strip_nulls(json_build_object('event', s.id, 'document', src.value->>'document', 'quote', src.value->>'quote', 'via', w.via)) AS item
       FROM json_array_elements(s.body->'sources') WITH ORDINALITY AS src(value, ord)
       UNION ALL
       SELECT 1, 0, x.recorded_at, x.id,
         json_strip_nulls(json_build_object('event', x.id, 'document', x.body->'source'->>'document', 'quote', x.body->'source'->>'quote', 'via', w.via))
       FROM (SELECT e.id, e.recorded_at, e.killed, e.carrier, ev.event::json AS body
             FROM ${n.entries} e JOIN ${n.events} ev ON ev.id = e.id
             WHERE e.target = s.id AND e.type = 'corroboration' AND ${knownSql('e.recorded_at', '$2')}) x
       WHERE ${live('x')}
    ) e) AS evidence
  FROM runs w
  JOIN ${n.entries} s ON s.id = w.statement
  ORDER BY w.party ${ID_COLLATION}, w.issue ${ID_COLLATION}`;
}

/** Runs the fold in the database and builds the cells, in (party, issue) order. */
export async function foldCells(
  db: SqlClient,
  n: Names,
  vocabulary: Vocabulary | undefined,
  query: FoldQuery,
): Promise<Cell[]> {
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
  const params = [pgTime(query.t), pgTime(query.k), query.party ?? null, query.issue ?? null, members, blocs, lanes];
  const { rows } = await db.transaction(async (tx) => {
    // The plan's cost is estimated per candidate claim (and live() at plpgsql's default cost), so it
    // crosses jit_above_cost, and compiling it took ~1 s while running it takes a few ms: the walks
    // stop at their first live row, which the estimate cannot know.
    await tx.query('SET LOCAL jit = off');
    return tx.query(foldSql(n), params);
  });
  return rows.map((row) => toCell(row));
}

function toCell(row: Record<string, unknown>): Cell {
  const statement = parseJson(row['body']) as Statement;
  const evidence = (parseJson(row['evidence']) as Array<Record<string, string>>).map((item) =>
    Object.freeze({
      event: item['event'] as string,
      document: item['document'] as string,
      ...(item['quote'] === undefined ? {} : { quote: item['quote'] }),
      ...(item['via'] === undefined ? {} : { via: item['via'] }),
    } satisfies Evidence),
  );
  const cell: Cell = {
    party: row['party'] as string,
    issue: row['issue'] as string,
    stance: statement.stance,
    value: Number(row['value']) as StanceValue,
    since: row['since'] as string,
    tentative: row['tentative'] === true,
    ...(statement.terms === undefined ? {} : { terms: deepFreeze(statement.terms) }),
    ...(statement.conditions === undefined ? {} : { conditions: statement.conditions }),
    statement: statement.id,
    evidence: Object.freeze(evidence),
  };
  return Object.freeze(cell);
}

// pg parses json columns; PGlite too, but a driver set to return text gives strings.
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
