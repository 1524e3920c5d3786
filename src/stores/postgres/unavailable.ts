import { StoreUnavailableError } from '../store-unavailable-error.js';

// The one place a PostgreSQL fault becomes a StoreUnavailableError: every error the store's connections
// give passes through `unavailable`, and what is the server's or the network's fault (not the data's, not
// a bug) is answered with the store's name and a reason in a few words.

/** SQLSTATE codes (besides class 08, connection exceptions) that mean the server cannot be used now. */
const UNAVAILABLE_STATES: Readonly<Record<string, string>> = {
  '28000': 'the server refused the connection',
  '28P01': 'the server refused the password',
  '3D000': 'no such database',
  '53000': 'the server is out of resources',
  '53100': 'the server’s disk is full',
  '53200': 'the server is out of memory',
  '53300': 'the server has too many connections',
  '57P01': 'the server ended the connection (shut down, or the session was terminated)',
  '57P02': 'the server crashed',
  '57P03': 'the server is not accepting connections yet (starting or shutting down)',
  '25006': 'the server is read-only',
};

/** Network errors of Node (`code`) that mean the server could not be reached or the connection broke. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'host name lookup failed',
  EPIPE: 'connection broken',
};

/** What `pg` says, with no code, when a connection it had dies or never came. */
const PG_MESSAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Connection terminated unexpectedly/, 'the connection was lost'],
  [/^Connection terminated/, 'the connection was lost'],
  [/^Client has encountered a connection error and is not queryable/, 'the connection was lost'],
  [/^timeout exceeded when trying to connect/, 'connection timed out'],
  [/^Client was closed and is not queryable/, 'the connection was closed'],
];

/**
 * Why `error` means the store cannot be used (a few words, one line), or undefined when it is another
 * kind of error: bad data, a bug, a ValidationError of the store's own.
 *
 * @example
 * unavailableReason(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })); //=> 'connection refused'
 */
export function unavailableReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code in NETWORK_CODES) return NETWORK_CODES[code];
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const known = UNAVAILABLE_STATES[code];
      if (known !== undefined) return `${known}: ${oneLine(error.message)}`;
      if (code.startsWith('08')) return `connection failure: ${oneLine(error.message)}`;
      return undefined;
    }
  }
  // Node gives an AggregateError (one per address tried) when every address of a host refused.
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const reason = unavailableReason(inner);
      if (reason !== undefined) return reason;
    }
  }
  for (const [pattern, reason] of PG_MESSAGES) if (pattern.test(error.message)) return reason;
  return undefined;
}

/**
 * `error` as a {@link StoreUnavailableError} naming `store` when it means the store cannot be used; the
 * error itself otherwise (and a StoreUnavailableError already made stays as it is).
 *
 * @example
 * try { await pool.query('SELECT 1'); } catch (error) { throw unavailable(error, url); }
 */
export function unavailable(error: unknown, store: string): unknown {
  if (error instanceof StoreUnavailableError) return error;
  const reason = unavailableReason(error);
  return reason === undefined ? error : new StoreUnavailableError(store, reason, { cause: error });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
