import { newPool } from './connection-pool.js';
import type { ClientLike, Database, PGliteLike, PoolLike, SqlQuery } from './database.js';
import { unavailable, unavailableReason } from './unavailable.js';

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

/**
 * Wraps whatever the caller gave into one `SqlClient`, whose errors that mean the server cannot be used
 * (unreachable, refused, dropped: `unavailable.ts`) are `StoreUnavailableError`s naming `name` (default: the
 * connection string, its password masked, or `PostgreSQL`).
 */
export async function sqlClient(database: Database, name?: string): Promise<SqlClient> {
  const store = name ?? (typeof database === 'string' ? database : 'PostgreSQL');
  let client: SqlClient;
  if (typeof database === 'string') client = fromPool(await newPool(database), true);
  else if ('transaction' in database && 'exec' in database) client = fromPGlite(database);
  else if ('totalCount' in database && 'connect' in database) client = fromPool(database, false);
  else client = fromClient(database);
  return guarded(client, store);
}

function guarded(client: SqlClient, store: string): SqlClient {
  const fail = (error: unknown): never => {
    throw unavailable(error, store);
  };
  return {
    query: (text, params) => client.query(text, params).catch(fail),
    transaction: (work) => client.transaction(work).catch(fail),
    session: (work) => client.session(work).catch(fail),
    close: () => client.close(),
  };
}

// A connection that drops while checked out and between queries emits 'error' with no query to take it,
// which would end the process; the next query fails instead, and is answered.
const ignore = (): void => undefined;

function fromPool(pool: PoolLike, owned: boolean): SqlClient {
  const held = async <T>(work: (client: SqlQuery) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    client.on?.('error', ignore);
    let broken = false;
    try {
      return await work(client);
    } catch (error) {
      // A client whose connection failed is destroyed, not put back in the pool.
      broken = unavailableReason(error) !== undefined;
      throw error;
    } finally {
      client.removeListener?.('error', ignore);
      client.release(broken);
    }
  };
  return {
    query: (text, params) => pool.query(text, params),
    transaction: (work) => held((client) => inTransaction(client, work)),
    session: (work) => held(work),
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
