import type { LedgerEvent, Statement } from '../../events/index.js';
import { killsTarget, positionKey, stanceValue } from '../../rules/index.js';
import { parseFuzzyTime } from '../../time/index.js';
import type { Names } from './schema.js';
import type { SqlQuery } from './database.js';

/** A time bound or instant as PostgreSQL reads it (epoch ms are exact in timestamptz's microseconds). */
export function pgTime(ms: number): string {
  return ms === Infinity ? 'infinity' : new Date(ms).toISOString();
}

/** One row of `<prefix>_entries`; the statement columns are null for anything but a statement or replacement. */
interface EntryRow {
  id: string;
  position: number;
  type: string;
  target: string | null;
  carrier: string | null;
  recorded_at: string;
  issue: string | null;
  parties: readonly string[] | null;
  stance: string | null;
  value: number | null;
  position_key: string | null;
  stated_at: string | null;
  stated_start: string | null;
  stated_end: string | null;
  body: Statement | null;
}

/**
 * Writes freshly validated events at positions `first`, `first + 1`, …: the log rows, the entries
 * the fold reads (a correction's replacement is an entry of its own), the claims per party, the cells
 * they fall in, and the `killed` mark on every target of a retraction or correction.
 *
 * Each table gets one multi-row statement per batch: the rows travel as one JSON array, which
 * `json_to_recordset` reads in a single pass into typed columns (pulling fields out of a `json` value one
 * `->>` at a time re-parses the value for each field, which made inserting the dominant cost of an append).
 *
 * @param replacementOf looks up a correction's replacement as the statement it became.
 */
export async function insertEvents(
  tx: SqlQuery,
  n: Names,
  events: readonly LedgerEvent[],
  first: number,
  replacementOf: (id: string) => Statement,
): Promise<void> {
  const logRows = events.map((event, i) => ({
    position: first + i,
    id: event.id,
    type: event.type,
    recorded_at: event.recordedAt,
    event,
  }));
  const entries: EntryRow[] = [];
  const killedTargets: string[] = [];
  events.forEach((event, i) => {
    const base = { id: event.id, position: first + i, type: event.type, recorded_at: event.recordedAt };
    if (event.type === 'statement') {
      entries.push({ ...base, target: null, carrier: null, ...statementColumns(event) });
      return;
    }
    entries.push({ ...base, target: event.target, carrier: null, ...NOT_A_STATEMENT });
    if (killsTarget(event.type)) killedTargets.push(event.target);
    if (event.type === 'correction') {
      const replacement = replacementOf(event.replacement.id);
      entries.push({
        ...base,
        id: replacement.id,
        type: 'statement',
        target: null,
        carrier: event.id,
        ...statementColumns(replacement),
      });
    }
  });
  await tx.query(
    `INSERT INTO ${n.events} (position, id, type, recorded_at, event)
     SELECT r.position, r.id, r.type, r.recorded_at, r.event
     FROM json_to_recordset($1::json) AS r(position bigint, id text, type text, recorded_at timestamptz, event jsonb)`,
    [JSON.stringify(logRows)],
  );
  await tx.query(
    `INSERT INTO ${n.entries} (id, position, type, target, carrier, recorded_at, issue, parties, stance, value, position_key, stated_at, stated_start, stated_end, body)
     SELECT r.id, r.position, r.type, r.target, r.carrier, r.recorded_at, r.issue, r.parties, r.stance, r.value,
            r.position_key, r.stated_at, r.stated_start, r.stated_end, r.body
     FROM json_to_recordset($1::json) AS r(id text, position bigint, type text, target text, carrier text,
       recorded_at timestamptz, issue text, parties text[], stance text, value smallint, position_key text,
       stated_at text, stated_start timestamptz, stated_end timestamptz, body json)`,
    [JSON.stringify(entries)],
  );
  if (killedTargets.length > 0) {
    await tx.query(`UPDATE ${n.entries} SET killed = true WHERE id = ANY($1::text[]) AND NOT killed`, [killedTargets]);
  }
  const claims: Array<{
    party: string;
    issue: string;
    statement: string;
    stated_start: string;
    stated_end: string;
    recorded_at: string;
  }> = [];
  const cells = new Map<string, { party: string; issue: string }>();
  for (const entry of entries) {
    if (entry.parties === null || entry.issue === null) continue;
    for (const party of entry.parties) {
      claims.push({
        party,
        issue: entry.issue,
        statement: entry.id,
        stated_start: entry.stated_start as string,
        stated_end: entry.stated_end as string,
        recorded_at: entry.recorded_at,
      });
      // U+0000 cannot occur in an id, so the pair is unambiguous.
      cells.set(`${party}\u0000${entry.issue}`, { party, issue: entry.issue });
    }
  }
  if (claims.length === 0) return;
  await tx.query(
    `INSERT INTO ${n.claims} (party, issue, statement, stated_start, stated_end, recorded_at)
     SELECT r.party, r.issue, r.statement, r.stated_start, r.stated_end, r.recorded_at
     FROM json_to_recordset($1::json) AS r(party text, issue text, statement text, stated_start timestamptz,
       stated_end timestamptz, recorded_at timestamptz)`,
    [JSON.stringify(claims)],
  );
  await tx.query(
    `INSERT INTO ${n.cells} (party, issue)
     SELECT r.party, r.issue FROM json_to_recordset($1::json) AS r(party text, issue text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify([...cells.values()])],
  );
}

const NOT_A_STATEMENT = Object.freeze({
  issue: null,
  parties: null,
  stance: null,
  value: null,
  position_key: null,
  stated_at: null,
  stated_start: null,
  stated_end: null,
  body: null,
});

function statementColumns(statement: Statement) {
  const statedAt = parseFuzzyTime(statement.statedAt);
  return {
    issue: statement.issue,
    parties: statement.parties,
    stance: statement.stance,
    value: stanceValue(statement.stance),
    // Persisted: stores written by earlier versions hold keys of this same form (docs/design.md §3.5).
    position_key: positionKey(statement.stance, statement.terms),
    stated_at: statement.statedAt,
    stated_start: pgTime(statedAt.start),
    stated_end: pgTime(statedAt.end),
    body: statement,
  };
}
