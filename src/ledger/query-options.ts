import type { QueryTime } from '../time/index.js';

/**
 * When a query is asked "as known".
 *
 * @example
 * ledger.divergence('2025-12-31', { knownAt: '2025-12-07' }); // what the record held on 7 December
 */
export interface KnownAtOptions {
  /** Count only events recorded before the end of this time (default: everything recorded). */
  readonly knownAt?: QueryTime;
}

/**
 * Options of queries that can apply blocs' statements to their members.
 *
 * @example
 * ledger.at('2025-12-31', { knownAt: '2025-12-07', inherit: true }).cell('france', 'european-force-in-ukraine')?.evidence[0]?.via;
 * //=> 'european-allies'
 */
export interface QueryOptions extends KnownAtOptions {
  /** Let a bloc's statements count for each member (evidence says `via`). Default false. */
  readonly inherit?: boolean;
}

/**
 * Options of a one-cell lookup.
 *
 * @example
 * ledger.cell('ukraine', 'security-guarantees', { at: '2025-12-31', knownAt: '2025-12-07', inherit: false });
 */
export interface CellOptions extends QueryOptions {
  /** The valid time. */
  readonly at: QueryTime;
}

/**
 * Options of a projection run.
 *
 * @example
 * ledger.project(redLines, { at: '2025-12-31', knownAt: '2025-12-07' });
 */
export interface ProjectOptions extends KnownAtOptions {
  /** Fold statements stated before the end of this time (default: all). */
  readonly at?: QueryTime;
}
