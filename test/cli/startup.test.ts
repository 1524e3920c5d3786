// Startup stays light: what `positions --help` loads is only what dist/cli.js imports statically;
// the dataset code, zod, date-fns and immer must be reachable only through a command's dynamic import.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { cliPath, ensureCliBuilt } from './support/cli.js';

beforeAll(() => ensureCliBuilt());

const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

test('the entry loads commander and Node built-ins only, not zod, date-fns, immer or the dataset', () => {
  const { files, packages } = staticGraph(cliPath);
  expect([...packages].sort()).toEqual(['commander', 'fs']);
  for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain('src/dataset/');
});

test('each command is a chunk loaded on demand', () => {
  const text = readFileSync(cliPath, 'utf8');
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  for (const command of [
    'stances',
    'timeline',
    'diff',
    'divergence',
    'alignment',
    'validate',
    'append',
    'vocabulary',
    'sources',
  ]) {
    expect(dynamic.some((chunk) => chunk?.startsWith(`./cli/${command}-`))).toBe(true);
  }
  // And together they do reach the heavy code (so the check above is not vacuous).
  const reached = new Set(
    dynamic.flatMap((chunk) => [...staticGraph(join(dirname(cliPath), chunk as string)).packages]),
  );
  expect(reached).toContain('zod');
});
