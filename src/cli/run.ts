import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { ValidationError } from '../errors/validation-error.js';
import { formatProblem } from '../errors/problem.js';
import { StoreUnavailableError } from '../stores/store-unavailable-error.js';
import { EXIT } from './exit-codes.js';
import { buildProgram } from './program.js';
import { UsageError } from './usage-error.js';

/**
 * Runs `positions` with these arguments and returns its exit code. User errors become one line on
 * stderr (no stack trace); results go to stdout.
 *
 * @example
 * process.exitCode = await run(['divergence', '--at', '2025-12-31']);
 */
export async function run(argv: readonly string[]): Promise<number> {
  // `positions … | head` closes the pipe early: stop quietly, as other shell tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  const program = buildProgram(packageVersion());
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help); only the exit code is left to decide.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`positions: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof ValidationError) {
    for (const problem of error.problems) process.stderr.write(`positions: ${formatProblem(problem)}\n`);
    return EXIT.invalidData;
  }
  if (error instanceof StoreUnavailableError) {
    process.stderr.write(`positions: ${error.message}\n`);
    return EXIT.storeUnavailable;
  }
  if (isFileError(error)) {
    process.stderr.write(`positions: cannot read '${error.path}': ${fileReason(error.code)}\n`);
    return EXIT.usage;
  }
  // A bug, not a user error: the stack helps whoever reports it.
  process.stderr.write(
    `positions: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.internal;
}

function isFileError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).path === 'string'
  );
}

function fileReason(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return code ?? 'unknown error';
  }
}

function packageVersion(): string {
  // dist/cli.js sits one folder below package.json.
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}
