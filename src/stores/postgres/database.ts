/**
 * One query runner: a pool's client, a plain client, or PGlite (in-process PostgreSQL).
 *
 * @example
 * const runner: SqlQuery = pool; // pg.Pool, pg.Client and PGlite all fit
 * await runner.query('SELECT 1 AS one'); //=> { rows: [{ one: 1 }] }
 */
export interface SqlQuery {
  query(text: string, params?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * A `pg.Pool` as this store uses it (structural, so `pg` stays an optional peer).
 *
 * @example
 * const store = await PostgresEventStore.open(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export interface PoolLike extends SqlQuery {
  connect(): Promise<SqlQuery & PooledClient>;
  end(): Promise<void>;
  readonly totalCount: number;
}

/**
 * A client lent by a pool: given back with `release` (`true` destroys it), and an event emitter.
 *
 * @example
 * const client = await pool.connect(); try { await client.query('SELECT 1'); } finally { client.release(); }
 */
export interface PooledClient {
  /** Gives the client back to the pool; `true` (or an error) destroys it instead. */
  release(error?: Error | boolean): void;
  /** Listens for the client's errors (a connection that drops while it is checked out). */
  on?(event: 'error', listener: (error: Error) => void): unknown;
  /** Stops listening. */
  removeListener?(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * A `pg.Client` (one connection) as this store uses it.
 *
 * @example
 * const client = new pg.Client(process.env.DATABASE_URL); await client.connect();
 * const store = await PostgresEventStore.open(client);
 */
export interface ClientLike extends SqlQuery {
  end(): Promise<void>;
}

/**
 * A PGlite database as this store uses it.
 *
 * @example
 * const store = await PostgresEventStore.open(await PGlite.create()); // in-process PostgreSQL, no server
 */
export interface PGliteLike extends SqlQuery {
  transaction<T>(work: (tx: SqlQuery) => Promise<T>): Promise<T>;
  exec(text: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * What the store can be pointed at: a connection string, a `pg.Pool`, a `pg.Client`, or PGlite.
 *
 * @example
 * await PostgresEventStore.open('postgres://user:password@localhost:5432/talks');
 */
export type Database = string | PoolLike | ClientLike | PGliteLike;
