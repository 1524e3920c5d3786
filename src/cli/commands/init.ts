import { join } from 'node:path';
import { initFolder } from '../../dataset/init-folder.js';
import type { Format } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';

/**
 * `positions init DIR`: starts a dataset in a new or empty folder (`vocabulary.json` with the default
 * topics, `sources.json`, an empty `events.ndjson`, a README on what comes next).
 *
 * @example
 * await runInit('talks-2026', { format: 'table' });
 */
export async function runInit(folder: string, flags: { readonly format: Format }): Promise<void> {
  const files = await initFolder(folder);
  const data = `--data ${/\s/.test(folder) ? `"${folder}"` : folder}`;
  print(flags.format, {
    json: () => ({ folder, files }),
    csv: () =>
      csvDocument(
        ['file'],
        files.map((file) => [join(folder, file)]),
      ),
    table: () =>
      `Started a dataset in ${folder}: ${files.join(', ')}\n` +
      `Next: add its parties, issues and sources (positions add … ${data}), then import statements ` +
      `(positions import FILE.csv ${data}). ${join(folder, 'README.md')} says how.\n`,
  });
}
