import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageRoot } from './built-package.js';

const bin = (name: string) => join(packageRoot, 'node_modules', '.bin', name);

function run(command: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(bin(command), args, {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('Biome: the tree is formatted and lint-clean, warnings included', () => {
  const { status, output } = run('biome', ['check', '--error-on-warnings', '--colors=off', '.']);
  expect(output).not.toMatch(/Found \d+ (error|warning|info)/);
  expect(status, output).toBe(0);
});

test('no value import cycles in src/ (type-only imports excluded)', () => {
  const { status, output } = run('dpdm', [
    '--no-warning',
    '--no-tree',
    '--transform',
    '--exit-code',
    'circular:1',
    'src/**/*.ts',
  ]);
  expect(output).toMatch(/Circular Dependencies/);
  expect(output).not.toMatch(/\d+\)\s+src\//);
  expect(status, output).toBe(0);
});
