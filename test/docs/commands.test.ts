// Every `npx positions …` command of the README and of docs/*.md runs as written (here as the built
// dist/cli.js, which `npx positions` resolves to) and prints exactly the ```text block that follows
// it. A command that is meant to fail says so in a trailing `# exit code N`; its text block then
// shows what it printed on stdout, then on stderr. `report` writes a file instead: it runs in a
// scratch folder and must write it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';
import { fencedBlocks, readDoc, readerDocs, trimLines } from './markdown.js';

interface Command {
  readonly doc: string;
  readonly line: number;
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly output: string | undefined;
}

/** Splits a command line on spaces, keeping "double-quoted words" whole; refuses anything a shell would expand. */
function words(command: string): string[] {
  if (/[|;&<>$`'\\]/.test(command)) throw new Error(`not a plain command: ${command}`);
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);
}

function commands(doc: string): Command[] {
  const blocks = fencedBlocks(readDoc(doc));
  return blocks.flatMap((block, i) => {
    if (block.lang !== 'sh' || !/^npx positions /.test(block.body)) return [];
    const where = `${doc}:${block.line}`;
    if (block.body.includes('\n')) throw new Error(`${where}: one \`npx positions\` command per block`);
    const [, command = '', code] = /^(.*?)(?:\s+# exit code (\d+))?$/.exec(block.body) ?? [];
    const next = blocks[i + 1];
    return [
      {
        doc,
        line: block.line,
        args: words(command).slice(2),
        exitCode: Number(code ?? 0),
        output: next?.lang === 'text' ? next.body : undefined,
      },
    ];
  });
}

const all = readerDocs().flatMap(commands);

beforeAll(() => ensureCliBuilt());

describe('positions commands in the docs', () => {
  test("the analysts' walk-through starts with the three first questions of an analyst", () => {
    const first = all.filter((c) => c.doc === 'docs/analysts.md').slice(0, 3);
    expect(first.map((c) => c.args[0])).toEqual(['stances', 'timeline', 'divergence']);
  });

  test('the CLI reference shows each query command and validate at work', () => {
    const shown = new Set(all.filter((c) => c.doc === 'docs/cli.md' && c.output !== undefined).map((c) => c.args[0]));
    for (const command of ['stances', 'timeline', 'diff', 'divergence', 'alignment', 'validate'])
      expect(shown, command).toContain(command);
  });

  test('every command either shows its output or writes a report', () => {
    const silent = all.filter((c) => c.output === undefined);
    expect(silent.map((c) => `${c.doc}:${c.line} ${c.args[0]}`).filter((c) => !c.endsWith(' report'))).toEqual([]);
  });

  test.each(all.filter((c) => c.output !== undefined).map((c) => [`${c.doc}:${c.line}`, c] as const))(
    '%s prints what the doc shows',
    (_, { args, exitCode, output }) => {
      const run = positions(args);
      expect(run.code, run.stderr).toBe(exitCode);
      const printed = exitCode === 0 ? run.stdout : `${run.stdout}${run.stderr}`;
      expect(trimLines(printed)).toBe(trimLines(output as string));
    },
  );

  test.each(all.filter((c) => c.output === undefined).map((c) => [`${c.doc}:${c.line}`, c] as const))(
    '%s writes its report',
    (_, { args }) => {
      const scratch = mkdtempSync(join(tmpdir(), 'docs-report-'));
      const run = positions(args, { cwd: scratch });
      expect(run.code, run.stderr).toBe(0);
      const out = args[args.indexOf('--out') + 1] as string;
      expect(existsSync(join(scratch, out))).toBe(true);
    },
  );
});
