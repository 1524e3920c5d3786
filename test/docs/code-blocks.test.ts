// Every ```js block of the README and of docs/*.md runs as written, from an installed copy of the
// package, and prints exactly the ```text block that follows it. (Snippets that are not whole
// programs are tagged ```ts and are not run.)
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { ensureBuilt, runScript } from '../examples/run-example.js';
import { type Block, fencedBlocks, packageRoot, readDoc, readerDocs, section, trimLines } from './markdown.js';

/** Each ```js block of a text with the ```text block right after it (its printed output). */
function programs(text: string, doc: string): { code: string; output: string; line: number }[] {
  const blocks = fencedBlocks(text);
  return blocks.flatMap((block: Block, i) => {
    if (block.lang !== 'js') return [];
    const next = blocks[i + 1];
    if (next?.lang !== 'text')
      throw new Error(`${doc}:${block.line}: a js block without its output (a text block right after it)`);
    return [{ code: block.body, output: next.body, line: block.line }];
  });
}

const docs = readerDocs();
const runs = docs.flatMap((doc) => programs(readDoc(doc), doc).map((p) => ({ doc, ...p })));
const readme = readDoc('README.md');

describe('code blocks of the docs', () => {
  let consumer: string;
  beforeAll(() => {
    ensureBuilt();
    // A throwaway project with the package "installed" (a symlink), so imports go through "exports".
    consumer = mkdtempSync(join(tmpdir(), 'docs-code-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(packageRoot, join(consumer, 'node_modules', 'positions-ledger'), 'dir');
  });

  test("the README's quick start has a developer block and an analyst block of at most 15 lines each", () => {
    const quickStart = programs(section(readme, 'Quick start'), 'README.md');
    expect(quickStart.length).toBe(2);
    expect(quickStart[0]?.code).toMatch(/from 'positions-ledger'/);
    expect(quickStart[0]?.code).toMatch(/\.timeline\(/);
    expect(quickStart[1]?.code).toMatch(/loadDataset/);
    for (const { code } of quickStart) expect(code.trim().split('\n').length).toBeLessThanOrEqual(15);
  });

  test("the analysts' walk-through answers the three first questions in code", () => {
    const blocks = programs(readDoc('docs/analysts.md'), 'docs/analysts.md');
    expect(blocks.map((b) => /\.at\(|\.timeline\(|\.divergence\(/.exec(b.code)?.[0]).slice(0, 3)).toEqual([
      '.at(',
      '.timeline(',
      '.divergence(',
    ]);
  });

  test('the design worked examples run', () => {
    expect(runs.filter((r) => r.doc === 'docs/design.md').length).toBeGreaterThanOrEqual(2);
  });

  test.each(runs.map((r, i) => [`${r.doc}:${r.line}`, i, r] as const))(
    '%s runs and prints what the doc shows',
    (_, i, { code, output }) => {
      const file = join(consumer, `block-${i}.mjs`);
      writeFileSync(file, code);
      expect(trimLines(runScript(file))).toBe(trimLines(output));
    },
  );

  test("the counts the README gives are the dataset's", async () => {
    const ledger = await loadDataset();
    const events = ledger.events();
    const count = (type: string) => events.filter((e) => e.type === type).length;
    const joint = events.filter((e) => e.type === 'statement' && e.attribution === 'joint-statement').length;
    // Only the kinds of event the dataset has are listed.
    const others = (['corroboration', 'retraction', 'correction'] as const)
      .filter((type) => count(type) > 0)
      .map((type) => `, ${count(type)} ${type}s`)
      .join('');
    const text = section(readme, 'The bundled dataset');
    expect(text).toContain(
      `| events | ${events.length}: ${count('statement')} statements (${joint} from a joint statement)${others} |`,
    );
    expect(text).toContain(`| parties | ${ledger.vocabulary?.parties.length}:`);
    expect(text).toContain(`| issues | ${ledger.vocabulary?.issues.length} propositions`);
  });
});
