import type { CellStatements } from './cell-statements.js';

/**
 * One lane of a cell (docs/design.md §4): the statements filed under the party itself (`via` undefined) or
 * under one of its blocs (`via` names it), when the cell inherits.
 */
export interface Lane {
  /** The statements of the lane's party on the cell's issue. */
  readonly statements: CellStatements;
  /** The bloc the lane stands for; `undefined` for the party's own lane. */
  readonly via: string | undefined;
}
