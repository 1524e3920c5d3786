import { problemLines, checkBatch } from '../check-batch.js';
import { EXIT } from '../exit-codes.js';
import { loadData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { progressOnStderr } from '../progress.js';
import { UsageError } from '../usage-error.js';

/**
 * `positions validate FILE`: checks every line of FILE as an event appended to `--data` (default: the
 * bundled dataset): its vocabulary and its events. One stderr line per bad line; exit code 1 if any.
 *
 * @example
 * await runValidate('new-events.ndjson', { format: 'table' });
 */
export async function runValidate(path: string, flags: CommonOptions): Promise<void> {
  if (path === '-' && flags.data === '-') throw new UsageError('FILE and --data cannot both be stdin (-)');
  const progress = progressOnStderr();
  const data = await loadData(flags.data, progress);
  const check = await checkBatch(path, data, progress);
  const bad = problemLines(check.problems);
  for (const line of bad) process.stderr.write(`${line}\n`);

  print(flags.format, {
    json: () => ({
      file: check.file,
      valid: check.problems.length === 0,
      events: check.lines,
      problems: check.problems.map((p) => ({
        ...(p.line === undefined ? {} : { line: p.line }),
        path: p.path,
        code: p.code,
        message: p.message,
        ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
      })),
    }),
    csv: () =>
      csvDocument(
        ['line', 'path', 'code', 'message', 'suggestion'],
        check.problems.map((p) => [p.line, p.path.join('.'), p.code, p.message, p.suggestion]),
      ),
    table: () =>
      check.problems.length === 0
        ? `${check.file}: ${check.lines} events, all valid\n`
        : `${check.file}: ${bad.length} of ${check.lines} lines have problems (listed on stderr)\n`,
  });
  if (check.problems.length > 0) process.exitCode = EXIT.invalidData;
}
