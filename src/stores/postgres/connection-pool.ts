import type { PoolLike } from './database.js';

/**
 * Settings of a pool made from a connection string, beyond the string itself (passed to `pg.Pool` as given).
 *
 * @example
 * await newPool(url, { allowExitOnIdle: true });
 */
export interface PoolSettings {
  /** Let the process exit while the pool's connections are idle (pg's `allowExitOnIdle`). */
  readonly allowExitOnIdle?: boolean;
}

/**
 * A `pg.Pool` for a connection string, with `pg` loaded only now: it is an optional peer, needed only
 * when the store is given a connection string.
 *
 * @throws {Error} saying how to install `pg` when it is missing.
 * @example
 * const pool = await newPool('postgres://user:pass@localhost:5432/db');
 */
export async function newPool(connectionString: string, settings: PoolSettings = {}): Promise<PoolLike> {
  let pg: { default?: { Pool: new (config: object) => PoolLike }; Pool?: new (config: object) => PoolLike };
  try {
    pg = (await import('pg')) as typeof pg;
  } catch (error) {
    throw new Error("positions-ledger/postgres needs the 'pg' package for a connection string: npm install pg", {
      cause: error,
    });
  }
  const Pool = pg.Pool ?? pg.default?.Pool;
  if (Pool === undefined) throw new Error("the 'pg' package has no Pool export");
  const pool = new Pool({ connectionString, ...settings }) as PoolLike & {
    on?(event: 'error', listener: (error: Error) => void): unknown;
  };
  // An idle connection the server ends (a restart, pg_terminate_backend) is an 'error' event of the pool;
  // unheard, it would end the process. The pool drops that connection, and the next query is answered.
  pool.on?.('error', () => undefined);
  return pool;
}
