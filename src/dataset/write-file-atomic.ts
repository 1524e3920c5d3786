import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from '../stores/file/torn-tail.js';

/**
 * Replaces a file's contents all at once: writes a temporary file in the same folder, syncs it to disk,
 * renames it over the file and syncs the folder. A reader sees the old text or the new, never a part;
 * a crash leaves the old file (and at worst a stray `.NAME.*.tmp` beside it).
 *
 * @example
 * await writeFileAtomic('my-dataset/vocabulary.json', text);
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(folder);
}
