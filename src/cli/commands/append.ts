import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Ledger } from '../../index.js';
import { appendLines } from '../append-lines.js';
import { checkBatch, problemLines } from '../check-batch.js';
import { EXIT } from '../exit-codes.js';
import { loadData, type LoadedData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { progressOnStderr } from '../progress.js';
import { UsageError } from '../usage-error.js';

/**
 * `positions append FILE --data STORE`: checks FILE as one batch against the store (a dataset folder's
 * `events.ndjson`, or an events file) and, only if every event is valid, appends the new ones.
 * Events already in the store are reported as unchanged and not written again.
 *
 * @example
 * await runAppend('new-events.ndjson', { data: './my-dataset', format: 'json' });
 */
export async function runAppend(path: string, flags: CommonOptions): Promise<void> {
  if (flags.data === undefined) throw new UsageError('append needs --data STORE: the dataset folder or events file to append to', 'the bundled dataset is read-only');
  if (flags.data === '-') throw new UsageError('--data for append must be a dataset folder or an events file, not stdin');
  const progress = progressOnStderr();
  const data = await openStore(flags.data);
  const check = await checkBatch(path, data, progress);
  if (check.result === undefined) {
    for (const line of problemLines(check.problems)) process.stderr.write(`${line}\n`);
    process.stderr.write(`positions: nothing appended: ${check.file} has problems\n`);
    process.exitCode = EXIT.invalidData;
    return;
  }
  const { added, unchanged } = check.result;
  const store = data.eventsFile as string;
  progress.update(`appending ${added.length.toLocaleString('en')} events to ${store}…`);
  await appendLines(store, added);
  progress.done();

  print(flags.format, {
    json: () => ({ store, added: added.map((e) => e.id), unchanged: [...unchanged] }),
    csv: () => csvDocument(['status', 'id', 'type'], [...added.map((e) => ['added', e.id, e.type]), ...unchanged.map((id) => ['unchanged', id, ''])]),
    table: () => {
      const shown = added.slice(0, 20).map((e) => `  + ${e.type} ${e.id}\n`);
      if (added.length > 20) shown.push(`  … and ${added.length - 20} more\n`);
      return `Appended ${added.length} event${added.length === 1 ? '' : 's'} to ${store}; ${unchanged.length} already there (unchanged)\n${shown.join('')}`;
    },
  });
}

// A new events file may be started in an existing folder; anything else must already be there.
async function openStore(path: string): Promise<LoadedData> {
  if (!existsSync(path) && path.endsWith('.ndjson') && (await stat(dirname(path)).catch(() => undefined))?.isDirectory()) {
    return { kind: 'file', path, eventsFile: path, ledger: new Ledger(), vocabulary: undefined, documents: undefined };
  }
  return loadData(path);
}
