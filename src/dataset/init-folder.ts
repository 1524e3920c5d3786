import { mkdir, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../errors/index.js';
import { DEFAULT_TOPICS } from '../vocabulary/index.js';
import { datasetJson } from './dataset-json.js';
import { folderReadme } from './folder-readme.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Starts a dataset in a new or empty folder: `vocabulary.json` (the default topics, no parties or
 * issues), `sources.json` (no documents), an empty `events.ndjson` and a `README.md` on what comes next.
 * Each file is written atomically; if one cannot be, the ones written are removed again. Returns the
 * names of the files written.
 *
 * @throws {ValidationError} when the path is a file or a folder that is not empty (nothing is written).
 * @example
 * await initFolder('talks-2026'); //=> ['vocabulary.json', 'sources.json', 'events.ndjson', 'README.md']
 */
export async function initFolder(folder: string): Promise<readonly string[]> {
  const found = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (found !== undefined && !found.isDirectory())
    throw refusal(folder, 'it is a file, not a folder', 'name a new folder for the dataset');
  const held = found === undefined ? [] : (await readdir(folder)).sort();
  if (held.length > 0) {
    const shown = held.slice(0, 3).join(', ') + (held.length > 3 ? ', …' : '');
    throw refusal(
      folder,
      `the folder is not empty (it holds ${shown})`,
      `init starts a dataset in a new or empty folder; to add to a dataset there, use --data ${folder}`,
    );
  }
  if (found === undefined) await mkdir(folder, { recursive: true });
  const files: [string, string][] = [
    ['vocabulary.json', datasetJson({ topics: DEFAULT_TOPICS, parties: [], issues: [] })],
    ['sources.json', datasetJson({ documents: [] })],
    ['events.ndjson', ''],
    ['README.md', folderReadme(folder)],
  ];
  const written: string[] = [];
  try {
    for (const [name, text] of files) {
      await writeFileAtomic(join(folder, name), text);
      written.push(name);
    }
  } catch (error) {
    for (const name of written) await rm(join(folder, name), { force: true });
    if (found === undefined) await rmdir(folder).catch(() => undefined);
    throw error;
  }
  return written;
}

function refusal(folder: string, message: string, suggestion: string): ValidationError {
  return new ValidationError([{ code: 'schema', file: folder, path: [], message, suggestion }]);
}
