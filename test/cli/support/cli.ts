/**
 * Runs the BUILT `positions` command (dist/cli.js) as a child process, as an analyst's shell would.
 * Builds dist/ first when dist/cli.js is missing or older than any source file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string; nodeArgs?: readonly string[] } = {},
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

/**
 * Builds dist/ when dist/cli.js is missing or older than the newest file under src/. Test files run
 * in parallel workers, so a lock directory makes sure only one of them builds.
 */
export function ensureCliBuilt(): void {
  if (isFresh()) return;
  const lock = join(tmpdir(), 'positions-ledger-cli-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (isStaleLock(lock)) rmdirSync(lock);
      else if (Date.now() > deadline) throw new Error(`waited too long for ${lock}`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!isFresh()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  } finally {
    rmdirSync(lock);
  }
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing after `npm run build`');
}

function isFresh(): boolean {
  if (!existsSync(cliPath)) return false;
  return statSync(cliPath).mtimeMs >= newestSource(join(root, 'src'));
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStaleLock(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > 300_000;
  } catch {
    return false;
  }
}
