import { compareStatedAt } from '../rules/index.js';
import type { EventTable } from './event-table.js';

// The rules of src/rules read over the table's columns: what the folds compare, row by row.

/**
 * The candidate order (docs/design.md §3.3, `compareCandidates` in src/rules) on two statement rows:
 * `start(statedAt)`, `end(statedAt)`, `recordedAt`, then id in byte order.
 *
 * @returns negative, zero or positive, as for `Array.prototype.sort`.
 * @example
 * compareTableRows(table, a, b) > 0; //=> true when row a wins over row b
 */
export function compareTableRows(table: EventTable, a: number, b: number): number {
  return (
    compareStatedAt(
      table.statedStart[a] as number,
      table.statedEnd[a] as number,
      table.statedStart[b] as number,
      table.statedEnd[b] as number,
    ) || compareRecordedRows(table, a, b)
  );
}

/**
 * The evidence order (docs/design.md §3.6, `compareRecorded` in src/rules) on two rows: `recordedAt`, then
 * id in byte order.
 *
 * @example
 * corroborations.sort((a, b) => compareRecordedRows(table, a, b));
 */
export function compareRecordedRows(table: EventTable, a: number, b: number): number {
  return (table.recordedAt[a] as number) - (table.recordedAt[b] as number) || table.ids.compare(a, b);
}

/**
 * Whether two statement rows hold the same position (docs/design.md §3.5, `samePosition` in src/rules): the
 * same stance and equal terms. Terms are interned by their canonical JSON (the rules' `termsKey`), so
 * equal terms have equal numbers, and no terms (-1) differ from empty terms.
 *
 * @example
 * sameTablePosition(table, a, b); //=> true when both say `supports` with the same terms
 */
export function sameTablePosition(table: EventTable, a: number, b: number): boolean {
  return table.stance[a] === table.stance[b] && table.terms[a] === table.terms[b];
}

/**
 * A statement row's position as one number (stance code and interned terms): two rows hold the same
 * position exactly when their numbers are equal, as {@link sameTablePosition} says.
 *
 * @example
 * positionNumber(table, a) === positionNumber(table, b); //=> sameTablePosition(table, a, b)
 */
export function positionNumber(table: EventTable, row: number): number {
  return (table.stance[row] as number) + 5 * ((table.terms[row] as number) + 1);
}
