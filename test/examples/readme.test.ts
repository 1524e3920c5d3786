// The README's code blocks in "Quick start" and "The bundled dataset" run as written, from an
// installed copy of the package, and print exactly the output shown under them.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { ensureBuilt, packageRoot, runScript } from './run-example.js';

/** The text of a `## heading` section of the README, up to the next `## `. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Each ```js block of a section with the ```text block that follows it (its printed output). */
function examples(text: string): { code: string; output: string }[] {
  const blocks = [...text.matchAll(/```(js|text)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));
  const pairs: { code: string; output: string }[] = [];
  blocks.forEach((b, i) => {
    if (b.lang !== 'js') return;
    const next = blocks[i + 1];
    if (next?.lang !== 'text') throw new Error(`a js block has no text block after it:\n${b.body}`);
    pairs.push({ code: b.body, output: next.body });
  });
  return pairs;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');

describe('README code blocks', () => {
  let consumer: string;
  beforeAll(() => {
    ensureBuilt();
    // A throwaway project with the package "installed" (a symlink), so imports go through "exports".
    consumer = mkdtempSync(join(tmpdir(), 'readme-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(packageRoot, join(consumer, 'node_modules', 'positions-ledger'), 'dir');
  });

  const quickStart = examples(section(readme, 'Quick start'));
  const dataset = examples(section(readme, 'The bundled dataset'));

  test('Quick start has a developer block and an analyst block of at most 15 lines each', () => {
    expect(quickStart.length).toBe(2);
    expect(quickStart[0]!.code).toMatch(/from 'positions-ledger'/);
    expect(quickStart[0]!.code).toMatch(/\.timeline\(/);
    expect(quickStart[1]!.code).toMatch(/loadDataset/);
    for (const { code } of quickStart) expect(code.trim().split('\n').length).toBeLessThanOrEqual(15);
  });

  test('the bundled dataset section answers the three first questions in code', () => {
    expect(dataset.map((d) => /\.at\(|\.timeline\(|\.divergence\(/.exec(d.code)?.[0])).toEqual([
      '.at(',
      '.timeline(',
      '.divergence(',
    ]);
  });

  test.each([...quickStart, ...dataset].map((e, i) => [i + 1, e] as const))(
    'block %i runs and prints what the README shows',
    (i, { code, output }) => {
      const file = join(consumer, `block-${i}.mjs`);
      writeFileSync(file, code);
      expect(lines(runScript(file))).toBe(lines(output));
    },
  );

  test("the counts the README gives are the dataset's", async () => {
    const ledger = await loadDataset();
    const events = ledger.events();
    const statements = events.filter((e) => e.type === 'statement');
    const text = section(readme, 'The bundled dataset');
    expect(text).toContain(
      `| events | ${events.length}: ${statements.length} statements (${statements.filter((s) => s.attribution === 'joint-statement').length} of them from a joint statement) and ${events.filter((e) => e.type === 'corroboration').length} corroborations`,
    );
    expect(text).toContain(`| parties | ${ledger.vocabulary?.parties.length}:`);
    expect(text).toContain(`| issues | ${ledger.vocabulary?.issues.length} propositions`);
  });
});
