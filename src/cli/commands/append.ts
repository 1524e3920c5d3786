import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Ledger, ValidationError, type Problem } from '../../index.js';
import { checkBatch, problemLines } from '../check-batch.js';
import { EXIT } from '../exit-codes.js';
import { ledgerQuestions } from '../questions.js';
import { loadData, type LoadedData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { progressOnStderr } from '../progress.js';
import { appendToStore } from '../store-append.js';
import { UsageError } from '../usage-error.js';

/**
 * `positions append FILE --data STORE`: checks FILE as one batch against the store (a dataset folder's
 * `events.ndjson`, an events file, or a `postgres://` URL) and, only if every event is valid, appends the
 * new ones through the durable store. Events already in the store are reported as unchanged and not written again.
 *
 * @example
 * await runAppend('new-events.ndjson', { data: './my-dataset', format: 'json' });
 */
export async function runAppend(path: string, flags: CommonOptions): Promise<void> {
  if (flags.data === undefined)
    throw new UsageError(
      'append needs --data STORE: the dataset folder, events file or postgres:// URL to append to',
      'the bundled dataset is read-only',
    );
  if (flags.data === '-')
    throw new UsageError('--data for append must be a dataset folder, an events file or a postgres:// URL, not stdin');
  const progress = progressOnStderr();
  const data = await openStore(flags.data);
  const check = await checkBatch(path, data, progress);
  if (check.result === undefined) return refuse(check.file, check.problems);
  const store = data.kind === 'postgres' ? withoutPassword(data.path) : (data.eventsFile ?? data.path);
  progress.update(`appending ${check.result.added.length.toLocaleString('en')} events to ${store}…`);
  let appended: Awaited<ReturnType<typeof appendToStore>>;
  try {
    // Checked again by the store under its lock: another writer may have appended meanwhile.
    appended = await appendToStore(data, check.events, { lines: check.lineNumbers, file: check.file });
  } catch (error) {
    if (error instanceof ValidationError) return refuse(check.file, error.problems);
    throw error;
  } finally {
    progress.done();
  }
  const { added, unchanged } = appended;

  print(flags.format, {
    json: () => ({ store, added: added.map((e) => e.id), unchanged: [...unchanged] }),
    csv: () =>
      csvDocument(
        ['status', 'id', 'type'],
        [...added.map((e) => ['added', e.id, e.type]), ...unchanged.map((id) => ['unchanged', id, ''])],
      ),
    table: () => {
      const shown = added.slice(0, 20).map((e) => `  + ${e.type} ${e.id}\n`);
      if (added.length > 20) shown.push(`  … and ${added.length - 20} more\n`);
      const events = `${added.length} event${added.length === 1 ? '' : 's'}`;
      return `Appended ${events} to ${store}; ${unchanged.length} already there (unchanged)\n${shown.join('')}`;
    },
  });
}

function refuse(file: string, problems: readonly Problem[]): void {
  for (const line of problemLines(problems)) process.stderr.write(`${line}\n`);
  process.stderr.write(`positions: nothing appended: ${file} has problems\n`);
  process.exitCode = EXIT.invalidData;
}

// A new events file may be started in an existing folder; anything else must already be there.
async function openStore(path: string): Promise<LoadedData> {
  if (
    !existsSync(path) &&
    path.endsWith('.ndjson') &&
    (await stat(dirname(path)).catch(() => undefined))?.isDirectory()
  ) {
    const ledger = new Ledger();
    return {
      kind: 'file',
      path,
      eventsFile: path,
      ledger: async () => ledger,
      questions: ledgerQuestions(ledger),
      vocabulary: undefined,
      documents: undefined,
    };
  }
  return loadData(path);
}

// Output is often pasted into logs and tickets: never echo a database password.
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}
