import type { ProblemCode } from '../errors/index.js';

/**
 * One thing wrong with a CSV file, by row and column.
 *
 * @example
 * const problem: RowProblem = {
 *   row: 3, column: 'parties', code: 'unknown-party',
 *   message: "unknown party 'Ukriane'", suggestion: "did you mean 'Ukraine'?",
 * };
 */
export interface RowProblem {
  /** The line the record starts on, counting from 1 (the header row is 1). */
  readonly row: number;
  /** The column's name; for a header cell, its position from 1. Absent when the whole row is wrong. */
  readonly column?: string;
  /** What kind of mistake: `csv` for the file's form (quoting, columns, cells), else as an event's problem. */
  readonly code: ProblemCode | 'csv';
  /** What is wrong, in plain words. */
  readonly message: string;
  /** A likely fix, when there is one. */
  readonly suggestion?: string;
}

/**
 * One line of text for a row problem: `row N, column C: what — suggestion`.
 *
 * @example
 * formatRowProblem({ row: 4, column: 'stance', code: 'schema', message: 'empty', suggestion: 'fill it in' });
 * //=> 'row 4, column stance: empty — fill it in'
 */
export function formatRowProblem(problem: RowProblem): string {
  const where = problem.column === undefined ? `row ${problem.row}` : `row ${problem.row}, column ${problem.column}`;
  return `${where}: ${problem.message}${problem.suggestion === undefined ? '' : ` — ${problem.suggestion}`}`;
}
