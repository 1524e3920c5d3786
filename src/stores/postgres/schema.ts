import { candidateIndexSql, ID_COLLATION, killerTypesSql } from '../../rules/index.js';
import type { SqlQuery } from './database.js';
import type { SqlClient } from './sql-client.js';

/** The names of the store's tables and function, all starting with one prefix. */
export interface Names {
  readonly prefix: string;
  /** The log: one row per event, with its position. */
  readonly events: string;
  /** One row per event and per correction's replacement: what liveness and the fold read. */
  readonly entries: string;
  /** One row per (party, statement): the cells' candidates. */
  readonly claims: string;
  /** One row per (party, issue) with a claim: the cells the fold visits, each through the claims index. */
  readonly cells: string;
  /** `live(id, k)`: whether an entry is live as known at bound `k`. */
  readonly live: string;
  /** The index of statements' `statedAt` ends, walked down for the latest one known. */
  readonly statedEndIndex: string;
  /** The dataset's parties, issues and topics: one row per entry, in the order they were added. */
  readonly vocabulary: string;
  /** The dataset's source documents: one row per document, in the order they were added. */
  readonly sources: string;
  /** The advisory-lock key pair of this store. */
  readonly lockKey: readonly [number, number];
}

const PREFIX = /^[a-z_][a-z0-9_]{0,39}$/;
/** First half of every advisory-lock key this library takes ("POSL"). */
const LOCK_SPACE = 0x504f534c;

/** Names for a table prefix; the prefix is checked, since it goes into SQL as an identifier. */
export function namesFor(prefix: string): Names {
  if (!PREFIX.test(prefix))
    throw new Error(`table prefix '${prefix}' must match ${PREFIX} (lowercase letters, digits, _)`);
  return {
    prefix,
    events: `${prefix}_events`,
    entries: `${prefix}_entries`,
    claims: `${prefix}_claims`,
    cells: `${prefix}_cells`,
    live: `${prefix}_live`,
    statedEndIndex: `${prefix}_entries_stated_end`,
    vocabulary: `${prefix}_vocabulary`,
    sources: `${prefix}_sources`,
    lockKey: [LOCK_SPACE, fnv1a(prefix)],
  };
}

/** The DDL, idempotent: every statement is IF NOT EXISTS or OR REPLACE. */
export function schemaSql(n: Names): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${n.events} (
      position bigint PRIMARY KEY,
      id text ${ID_COLLATION} NOT NULL UNIQUE,
      type text NOT NULL,
      recorded_at timestamptz NOT NULL,
      event jsonb NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${n.entries} (
      id text ${ID_COLLATION} PRIMARY KEY,
      position bigint NOT NULL,
      type text NOT NULL,
      target text ${ID_COLLATION},
      carrier text ${ID_COLLATION},
      recorded_at timestamptz NOT NULL,
      killed boolean NOT NULL DEFAULT false,
      issue text ${ID_COLLATION},
      parties text[],
      stance text,
      value smallint,
      position_key text,
      stated_at text,
      stated_start timestamptz,
      stated_end timestamptz,
      body json
    )`,
    `CREATE INDEX IF NOT EXISTS ${n.entries}_target ON ${n.entries} (target)`,
    `CREATE INDEX IF NOT EXISTS ${n.entries}_carrier ON ${n.entries} (carrier)`,
    `CREATE INDEX IF NOT EXISTS ${n.events}_recorded ON ${n.events} (recorded_at)`,
    statedEndIndexSql(n),
    `CREATE TABLE IF NOT EXISTS ${n.claims} (
      party text ${ID_COLLATION} NOT NULL,
      issue text ${ID_COLLATION} NOT NULL,
      statement text ${ID_COLLATION} NOT NULL,
      stated_start timestamptz NOT NULL,
      stated_end timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (party, issue, statement)
    )`,
    // The fold walks this index per cell, in both directions, comparing the order as one row value;
    // ids compare as bytes (COLLATE "C"), as the in-memory folds compare them.
    `CREATE INDEX IF NOT EXISTS ${n.claims}_order ON ${n.claims} (party, issue, ${candidateIndexSql()})`,
    `CREATE TABLE IF NOT EXISTS ${n.cells} (
      party text ${ID_COLLATION} NOT NULL,
      issue text ${ID_COLLATION} NOT NULL,
      PRIMARY KEY (party, issue)
    )`,
    // A store made before the cells table gets it filled from its claims (a no-op when already filled).
    `INSERT INTO ${n.cells} (party, issue) SELECT DISTINCT party, issue FROM ${n.claims} ON CONFLICT DO NOTHING`,
    // Liveness (docs/design.md §3.2, \`isLive\` in src/rules): known, carrier live, no live killer. It is
    // recursive with negation (a retraction of a retraction gives its target back), which a recursive CTE
    // cannot express; a function evaluating one entry's killers is the direct form. The cross-fold property
    // test holds it equal to the other folds' liveness.
    // (A store keeps the function it was created with: ensureSchema does not replace it.)
    `CREATE OR REPLACE FUNCTION ${n.live}(entry_id text, k timestamptz) RETURNS boolean
      LANGUAGE plpgsql STABLE AS $fn$
      DECLARE e record;
      BEGIN
        SELECT recorded_at, carrier, killed INTO e FROM ${n.entries} WHERE id = entry_id;
        IF NOT FOUND OR e.recorded_at >= k THEN RETURN false; END IF;
        IF e.carrier IS NOT NULL AND NOT ${n.live}(e.carrier, k) THEN RETURN false; END IF;
        IF NOT e.killed THEN RETURN true; END IF;
        RETURN NOT EXISTS (
          SELECT 1 FROM ${n.entries} x
          WHERE x.target = entry_id AND x.type IN (${killerTypesSql()}) AND x.recorded_at < k AND ${n.live}(x.id, k)
        );
      END
      $fn$`,
    ...datasetTablesSql(n),
  ];
}

/**
 * The tables of the dataset's vocabulary and sources (docs/stores.md). Each row keeps one entry as
 * written (`entry`, json: its fields in their order), under its kind and id; `ordinal` keeps the order they
 * were added in, which listings follow.
 */
function datasetTablesSql(n: Names): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${n.vocabulary} (
      ordinal bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('party', 'issue', 'topic')),
      id text ${ID_COLLATION} NOT NULL,
      entry json NOT NULL,
      UNIQUE (kind, id)
    )`,
    `CREATE TABLE IF NOT EXISTS ${n.sources} (
      ordinal bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text ${ID_COLLATION} NOT NULL UNIQUE,
      entry json NOT NULL
    )`,
  ];
}

/**
 * Creates the tables, indexes and function if they are missing. Two processes starting at once
 * serialise on a transaction-scoped advisory lock and check again under it, so one creates the
 * schema and the other finds it whole.
 */
export async function ensureSchema(client: SqlClient, n: Names): Promise<void> {
  // The DDL commits as one transaction: if the function and the cells table are there, so is everything
  // but the \`statedAt\` ends index and the vocabulary and sources tables, the later pieces; a store made by an
  // older version lacks some of them and is brought up to date (the two tables are created empty). Checking
  // first matters: CREATE INDEX IF NOT EXISTS still locks its table, and would deadlock with another process
  // already appending. The later pieces are added in a transaction of their own: holding no other table's
  // lock, the index only waits for appends to finish, and the new tables wait for nothing.
  // Scan the catalogs with the statement's own snapshot rather than ask to_regclass/to_regprocedure: those read
  // the system cache, which can keep a "missing" answer from the first check across the wait for the advisory
  // lock (no invalidations are processed while waiting), and the re-check would then run the DDL again,
  // whose CREATE INDEX locks tables that other processes are already appending to: a deadlock.
  const state = async (db: SqlQuery) => {
    const row = (
      await db.query(
        `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace s ON s.oid = p.pronamespace
                        WHERE p.proname = $1 AND s.nspname = current_schema())
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
                        WHERE c.relname = $2 AND c.relkind = 'r' AND s.nspname = current_schema()) AS whole,
                EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
                        WHERE c.relname = $3 AND c.relkind = 'i' AND s.nspname = current_schema()) AS indexed,
                (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
                 WHERE c.relname IN ($4, $5) AND c.relkind = 'r' AND s.nspname = current_schema()) = 2 AS dataset`,
        [n.live, n.cells, n.statedEndIndex, n.vocabulary, n.sources],
      )
    ).rows[0];
    return { whole: row?.['whole'] === true, indexed: row?.['indexed'] === true, dataset: row?.['dataset'] === true };
  };
  const before = await state(client);
  if (before.whole && before.indexed && before.dataset) return;
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [n.lockKey[0], n.lockKey[1] ^ 1]);
    const now = await state(tx);
    if (!now.whole) {
      for (const statement of schemaSql(n)) await tx.query(statement);
      return;
    }
    if (!now.indexed) await tx.query(statedEndIndexSql(n));
    if (!now.dataset) for (const statement of datasetTablesSql(n)) await tx.query(statement);
  });
}

/** The index \`lastStatedEnd\` walks down from the latest \`statedAt\` end to the first statement known at K. */
function statedEndIndexSql(n: Names): string {
  return `CREATE INDEX IF NOT EXISTS ${n.statedEndIndex} ON ${n.entries} (stated_end) WHERE stated_end IS NOT NULL`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
