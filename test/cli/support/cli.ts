/**
 * Runs the BUILT `positions` command (dist/cli.js) as a child process, as an analyst's shell would.
 * Builds dist/ first when dist/cli.js is missing or older than any source file.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The built command. */
export const cliPath = join(root, 'dist', 'cli.js');

/** What one run printed and returned. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `positions ...args` with optional stdin text and extra environment; never throws on a non-zero exit. */
export function positions(
  args: readonly string[],
  options: {
    input?: string;
    env?: Record<string, string | undefined>;
    cwd?: string;
    nodeArgs?: readonly string[];
  } = {},
): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cliPath, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: env as NodeJS.ProcessEnv,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `positions ...args --format json` expecting success, and parses stdout. */
export function positionsJson(args: readonly string[], options: { input?: string } = {}): unknown {
  const run = positions([...args, '--format', 'json'], options);
  if (run.code !== 0) throw new Error(`positions ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Builds dist/ when it is missing or stale; the one shared helper, under the name these tests use. */
export { ensureBuilt as ensureCliBuilt } from '../../support/build.js';
