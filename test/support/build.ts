/**
 * Builds dist/ on demand for tests that run the built package (the CLI, the examples). `npm test`
 * builds first, so this only matters for a lone `vitest run`. One lock directory for every caller:
 * test files run in parallel workers, and two builds at once would clean away each other's output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUTS = ['dist/index.js', 'dist/dataset.js', 'dist/cli.js'].map((file) => join(root, file));

/**
 * Builds dist/ when an output is missing or older than the newest file under src/.
 *
 * @example
 * beforeAll(() => ensureBuilt());
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(tmpdir(), 'positions-ledger-test-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (isStaleLock(lock)) rmdirSync(lock);
      else if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no build is running`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!isFresh()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  } finally {
    rmdirSync(lock);
  }
  for (const file of OUTPUTS) if (!existsSync(file)) throw new Error(`${file} is missing after \`npm run build\``);
}

function isFresh(): boolean {
  if (!OUTPUTS.every((file) => existsSync(file))) return false;
  const oldestOutput = Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs));
  return oldestOutput >= newestSource(join(root, 'src'));
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// A lock left by a killed run must not block every later one.
function isStaleLock(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > 300_000;
  } catch {
    return false;
  }
}
