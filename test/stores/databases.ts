/**
 * Which PostgreSQL the store tests run against: PGlite (in-process) always, and the real server in
 * DATABASE_URL when it is set. Under CI=true a missing DATABASE_URL is a failure, never a skip.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { it } from 'vitest';

export const DATABASE_URL = process.env['DATABASE_URL'];
export const IN_CI = process.env['CI'] === 'true';

if (DATABASE_URL === undefined && !IN_CI) {
  console.warn(
    '\n*** DATABASE_URL is not set: the PostgreSQL store tests run on PGlite only, not on a real server. ***\n',
  );
}

/** A test that fails under CI when there is no server to run the real-PostgreSQL tests against. */
export function requireServerInCi(): void {
  if (DATABASE_URL === undefined && IN_CI) {
    it('has a PostgreSQL server (DATABASE_URL) under CI', () => {
      throw new Error('CI=true but DATABASE_URL is not set: the PostgreSQL tests need a real server');
    });
  }
}

let shared: Promise<PGlite> | undefined;
/** One PGlite per test file (starting one takes seconds). */
export function sharedPGlite(): Promise<PGlite> {
  shared ??= PGlite.create();
  return shared;
}

/** A pool on the real server. */
export function serverPool(): pg.Pool {
  if (DATABASE_URL === undefined) throw new Error('DATABASE_URL is not set');
  return new pg.Pool({ connectionString: DATABASE_URL, max: 8 });
}

let counter = 0;
/** A table prefix no other test uses, so tests can share one database. */
export function freshPrefix(label: string): string {
  counter++;
  return `t_${label}_${process.pid}_${Date.now().toString(36)}_${counter}`.toLowerCase().slice(0, 40);
}

/** Drops a store's tables and function. */
export async function dropStore(db: { query(text: string): Promise<unknown> }, prefix: string): Promise<void> {
  await db.query(
    `DROP TABLE IF EXISTS ${prefix}_events, ${prefix}_entries, ${prefix}_claims, ${prefix}_cells, ${prefix}_vocabulary, ${prefix}_sources`,
  );
  await db.query(`DROP FUNCTION IF EXISTS ${prefix}_live(text, timestamptz)`);
}
