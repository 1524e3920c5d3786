/**
 * What kind of mistake a problem reports, for code that reacts to particular ones.
 *
 * @example
 * error.problems.filter((p) => p.code === 'unknown-party');
 */
export type ProblemCode =
  | 'schema'
  | 'invalid-time'
  | 'unknown-party'
  | 'unknown-issue'
  | 'unknown-term'
  | 'term-type'
  | 'unknown-document'
  | 'unknown-target'
  | 'wrong-target-type'
  | 'target-recorded-later'
  | 'loop'
  | 'id-conflict'
  | 'second-correction'
  | 'unsupported-version'
  | 'vocabulary'
  | 'json'
  | 'invalid-utf8'
  | 'line-too-long'
  | 'nul-character'
  | 'lone-surrogate'
  | 'text-too-long'
  | 'not-a-batch';

/**
 * One thing wrong with the input: where, what, and how to fix it where that is known.
 *
 * @example
 * try { ledger.append(events); }
 * catch (e) { if (e instanceof ValidationError) e.problems[0]?.path; } //=> ['parties', 0]
 */
export interface Problem {
  /** What kind of mistake this is. */
  readonly code: ProblemCode;
  /** The field path inside the event (or document), e.g. `['sources', 0, 'document']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain words. */
  readonly message: string;
  /** A likely fix ("did you mean 'ukraine'?"), when there is one. */
  readonly suggestion?: string;
  /** The index of the event in its batch, counting from 0. */
  readonly index?: number;
  /** The line of the file the event came from, counting from 1. */
  readonly line?: number;
  /** The file the event came from. */
  readonly file?: string;
  /** Ids of the events involved (both sides of a conflict, the members of a loop). */
  readonly events?: readonly string[];
}

/**
 * One line of text for a problem: `file:line: path: message — suggestion`.
 *
 * @example
 * formatProblem({
 *   code: 'unknown-party', path: ['parties', 0], line: 3,
 *   message: "unknown party 'ukriane'", suggestion: "did you mean 'ukraine'?",
 * });
 * //=> "line 3: parties[0]: unknown party 'ukriane' — did you mean 'ukraine'?"
 */
export function formatProblem(problem: Problem): string {
  const where: string[] = [];
  if (problem.file !== undefined && problem.line !== undefined) where.push(`${problem.file}:${problem.line}`);
  else if (problem.line !== undefined) where.push(`line ${problem.line}`);
  else if (problem.file !== undefined) where.push(problem.file);
  else if (problem.index !== undefined) where.push(`event #${problem.index}`);
  if (problem.path.length > 0) where.push(formatPath(problem.path));
  const head = where.length > 0 ? `${where.join(': ')}: ` : '';
  const tail = problem.suggestion ? ` — ${problem.suggestion}` : '';
  return `${head}${problem.message}${tail}`;
}

/**
 * A field path written as in code: `sources[0].document`.
 *
 * @example
 * formatPath(['sources', 0, 'document']); //=> 'sources[0].document'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text;
}
