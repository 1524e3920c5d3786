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
  connect(): Promise<SqlQuery & { release(error?: Error | boolean): void }>;
  end(): Promise<void>;
  readonly totalCount: number;
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
