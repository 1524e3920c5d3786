import { readFile } from 'node:fs/promises';
import { formatRowProblem } from '../../csv/index.js';
import { importStatements } from '../../dataset/import-statements.js';
import { EXIT } from '../exit-codes.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { renderTable } from '../output/table.js';
import { inputName } from '../read-input.js';
import { withDatasetWriter } from '../with-dataset-writer.js';

/**
 * `positions import FILE.csv --data DIR`: reads one statement a row and appends them all to the dataset,
 * or, if any row has a problem, appends nothing and prints each problem as
 * `row N, column C: what — suggestion` on stderr (exit code 1).
 *
 * @example
 * await runImport('statements.csv', { data: 'my-dataset', format: 'table' });
 */
export async function runImport(path: string, flags: CommonOptions): Promise<void> {
  const file = inputName(path);
  const { outcome, to } = await withDatasetWriter(flags.data, 'import', async (writer) => {
    const bytes = path === '-' ? await stdinBytes() : await readFile(path);
    return { outcome: await importStatements(writer, bytes, file), to: writer.places.events };
  });
  if ('problems' in outcome) {
    for (const problem of outcome.problems) process.stderr.write(`${formatRowProblem(problem)}\n`);
    const rows = new Set(outcome.problems.map((p) => p.row)).size;
    process.stderr.write(
      `positions: nothing imported: ${file} has problems in ${rows === 1 ? '1 row' : `${rows} rows`}\n`,
    );
    process.exitCode = EXIT.invalidData;
    return;
  }
  const { added, unchanged } = outcome;
  const statements = (n: number) => `${n} statement${n === 1 ? '' : 's'}`;
  print(flags.format, {
    json: () => ({
      file,
      to,
      added: added.map(({ row, event }) => ({ row, id: event.id })),
      unchanged: unchanged.map(({ row, id }) => ({ row, id })),
    }),
    csv: () =>
      csvDocument(
        ['status', 'row', 'id'],
        [
          ...added.map(({ row, event }) => ['added', row, event.id]),
          ...unchanged.map(({ row, id }) => ['unchanged', row, id]),
        ],
      ),
    table: () => {
      const head = `Imported ${statements(added.length)} from ${file} into ${to}; ${unchanged.length} already there (unchanged)\n`;
      if (added.length === 0) return head;
      return `${head}${renderTable(
        [
          { header: 'row', right: true },
          { header: 'parties' },
          { header: 'issue' },
          { header: 'stance' },
          { header: 'id' },
        ],
        added.map(({ row, event }) =>
          event.type === 'statement'
            ? [String(row), event.parties.join(' '), event.issue, event.stance, event.id]
            : [String(row), '', '', '', event.id],
        ),
      )}`;
    },
  });
}

async function stdinBytes(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
