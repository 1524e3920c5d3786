/**
 * Runs the scripts in examples/ as an analyst would (`node examples/x.mjs …` from the package
 * root), so their imports of `positions-ledger` resolve through package.json "exports" to dist/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the package). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds dist/ when it is missing or stale (the one shared helper). */
export { ensureBuilt } from '../support/build.js';

/** Runs one example with arguments and returns what it printed on stdout (throws on a non-zero exit). */
export function runExample(file: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join('examples', file), ...args], {
    cwd: packageRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a script file given as text with Node from the package root. */
export function runScript(path: string): string {
  return execFileSync(process.execPath, [path], {
    cwd: packageRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
