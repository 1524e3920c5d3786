import type { Evidence } from '../../ledger/index.js';
import { evidenceOrderSql, knownSql } from '../../rules/index.js';
import { liveSql } from './live-sql.js';
import type { Names } from './schema.js';

/**
 * The evidence (docs/design.md §3.6) of the statement entry `s` as known at the bound `k`, as one SQL
 * expression giving a JSON array: the statement's own sources in the order it lists them, then its live,
 * known corroborations in the evidence order of src/rules. Each item is `{ event, document, quote?, via? }`,
 * `via` being the SQL expression `via` (NULL for none).
 *
 * @example
 * `SELECT ${evidenceSql(names, 's', 'NULL', '$2')} AS evidence FROM positions_entries s WHERE s.id = $1`;
 */
export function evidenceSql(n: Names, s: string, via: string, k: string): string {
  return `(SELECT coalesce(json_agg(e.item ORDER BY e.grp, e.ord, ${evidenceOrderSql('e.rec', 'e.eid')}), '[]'::json) FROM (
       SELECT 0 AS grp, src.ord, NULL::timestamptz AS rec, NULL::text AS eid,
         json_strip_nulls(json_build_object('event', ${s}.id, 'document', src.value->>'document', 'quote', src.value->>'quote', 'via', ${via})) AS item
       FROM json_array_elements(${s}.body->'sources') WITH ORDINALITY AS src(value, ord)
       UNION ALL
       SELECT 1, 0, x.recorded_at, x.id,
         json_strip_nulls(json_build_object('event', x.id, 'document', x.body->'source'->>'document', 'quote', x.body->'source'->>'quote', 'via', ${via}))
       FROM (SELECT e.id, e.recorded_at, e.killed, e.carrier, ev.event::json AS body
             FROM ${n.entries} e JOIN ${n.events} ev ON ev.id = e.id
             WHERE e.target = ${s}.id AND e.type = 'corroboration' AND ${knownSql('e.recorded_at', k)}) x
       WHERE ${liveSql(n, 'x', k)}
    ) e)`;
}

/**
 * The evidence items of {@link evidenceSql}'s JSON array (parsed or as text), each frozen, with its keys
 * in the ledger's order (`event`, `document`, `quote`, `via`).
 */
export function evidenceOf(value: unknown): readonly Evidence[] {
  const items = parseJson(value) as Array<{ event: string; document: string; quote?: string; via?: string }>;
  return Object.freeze(
    items.map((item) => {
      const evidence: { -readonly [K in keyof Evidence]: Evidence[K] } = { event: item.event, document: item.document };
      if (item.quote !== undefined) evidence.quote = item.quote;
      if (item.via !== undefined) evidence.via = item.via;
      return Object.freeze(evidence);
    }),
  );
}

/** A `json` column's value: pg and PGlite parse it, but a driver set to return text gives a string. */
export function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
