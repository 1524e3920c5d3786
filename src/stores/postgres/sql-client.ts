import { newPool } from './connection-pool.js';
import type { ClientLike, Database, PGliteLike, PoolLike, SqlQuery } from './database.js';

/** The one interface the store talks to, whatever is behind it. */
export interface SqlClient extends SqlQuery {
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQuery) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection held for its whole run (a pool's client, or the one connection there
   * is), for what lasts a session: a session-level advisory lock, a transaction of several calls.
   */
  session<T>(work: (db: SqlQuery) => Promise<T>): Promise<T>;
  /** Closes what the store opened itself (a pool made from a connection string); leaves the caller's alone. */
  close(): Promise<void>;
}

/** Wraps whatever the caller gave into one `SqlClient`. */
export async function sqlClient(database: Database): Promise<SqlClient> {
  if (typeof database === 'string') {
    const pool = await newPool(database);
    return fromPool(pool, true);
  }
  if ('transaction' in database && 'exec' in database) return fromPGlite(database);
  if ('totalCount' in database && 'connect' in database) return fromPool(database, false);
  return fromClient(database);
}

function fromPool(pool: PoolLike, owned: boolean): SqlClient {
  return {
    query: (text, params) => pool.query(text, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        return await inTransaction(client, work);
      } finally {
        client.release();
      }
    },
    async session(work) {
      const client = await pool.connect();
      try {
        return await work(client);
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

function fromClient(client: ClientLike): SqlClient {
  // One connection holds one transaction at a time, and a query sent during one would run inside
  // it: queue everything.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    query: (text, params) => enqueue(() => client.query(text, params)),
    transaction: (work) => enqueue(() => inTransaction(client, work)),
    // Not queued: the session's work may itself query through this client (the same connection).
    session: (work) => work(client),
    close: async () => undefined,
  };
}

function fromPGlite(db: PGliteLike): SqlClient {
  return {
    query: (text, params) => db.query(text, params),
    transaction: (work) => db.transaction(work),
    session: (work) => work(db),
    close: async () => undefined,
  };
}

async function inTransaction<T>(client: SqlQuery, work: (tx: SqlQuery) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
