import { statementsToCsv } from '../../dataset/statements-to-csv.js';
import { loadData } from '../load-data.js';
import { csvDocument } from '../output/csv.js';

/**
 * `positions export --format csv|ndjson [--data PATH]`: writes the data's events to stdout. NDJSON holds
 * every event, one a line, as stored. CSV holds the statements in the columns `positions import` reads,
 * so that importing it gives the same statements; what it leaves out (other kinds of event, fields
 * without a column) is said on stderr.
 *
 * @example
 * await runExport({ format: 'csv', data: 'my-dataset' });
 */
export async function runExport(flags: { readonly format: 'csv' | 'ndjson'; readonly data?: string }): Promise<void> {
  const data = await loadData(flags.data);
  const events = (await data.ledger()).events();
  if (flags.format === 'ndjson') {
    process.stdout.write(events.map((event) => `${JSON.stringify(event)}\n`).join(''));
    return;
  }
  const { header, rows, lossy } = statementsToCsv(events, data.vocabulary);
  process.stdout.write(csvDocument(header, rows));
  const others = events.length - rows.length;
  if (others > 0)
    process.stderr.write(
      `positions: note: the CSV holds the ${rows.length} statements; the ${others} other events ` +
        '(corroborations, retractions, corrections) are in --format ndjson\n',
    );
  for (const { id, reason } of lossy)
    process.stderr.write(`positions: warning: statement '${id}': ${reason}; --format ndjson keeps it whole\n`);
}
