// Every `npx positions …` command of the README and of docs/*.md runs as written (here as the built
// dist/cli.js, which `npx positions` resolves to) and prints exactly the ```text block that follows
// it. A command that is meant to fail says so in a trailing `# exit code N`; its text block then
// shows what it printed on stdout, then on stderr. `report` writes a file instead: it must write it.
//
// Commands that write run in a scratch folder, one per doc, in the doc's order: a doc's `init DIR`
// starts a dataset there, and every later command of that doc that names DIR (`--data DIR`) runs
// there too. A ```csv NAME block is a file the reader saves: it is written into the scratch folder,
// under NAME, before the next command runs. Everything else runs in the package root.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt, positions, root } from '../cli/support/cli.js';
import { fencedBlocks, readDoc, readerDocs, trimLines } from './markdown.js';

interface Command {
  readonly doc: string;
  readonly line: number;
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly output: string | undefined;
  /** Whether it runs in the doc's scratch folder (it starts a dataset or names one the doc started). */
  readonly scratch: boolean;
  /** The files the doc has the reader save since its previous command, to write before this one runs. */
  readonly files: readonly { readonly name: string; readonly text: string }[];
}

/** Splits a command line on spaces, keeping "double-quoted words" whole; refuses anything a shell would expand. */
function words(command: string): string[] {
  if (/[|;&<>$`'\\]/.test(command)) throw new Error(`not a plain command: ${command}`);
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);
}

function commands(doc: string): Command[] {
  const blocks = fencedBlocks(readDoc(doc));
  const datasets = new Set<string>();
  let files: { name: string; text: string }[] = [];
  return blocks.flatMap((block, i) => {
    if (block.lang === 'csv' && block.info !== '') {
      files.push({ name: block.info, text: `${block.body}\n` });
      return [];
    }
    if (block.lang !== 'sh' || !/^npx positions /.test(block.body)) return [];
    const where = `${doc}:${block.line}`;
    if (block.body.includes('\n')) throw new Error(`${where}: one \`npx positions\` command per block`);
    const [, command = '', code] = /^(.*?)(?:\s+# exit code (\d+))?$/.exec(block.body) ?? [];
    const args = words(command).slice(2);
    if (args[0] === 'init' && args[1] !== undefined) datasets.add(args[1]);
    const scratch = args.some((arg) => datasets.has(arg));
    if (!scratch && files.length > 0)
      throw new Error(`${where}: files to save, but the command uses no dataset of the doc`);
    const next = blocks[i + 1];
    const saved = files;
    files = [];
    return [
      {
        doc,
        line: block.line,
        args,
        exitCode: Number(code ?? 0),
        output: next?.lang === 'text' ? next.body : undefined,
        scratch,
        files: saved,
      },
    ];
  });
}

const all = readerDocs().flatMap(commands);

// One scratch folder per doc, made when its first command that writes runs.
const scratchFolders = new Map<string, string>();
function runOf({ doc, args, scratch, files }: Command) {
  if (!scratch) return { ...positions(args), cwd: root };
  let cwd = scratchFolders.get(doc);
  if (cwd === undefined) {
    cwd = mkdtempSync(join(tmpdir(), 'docs-scratch-'));
    scratchFolders.set(doc, cwd);
  }
  for (const { name, text } of files) writeFileSync(join(cwd, name), text);
  return { ...positions(args, { cwd }), cwd };
}

beforeAll(() => ensureCliBuilt());

describe('positions commands in the docs', () => {
  test("the analysts' walk-through codes an article first: init, add, a refused import, the import, a question, a report", () => {
    const coding = all.filter((c) => c.doc === 'docs/analysts.md' && c.scratch).map((c) => c.args[0]);
    expect(coding[0]).toBe('init');
    const imports = coding.flatMap((command, i) => (command === 'import' ? [i] : []));
    expect(imports).toHaveLength(2);
    expect(coding.slice(1, imports[0])).toEqual(coding.slice(1, imports[0]).map(() => 'add'));
    const firstImport = all.filter((c) => c.doc === 'docs/analysts.md' && c.args[0] === 'import')[0];
    expect(firstImport?.exitCode).toBe(1);
    expect(coding).toContain('stances');
    expect(coding.at(-1)).toBe('report');
  });

  test('then answers the three first questions of an analyst about the bundled dataset', () => {
    const first = all.filter((c) => c.doc === 'docs/analysts.md' && !c.scratch).slice(0, 3);
    expect(first.map((c) => c.args[0])).toEqual(['stances', 'timeline', 'divergence']);
  });

  test('the CLI reference shows each query command, validate and the commands that write at work', () => {
    const shown = new Set(all.filter((c) => c.doc === 'docs/cli.md' && c.output !== undefined).map((c) => c.args[0]));
    for (const command of [
      'stances',
      'timeline',
      'diff',
      'divergence',
      'alignment',
      'validate',
      'init',
      'add',
      'import',
      'export',
    ])
      expect(shown, command).toContain(command);
  });

  test('every command either shows its output or writes a report', () => {
    const silent = all.filter((c) => c.output === undefined);
    expect(silent.map((c) => `${c.doc}:${c.line} ${c.args[0]}`).filter((c) => !c.endsWith(' report'))).toEqual([]);
  });

  // In document order, one after the other: the commands of a doc's dataset build on each other.
  test.each(all.map((c) => [`${c.doc}:${c.line}`, c] as const))('%s runs as the doc shows', (_, command) => {
    const { args, exitCode, output } = command;
    if (output === undefined) {
      const reportIn = command.scratch ? undefined : mkdtempSync(join(tmpdir(), 'docs-report-'));
      const run = reportIn === undefined ? runOf(command) : { ...positions(args, { cwd: reportIn }), cwd: reportIn };
      expect(run.code, run.stderr).toBe(0);
      const out = args[args.indexOf('--out') + 1] as string;
      expect(existsSync(join(run.cwd, out))).toBe(true);
      return;
    }
    const run = runOf(command);
    expect(run.code, run.stderr).toBe(exitCode);
    const printed = exitCode === 0 ? run.stdout : `${run.stdout}${run.stderr}`;
    expect(trimLines(printed)).toBe(trimLines(output));
  });
});
