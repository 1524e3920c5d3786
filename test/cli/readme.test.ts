// The README's analyst section runs as written: each `npx positions …` command prints exactly the
// output shown under it (run here as the built dist/cli.js, which `npx positions` resolves to).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { ensureCliBuilt, positions, root } from './support/cli.js';

beforeAll(() => ensureCliBuilt());

const HEADING = '## For analysts: the `positions` command';
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = readme.indexOf(`\n${HEADING}\n`);
const end = readme.indexOf('\n## ', start + 1);
const section = start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
const blocks = [...section.matchAll(/```(sh|text)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1] as string,
  body: (m[2] as string).trimEnd(),
}));
const pairs = blocks.flatMap((block, i) =>
  block.lang === 'sh'
    ? [{ command: block.body, output: blocks[i + 1]?.lang === 'text' ? blocks[i + 1]?.body : undefined }]
    : [],
);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

test('the section answers the first three questions of the mission', () => {
  expect(start).toBeGreaterThan(0);
  expect(pairs.slice(0, 3).map((p) => p.command.split(' ')[2])).toEqual(['stances', 'timeline', 'divergence']);
});

test.each(pairs.map((p, i) => [i + 1, p] as const))(
  'command %i prints what the README shows',
  (_, { command, output }) => {
    expect(command).toMatch(/^npx positions [^\n'"|;&]+$/);
    expect(output).toBeDefined();
    const run = positions(command.split(' ').slice(2));
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stdout)).toBe(lines(output as string));
  },
);
