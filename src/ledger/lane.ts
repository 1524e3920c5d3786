import type { CellStatements } from './cell-statements.js';

/**
 * One source of candidates for a cell (docs/design.md §4): the party's own statements on the issue, or
 * one of its blocs'.
 *
 * @example
 * const lane: Lane = { statements, via: 'european-allies' };
 */
export interface Lane {
  /** The statements of the lane's party on the cell's issue. */
  readonly statements: CellStatements;
  /** The bloc the lane stands for; `undefined` for the party's own lane. */
  readonly via: string | undefined;
}
