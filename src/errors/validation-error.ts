import { formatProblem, type Problem } from './problem.js';

/**
 * The one error type for bad input: lists every problem found, each with where and what.
 * Whatever raised it changed nothing (a failed append leaves the ledger as it was).
 *
 * @example
 * try { ledger.append([{ type: 'statement' }]); }
 * catch (e) { if (e instanceof ValidationError) e.problems.length; } //=> 9 (one per missing field)
 */
export class ValidationError extends Error {
  /** Every problem found, in input order. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
    if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`invalid input (${count}):\n${shown.join('\n')}`);
    this.name = 'ValidationError';
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
  }
}
