import { formatPath, ValidationError, type Problem } from '../errors/index.js';
import type { AppendResult } from '../index.js';
import type { LoadedData } from './load-data.js';
import type { Progress } from './progress.js';
import { inputName, parseLines, readText } from './read-input.js';

/**
 * What checking a file of new events against some data found.
 *
 * @example
 * const { problems, result } = await checkBatch('new.ndjson', data);
 */
export interface BatchCheck {
  /** The file's name in messages (`<stdin>` for `-`). */
  readonly file: string;
  /** How many non-blank lines it has. */
  readonly lines: number;
  /** Every problem, in line order. */
  readonly problems: readonly Problem[];
  /** What appending did to the in-memory ledger, when nothing was wrong. */
  readonly result: AppendResult | undefined;
  /** The parsed events, in file order, and the line each came from (to append them for real). */
  readonly events: readonly unknown[];
  readonly lineNumbers: readonly number[];
}

/**
 * Checks a file of events as one batch appended to `data`'s ledger: JSON, schema, the vocabulary
 * (with "did you mean"), targets and ids against the events already there, and cited documents
 * against `sources.json` for a dataset folder (the ledger's own checks, as readDataset and the stores
 * apply them). On success the batch is in `data.ledger` (in memory only).
 *
 * @example
 * const check = await checkBatch('new.ndjson', await loadData(undefined));
 * check.problems.length === 0; // every line is a valid event
 */
export async function checkBatch(path: string, data: LoadedData, progress?: Progress): Promise<BatchCheck> {
  const file = inputName(path);
  const { lines, problems } = parseLines(await readText(path), file, progress);
  progress?.update(`checking ${lines.length.toLocaleString('en')} events…`);
  const events = lines.map((l) => l.value);
  const lineNumbers = lines.map((l) => l.line);
  let result: AppendResult | undefined;
  try {
    result = (await data.ledger()).append(events, { lines: lineNumbers, file });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...error.problems);
  } finally {
    progress?.done();
  }
  const ordered = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? Infinity) - (b.p.line ?? Infinity) || a.i - b.i);
  const total = lines.length + problems.filter((p) => p.code === 'json').length;
  return {
    file,
    lines: total,
    problems: ordered.map(({ p }) => p),
    result: problems.length === 0 ? result : undefined,
    events,
    lineNumbers,
  };
}

/**
 * One line of text per bad input line: `line N: field.path: message — suggestion`, several problems of
 * one line joined by `; `.
 *
 * @example
 * problemLines([{
 *   code: 'unknown-party', line: 3, path: ['parties', 0],
 *   message: "unknown party 'ukriane'", suggestion: "did you mean 'ukraine'?",
 * }]);
 * //=> ["line 3: parties[0]: unknown party 'ukriane' — did you mean 'ukraine'?"]
 */
export function problemLines(problems: readonly Problem[]): string[] {
  const byLine = new Map<string, string[]>();
  for (const problem of problems) {
    const where =
      problem.line === undefined
        ? problem.index === undefined
          ? 'input'
          : `event #${problem.index}`
        : `line ${problem.line}`;
    const path = problem.path.length > 0 ? `${formatPath(problem.path)}: ` : '';
    const text = `${path}${problem.message}${problem.suggestion ? ` — ${problem.suggestion}` : ''}`;
    byLine.set(where, [...(byLine.get(where) ?? []), text]);
  }
  return [...byLine].map(([where, texts]) => `${where}: ${texts.join('; ')}`);
}
