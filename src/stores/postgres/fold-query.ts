import { deepFreeze } from '../../internal/deep-freeze.js';
import type { Cell, Evidence } from '../../ledger/index.js';
import type { Statement } from '../../events/index.js';
import type { StanceValue, Vocabulary } from '../../vocabulary/index.js';
import { pgTime } from './rows.js';
import type { Names } from './schema.js';
import type { SqlQuery } from './sql-client.js';

/** What to fold: bounds in epoch ms (`k = Infinity` for everything recorded), optional filters. */
export interface FoldQuery {
  readonly t: number;
  readonly k: number;
  readonly inherit: boolean;
  readonly party?: string;
  readonly issue?: string;
}

/**
 * The fold of DESIGN.md §2 as one SQL statement, step for step:
 * lanes   — each party's own claims (lane 0), and with `inherit` each bloc's claims for its members
 *           (lane = the bloc's rank among the member's blocs), known (`recorded_at < K`) and started (`< T`);
 * cand    — the live ones; a statement reached through two lanes counts once, through the first;
 * ranked  — per cell, greatest first by (stated_start, stated_end, recorded_at, id COLLATE "C");
 * runs    — where the winner's unbroken run of the same stance and terms ends;
 * result  — the winner, `since` (the run's earliest statement), `tentative`, and the evidence:
 *           the winner's sources, then its live corroborations by (recorded_at, id).
 */
function foldSql(n: Names): string {
  const live = (alias: string) => `(CASE WHEN NOT ${alias}.killed AND ${alias}.carrier IS NULL THEN true ELSE ${n.live}(${alias}.id, $2) END)`;
  return `
  WITH members AS (
    SELECT * FROM unnest($5::text[], $6::text[], $7::int[]) AS m(member, bloc, lane)
  ), lanes AS (
    SELECT c.party, c.issue, c.statement, 0 AS lane, NULL::text AS via FROM ${n.claims} c
    WHERE c.stated_start < $1 AND c.recorded_at < $2 AND ($3::text IS NULL OR c.party = $3) AND ($4::text IS NULL OR c.issue = $4)
    UNION ALL
    SELECT m.member, c.issue, c.statement, m.lane, c.party FROM ${n.claims} c JOIN members m ON m.bloc = c.party
    WHERE c.stated_start < $1 AND c.recorded_at < $2 AND ($3::text IS NULL OR m.member = $3) AND ($4::text IS NULL OR c.issue = $4)
  ), cand AS (
    SELECT DISTINCT ON (l.party, l.issue, l.statement)
      l.party, l.issue, l.statement, l.via, s.stated_start, s.stated_end, s.recorded_at, s.position_key, s.stated_at
    FROM lanes l JOIN ${n.entries} s ON s.id = l.statement
    WHERE ${live('s')}
    ORDER BY l.party, l.issue, l.statement, l.lane
  ), ranked AS (
    SELECT c.*, row_number() OVER (
      PARTITION BY c.party, c.issue
      ORDER BY c.stated_start DESC, c.stated_end DESC, c.recorded_at DESC, c.statement COLLATE "C" DESC
    ) AS rn
    FROM cand c
  ), runs AS (
    SELECT r.party, r.issue,
      min(r.rn) FILTER (WHERE r.position_key <> w.position_key) AS brk,
      max(r.rn) AS n
    FROM ranked r JOIN ranked w ON w.party = r.party AND w.issue = r.issue AND w.rn = 1
    GROUP BY r.party, r.issue
  )
  SELECT w.party, w.issue, w.via, w.stated_end > $1 AS tentative, f.stated_at AS since, s.body, s.value,
    (SELECT coalesce(json_agg(e.item ORDER BY e.grp, e.ord, e.rec, e.eid COLLATE "C"), '[]'::json) FROM (
       SELECT 0 AS grp, src.ord, NULL::timestamptz AS rec, NULL::text AS eid,
         json_strip_nulls(json_build_object('event', s.id, 'document', src.value->>'document', 'quote', src.value->>'quote', 'via', w.via)) AS item
       FROM json_array_elements(s.body->'sources') WITH ORDINALITY AS src(value, ord)
       UNION ALL
       SELECT 1, 0, x.recorded_at, x.id,
         json_strip_nulls(json_build_object('event', x.id, 'document', x.body->'source'->>'document', 'quote', x.body->'source'->>'quote', 'via', w.via))
       FROM (SELECT e.id, e.recorded_at, e.killed, e.carrier, ev.event::json AS body
             FROM ${n.entries} e JOIN ${n.events} ev ON ev.id = e.id
             WHERE e.target = s.id AND e.type = 'corroboration' AND e.recorded_at < $2) x
       WHERE ${live('x')}
    ) e) AS evidence
  FROM ranked w
  JOIN runs u ON u.party = w.party AND u.issue = w.issue
  JOIN ranked f ON f.party = w.party AND f.issue = w.issue AND f.rn = coalesce(u.brk, u.n + 1) - 1
  JOIN ${n.entries} s ON s.id = w.statement
  WHERE w.rn = 1
  ORDER BY w.party COLLATE "C", w.issue COLLATE "C"`;
}

/** Runs the fold in the database and builds the cells, in (party, issue) order. */
export async function foldCells(db: SqlQuery, n: Names, vocabulary: Vocabulary | undefined, query: FoldQuery): Promise<Cell[]> {
  const members: string[] = [];
  const blocs: string[] = [];
  const lanes: number[] = [];
  if (query.inherit && vocabulary) {
    for (const party of vocabulary.parties) {
      vocabulary.blocsOf(party.id).forEach((bloc, i) => {
        members.push(party.id);
        blocs.push(bloc);
        lanes.push(i + 1);
      });
    }
  }
  const { rows } = await db.query(foldSql(n), [
    pgTime(query.t),
    pgTime(query.k),
    query.party ?? null,
    query.issue ?? null,
    members,
    blocs,
    lanes,
  ]);
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
