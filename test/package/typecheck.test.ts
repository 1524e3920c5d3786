import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageRoot } from './built-package.js';

// The type tests (expectTypeOf, @ts-expect-error) only bite when the compiler runs: run it as a test,
// over src, test, bench and examples with the strict tsconfig.
test('tsc --noEmit passes on the whole project (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes)', () => {
  let output = '';
  try {
    execFileSync(join(packageRoot, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', packageRoot], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
}, 180_000);
