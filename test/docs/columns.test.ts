// The columns of a statements CSV are documented where analysts look: docs/cli.md's table (each
// column, in order, with whether it is required), the template in examples/, and the README that
// `positions init` writes.
import { expect, test } from 'vitest';
import { folderReadme } from '../../src/dataset/folder-readme.js';
import { STATEMENT_COLUMNS } from '../../src/dataset/statement-columns.js';
import { readDoc, section } from './markdown.js';

/** The rows of the first Markdown table in a text: `| a | b |` → ['a', 'b'], header and rule left out. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );
}

test("docs/cli.md's import table lists every column, in order, required or not", () => {
  const rows = tableRows(section(readDoc('docs/cli.md'), 'import'));
  expect(rows.map(([name, required]) => [name, required])).toEqual(
    STATEMENT_COLUMNS.map((c) => [`\`${c.name}\``, c.required ? 'yes' : '']),
  );
});

test('the template is the header row of every column', () => {
  expect(readDoc('examples/statements-template.csv')).toBe(`${STATEMENT_COLUMNS.map((c) => c.name).join(',')}\r\n`);
});

test("init's README lists every column with what to write in it", () => {
  const readme = folderReadme('my-dataset');
  for (const column of STATEMENT_COLUMNS)
    expect(readme).toContain(
      `| \`${column.name}\` | ${column.required ? 'yes' : ''} | ${column.about.replaceAll('|', '\\|')} |`,
    );
});
