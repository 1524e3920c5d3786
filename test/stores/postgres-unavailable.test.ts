/**
 * PostgreSQL faults are answered, not thrown (docs/stores.md): an unreachable server, a refused password,
 * a missing database, a dropped connection or a server shutting down is a `StoreUnavailableError` naming
 * the store with its password masked, and the CLI prints it on one line and exits 3. The mapping lives in
 * one place (src/stores/postgres/unavailable.ts). A server is needed for the refused password and missing
 * database (DATABASE_URL); under CI its absence fails.
 */
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/index.js';
import { PostgresEventStore } from '../../src/stores/postgres/index.js';
import { unavailable, unavailableReason } from '../../src/stores/postgres/unavailable.js';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
import { DATABASE_URL, requireServerInCi } from './databases.js';

requireServerInCi();

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('which PostgreSQL errors mean the store cannot be used', () => {
  it.each([
    [coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'connection refused'],
    [coded('read ECONNRESET', 'ECONNRESET'), 'connection reset'],
    [coded('connect ETIMEDOUT 10.0.0.1:5432', 'ETIMEDOUT'), 'connection timed out'],
    [coded('getaddrinfo ENOTFOUND db.invalid', 'ENOTFOUND'), 'no such host'],
    [new AggregateError([coded('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), 'connection refused'],
    [
      coded('password authentication failed for user "app"', '28P01'),
      'the server refused the password: password authentication failed for user "app"',
    ],
    [
      coded('no pg_hba.conf entry for host "10.0.0.2"', '28000'),
      'the server refused the connection: no pg_hba.conf entry for host "10.0.0.2"',
    ],
    [
      coded('terminating connection due to administrator command', '57P01'),
      'the server ended the connection (shut down, or the session was terminated): terminating connection due to administrator command',
    ],
    [
      coded('the database system is shutting down', '57P03'),
      'the server is not accepting connections yet (starting or shutting down): the database system is shutting down',
    ],
    [coded('could not connect', '08001'), 'connection failure: could not connect'],
    [coded('connection failure', '08006'), 'connection failure: connection failure'],
    [coded('database "x" does not exist', '3D000'), 'no such database: database "x" does not exist'],
    [new Error('Connection terminated unexpectedly'), 'the connection was lost'],
    [new Error('timeout exceeded when trying to connect'), 'connection timed out'],
  ])('%s: %s', (error, reason) => {
    expect(unavailableReason(error)).toBe(reason);
  });

  it.each([
    coded('duplicate key value violates unique constraint', '23505'),
    coded('syntax error at or near "SELEC"', '42601'),
    coded('unsupported Unicode escape sequence', '22P05'),
    new TypeError('raws is not iterable'),
    'a string',
  ])('not %s: that is bad data or a bug', (error) => {
    expect(unavailableReason(error)).toBeUndefined();
    expect(unavailable(error, 'postgres://a:b@c/d')).toBe(error);
  });

  it('names the store with its password masked, keeping the cause', () => {
    const cause = coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    const error = unavailable(cause, 'postgres://app:s3cret@db:5432/talks') as StoreUnavailableError;
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe('store unavailable: postgres://app:***@db:5432/talks: connection refused');
    expect(error.cause).toBe(cause);
  });
});

describe('opening a store that cannot be used', () => {
  it('on a port where nothing listens: StoreUnavailableError, connection refused', async () => {
    const opening = PostgresEventStore.open('postgres://app:s3cret@127.0.0.1:1/talks');
    await expect(opening).rejects.toThrow(StoreUnavailableError);
    await expect(opening).rejects.toThrow(
      'store unavailable: postgres://app:***@127.0.0.1:1/talks: connection refused',
    );
  });

  it.runIf(DATABASE_URL !== undefined)('with a wrong password, or a database that does not exist', async () => {
    const url = new URL(DATABASE_URL as string);
    url.password = 'not-the-password';
    const wrong = PostgresEventStore.open(url.toString());
    await expect(wrong).rejects.toThrow(StoreUnavailableError);
    await expect(wrong).rejects.toThrow(/: the server refused the password: password authentication failed for user/);
    const missing = new URL(DATABASE_URL as string);
    missing.pathname = '/positions_no_such_database';
    await expect(PostgresEventStore.open(missing.toString())).rejects.toThrow(
      /: no such database: database "positions_no_such_database" does not exist$/,
    );
  });

  it('the CLI: one line naming the store, password masked, no stack, exit 3', async () => {
    await ensureCliBuilt();
    for (const args of [
      ['stances', '--data', 'postgres://app:s3cret@127.0.0.1:1/talks'],
      ['add', 'party', 'moldova', '--name', 'Moldova', '--data', 'postgres://app:s3cret@127.0.0.1:1/talks'],
    ]) {
      const run = positions(args);
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toBe(
        'positions: store unavailable: postgres://app:***@127.0.0.1:1/talks: connection refused\n',
      );
      expect(run.stdout).toBe('');
    }
  });
});
