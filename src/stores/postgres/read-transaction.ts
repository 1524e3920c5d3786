import type { SqlQuery } from './database.js';
import type { SqlClient } from './sql-client.js';

/**
 * Runs the queries of one answer in one read-only transaction that sees one snapshot of the store
 * (`REPEATABLE READ`), so an answer built from several statements (a diff's two folds) never mixes
 * what it read before and after another process's append.
 *
 * JIT is off for the transaction: a fold's plan is costed per candidate claim (and `live()` at
 * PL/pgSQL's default cost), so it crosses `jit_above_cost`, and compiling it took about a second while
 * running it takes a few milliseconds: each index walk stops at its first live row, which the estimate
 * cannot know.
 */
export function readTransaction<T>(db: SqlClient, work: (tx: SqlQuery) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await tx.query('SET LOCAL jit = off');
    return work(tx);
  });
}
