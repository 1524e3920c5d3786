import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the package). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Fails with a clear message when the package has not been built (`npm test` builds it first). */
export function requireBuild(): void {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/dataset.js', 'dist/dataset.cjs', 'dist/schemas.js']) {
    if (!existsSync(join(packageRoot, file)))
      throw new Error(`${file} is missing: run \`npm run build\` (npm test does it first)`);
  }
}

/**
 * A throwaway consumer project whose node_modules/positions-ledger links to this package,
 * so imports resolve through package.json "exports" exactly as for an installed copy.
 */
export function makeConsumer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'positions-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(packageRoot, join(dir, 'node_modules', 'positions-ledger'), 'dir');
  return dir;
}

/** Runs a script file with Node in the consumer directory and returns its stdout. */
export function runNode(cwd: string, file: string): string {
  return execFileSync(process.execPath, [file], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
