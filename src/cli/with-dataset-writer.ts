import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetWriter } from '../dataset/dataset-writer.js';
import { withFolderWriter } from '../dataset/folder-writer.js';
import { bundledDatasetFolder } from '../dataset/index.js';
import { UsageError } from './usage-error.js';

/**
 * Runs `work` with a writer on the dataset `--data` names, for a command that writes (`add`,
 * `import`). `--data` must be given and name a dataset folder (one with a `vocabulary.json`, as
 * `positions init` makes) that is not the bundled dataset, which is read-only, or a `postgres://` URL
 * (the store's vocabulary and sources tables, created on first use). The one place a writing command
 * picks its store.
 *
 * @throws {UsageError} saying what is wrong with `--data` and how to start a dataset (exit code 2).
 * @example
 * await withDatasetWriter(flags.data, 'import', (writer) => importStatements(writer, bytes, file));
 */
export async function withDatasetWriter<T>(
  data: string | undefined,
  command: string,
  work: (writer: DatasetWriter) => Promise<T>,
): Promise<T> {
  if (data !== undefined && POSTGRES_URL.test(data)) {
    const { withPostgresWriter } = await import('../dataset/postgres-writer.js');
    return withPostgresWriter(data, work);
  }
  const onWarning = (message: string) => process.stderr.write(`positions: warning: ${message}\n`);
  return withFolderWriter(await writableFolder(data, command), work, { onWarning });
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

async function writableFolder(data: string | undefined, command: string): Promise<string> {
  const start = 'start one with positions init DIR';
  if (data === undefined) throw new UsageError(`${command} needs --data DIR: the dataset folder to write to`, start);
  if (data === '-')
    throw new UsageError(`--data for ${command} must be a dataset folder or a postgres:// URL, not '${data}'`, start);
  const found = await stat(data).catch(() => undefined);
  if (found === undefined)
    throw new UsageError(`no dataset folder at '${data}'`, `start one with positions init ${data}`);
  if (!found.isDirectory() || !existsSync(join(data, 'vocabulary.json')))
    throw new UsageError(`'${data}' is not a dataset folder (a folder with vocabulary.json)`, start);
  if ((await realpath(data)) === (await realpath(bundledDatasetFolder())))
    throw new UsageError(
      'the bundled dataset is read-only',
      `${start}, or copy the bundled folder and write to the copy`,
    );
  return data;
}
