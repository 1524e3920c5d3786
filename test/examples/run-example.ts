/**
 * Runs the scripts in examples/ as an analyst would (`node examples/x.mjs …` from the package
 * root), so their imports of `positions-ledger` resolve through package.json "exports" to dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the package). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds dist/ when it is missing (`npm test` builds it first; a lone `vitest run` may not have). */
export function ensureBuilt(): void {
  const needed = ['dist/index.js', 'dist/dataset.js'];
  const built = () => needed.every((f) => existsSync(join(packageRoot, f)));
  if (built()) return;
  // Test files run in parallel workers: one builds while the others wait for it (a lock directory).
  const lock = join(tmpdir(), 'positions-ledger-examples-build.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!built()) execFileSync('npm', ['run', 'build'], { cwd: packageRoot, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  for (const f of needed) if (!existsSync(join(packageRoot, f))) throw new Error(`${f} is missing after \`npm run build\``);
}

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
  return execFileSync(process.execPath, [path], { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
