import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { packageRoot, requireBuild } from './built-package.js';

const bin = (name: string) => join(packageRoot, 'node_modules', '.bin', name);

beforeAll(requireBuild);

test('publint finds nothing wrong with package.json and the files it points to', () => {
  const output = execFileSync(bin('publint'), ['--strict', '--level', 'suggestion'], {
    cwd: packageRoot,
    encoding: 'utf8',
  });
  expect(output).toMatch(/All good!/);
});

test('arethetypeswrong: types resolve for ESM and CommonJS consumers of every entry', () => {
  // `--pack` packs the package as published; node10 (no "exports" support) cannot see subpath entries by design.
  const output = execFileSync(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'json'], {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...process.env, npm_config_ignore_scripts: 'true' },
  });
  const report = JSON.parse(output) as { analysis: { problems: Array<{ resolutionKind?: string }> } };
  // The JSON report lists node10 findings even under the node16 profile; the profile is what we promise.
  expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
}, 120_000);
