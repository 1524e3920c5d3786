// Rewrites the output blocks of the docs from what their commands and programs print now: the
// ```text block after each `npx positions …` block and after each ```js block, in README.md and
// docs/*.md. Run it by hand after a change of the data or of the output, read the diff, and commit
// it; the tests in this folder then hold the docs to it. As in commands.test.ts, a doc's `init DIR`
// and its later commands naming DIR run in a scratch folder of the doc's own, where each
// ```csv NAME block is saved as NAME before the next command runs.
//   npm run build && node test/docs/refresh-outputs.mjs [FILE.md …]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        'README.md',
        ...readdirSync(join(root, 'docs'))
          .filter((f) => f.endsWith('.md'))
          .map((f) => `docs/${f}`),
      ];

// Programs import the package by name: run them from a project where it is installed (a symlink).
const consumer = mkdtempSync(join(tmpdir(), 'docs-refresh-'));
mkdirSync(join(consumer, 'node_modules'));
symlinkSync(root, join(consumer, 'node_modules', 'positions-ledger'), 'dir');

function run(lang, body, doc) {
  if (lang === 'js') {
    const file = join(consumer, 'block.mjs');
    writeFileSync(file, body);
    const result = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`a js block failed:\n${body}\n${result.stderr}`);
    return result.stdout;
  }
  const [, command, code] = /^npx positions (.*?)(?:\s+# exit code (\d+))?$/.exec(body) ?? [];
  const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
  if (args[0] === 'init' && args[1] !== undefined) doc.datasets.add(args[1]);
  const cwd = args.some((arg) => doc.datasets.has(arg)) ? doc.scratch : root;
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  const expected = Number(code ?? 0);
  if (result.status !== expected)
    throw new Error(`'${body}' exited ${result.status}, not ${expected}:\n${result.stderr}`);
  return expected === 0 ? result.stdout : `${result.stdout}${result.stderr}`;
}

for (const file of files) {
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const out = [];
  let changed = 0;
  const doc = { scratch: mkdtempSync(join(tmpdir(), 'docs-refresh-scratch-')), datasets: new Set() };
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    const saved = /^```csv[ \t]+(\S+)\s*$/.exec(lines[i]);
    if (saved) {
      const body = [];
      for (i++; !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      out.push(...body, lines[i]);
      writeFileSync(join(doc.scratch, saved[1]), `${body.join('\n')}\n`);
      continue;
    }
    const open = /^```(js|sh)\s*$/.exec(lines[i]);
    if (!open) continue;
    const body = [];
    for (i++; !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    out.push(...body, lines[i]);
    const text = body.join('\n');
    if (open[1] === 'sh' && !text.startsWith('npx positions ')) continue;
    // The output block: the next fenced block, if it is a text block (prose may come between).
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith('```')) j++;
    if (lines[j] !== '```text') continue;
    let end = j + 1;
    while (!/^```\s*$/.test(lines[end])) end++;
    const printed = run(open[1], text, doc)
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .trim();
    const before = lines.slice(j + 1, end).join('\n');
    if (before !== printed) changed++;
    out.push(...lines.slice(i + 1, j), '```text', ...printed.split('\n'), '```');
    i = end;
  }
  writeFileSync(path, out.join('\n'));
  console.log(`${file}: ${changed} output block(s) changed`);
}
