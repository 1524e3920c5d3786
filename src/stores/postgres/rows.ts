import type { LedgerEvent, Statement } from '../../events/index.js';
import { killsTarget, positionKey, stanceValue } from '../../rules/index.js';
import { parseFuzzyTime } from '../../time/index.js';
import type { Names } from './schema.js';
import type { SqlQuery } from './database.js';

/** A time bound or instant as PostgreSQL reads it (epoch ms are exact in timestamptz's microseconds). */
export function pgTime(ms: number): string {
  return ms === Infinity ? 'infinity' : new Date(ms).toISOString();
}

interface EntryRow {
  id: string;
  position: number;
  type: string;
  target: string | null;
  carrier: string | null;
  recorded_at: string;
  statement?: {
    issue: string;
    parties: readonly string[];
    stance: string;
    value: number;
    position_key: string;
    stated_at: string;
    stated_start: string;
    stated_end: string;
    body: Statement;
  };
}

/**
 * Writes freshly validated events at positions `first`, `first + 1`, …: the log rows, the entries
 * the fold reads (a correction's replacement is an entry of its own), the claims per party, the cells
 * they fall in, and the `killed` mark on every target of a retraction or correction.
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
    const position = first + i;
    const base = {
      id: event.id,
      position,
      type: event.type,
      target: null,
      carrier: null,
      recorded_at: event.recordedAt,
    };
    if (event.type === 'statement') entries.push({ ...base, statement: statementColumns(event) });
    else {
      entries.push({ ...base, target: event.target });
      if (killsTarget(event.type)) killedTargets.push(event.target);
      if (event.type === 'correction') {
        const replacement = replacementOf(event.replacement.id);
        entries.push({
          ...base,
          id: replacement.id,
          type: 'statement',
          carrier: event.id,
          statement: statementColumns(replacement),
        });
      }
    }
  });
  await tx.query(
    `INSERT INTO ${n.events} (position, id, type, recorded_at, event)
     SELECT (r->>'position')::bigint, r->>'id', r->>'type', (r->>'recorded_at')::timestamptz, (r->'event')::jsonb
     FROM json_array_elements($1::json) r`,
    [JSON.stringify(logRows)],
  );
  await tx.query(
    `INSERT INTO ${n.entries} (id, position, type, target, carrier, recorded_at, issue, parties, stance, value, position_key, stated_at, stated_start, stated_end, body)
     SELECT r->>'id', (r->>'position')::bigint, r->>'type', r->>'target', r->>'carrier', (r->>'recorded_at')::timestamptz,
            s->>'issue', ARRAY(SELECT json_array_elements_text(s->'parties')), s->>'stance', (s->>'value')::smallint, s->>'position_key',
            s->>'stated_at', (s->>'stated_start')::timestamptz, (s->>'stated_end')::timestamptz, s->'body'
     FROM json_array_elements($1::json) r LEFT JOIN LATERAL (SELECT r->'statement' AS s) x ON true`,
    [JSON.stringify(entries)],
  );
  if (killedTargets.length > 0) {
    await tx.query(`UPDATE ${n.entries} SET killed = true WHERE id = ANY($1::text[]) AND NOT killed`, [killedTargets]);
  }
  const claims = entries.flatMap((entry) =>
    (entry.statement?.parties ?? []).map((party) => ({
      party,
      issue: entry.statement?.issue,
      statement: entry.id,
      stated_start: entry.statement?.stated_start,
      stated_end: entry.statement?.stated_end,
      recorded_at: entry.recorded_at,
    })),
  );
  if (claims.length > 0) {
    await tx.query(
      `INSERT INTO ${n.claims} (party, issue, statement, stated_start, stated_end, recorded_at)
       SELECT r->>'party', r->>'issue', r->>'statement', (r->>'stated_start')::timestamptz, (r->>'stated_end')::timestamptz, (r->>'recorded_at')::timestamptz
       FROM json_array_elements($1::json) r`,
      [JSON.stringify(claims)],
    );
    await tx.query(
      `INSERT INTO ${n.cells} (party, issue)
       SELECT DISTINCT r->>'party', r->>'issue' FROM json_array_elements($1::json) r
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(claims)],
    );
  }
}

function statementColumns(statement: Statement): NonNullable<EntryRow['statement']> {
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
