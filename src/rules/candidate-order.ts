import { compareRecorded } from './evidence-order.js';
import { ID_COLLATION } from './id-order.js';

/**
 * The candidate order (docs/design.md §3.3): candidates compare by `start(statedAt)`, then `end(statedAt)`,
 * then `recordedAt`, then id in byte order. The greatest candidate is the winner (§3.4).
 *
 * This list is the one definition. {@link compareCandidates} (and {@link compareStatedAt}, its first two
 * keys) is the same order written out as code for the hot paths; the SQL fragments below are generated
 * from the list. Tests hold the comparator equal to the list and to the SQL order on PostgreSQL.
 *
 * Each key names the field of a {@link CandidateKey}, the column of the SQL fold that holds it, and the
 * SQL value below every real one (the floor of {@link candidateFloorSql}).
 *
 * @example
 * CANDIDATE_ORDER.map((k) => k.key); //=> ['start', 'end', 'recordedAt', 'id']
 */
export const CANDIDATE_ORDER = Object.freeze([
  Object.freeze({ key: 'start', column: 'stated_start', floor: "'-infinity'", collate: '' }),
  Object.freeze({ key: 'end', column: 'stated_end', floor: "'-infinity'", collate: '' }),
  Object.freeze({ key: 'recordedAt', column: 'recorded_at', floor: "'-infinity'", collate: '' }),
  Object.freeze({ key: 'id', column: 'statement', floor: "''", collate: ` ${ID_COLLATION}` }),
] as const);

/**
 * What the candidate order reads of a statement: its `statedAt` bounds and `recordedAt` in epoch
 * milliseconds, and its id (a string, or an integer rank that keeps byte order).
 *
 * @example
 * const key: CandidateKey = { start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 4, 1), recordedAt: Date.UTC(2025, 3, 23), id: 's1' };
 */
export interface CandidateKey {
  /** `start(statedAt)`, epoch ms. */
  readonly start: number;
  /** `end(statedAt)`, epoch ms. */
  readonly end: number;
  /** `recordedAt`, epoch ms. */
  readonly recordedAt: number;
  /** The statement's id, or its rank among ids in byte order. */
  readonly id: string | number;
}

/**
 * The candidate order (§3.3) on two keys.
 *
 * @returns negative, zero or positive, as for `Array.prototype.sort`.
 * @example
 * compareCandidates({ start: 0, end: 2, recordedAt: 5, id: 'a' }, { start: 0, end: 1, recordedAt: 9, id: 'b' }); //=> 1
 */
export function compareCandidates(a: CandidateKey, b: CandidateKey): number {
  return compareStatedAt(a.start, a.end, b.start, b.end) || compareRecorded(a.recordedAt, a.id, b.recordedAt, b.id);
}

/**
 * The first two keys of the candidate order: `start(statedAt)`, then `end(statedAt)`. A fold that keeps
 * these in typed arrays compares them first and reads `recordedAt` and the id (with `compareRecorded`)
 * only on a tie.
 *
 * @example
 * compareStatedAt(0, 10, 0, 20); //=> negative: same start, ends sooner
 */
export function compareStatedAt(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return aStart - bStart || aEnd - bEnd;
}

/**
 * The candidate order as an SQL row value over one table alias: row values compare key by key, as the order does.
 *
 * @example
 * candidateRowSql('k'); //=> '(k.stated_start, k.stated_end, k.recorded_at, k.statement COLLATE "C")'
 */
export function candidateRowSql(alias: string): string {
  return `(${CANDIDATE_ORDER.map((k) => `${alias}.${k.column}${k.collate}`).join(', ')})`;
}

/**
 * The candidate order's columns, for an index that serves walks in that order.
 *
 * @example
 * candidateIndexSql(); //=> 'stated_start, stated_end, recorded_at, statement COLLATE "C"'
 */
export function candidateIndexSql(): string {
  return CANDIDATE_ORDER.map((k) => `${k.column}${k.collate}`).join(', ');
}

/**
 * The candidate order as an SQL `ORDER BY` list, greatest first (`DESC`) or least first (`ASC`).
 *
 * @example
 * candidateOrderSql('k', 'DESC'); //=> 'k.stated_start DESC, k.stated_end DESC, k.recorded_at DESC, k.statement COLLATE "C" DESC'
 */
export function candidateOrderSql(alias: string, direction: 'ASC' | 'DESC'): string {
  return CANDIDATE_ORDER.map((k) => `${alias}.${k.column}${k.collate} ${direction}`).join(', ');
}

/**
 * A row value below every candidate when the columns of `alias` are null (an outer join that found no
 * row), else the candidate order's row value of `alias`.
 *
 * @example
 * candidateFloorSql('b'); //=> "(coalesce(b.stated_start, '-infinity'), …, coalesce(b.statement, '') COLLATE \"C\")"
 */
export function candidateFloorSql(alias: string): string {
  return `(${CANDIDATE_ORDER.map((k) => `coalesce(${alias}.${k.column}, ${k.floor})${k.collate}`).join(', ')})`;
}
