import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, readFile, stat, truncate, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Bytes at the end of the file that no append finished writing, moved to a side file on open.
 *
 * @example
 * for (const tail of store.recovered) console.warn(`${tail.bytes} bytes moved to ${tail.savedTo}: ${tail.reason}`);
 */
export interface TornTail {
  /** The events file. */
  readonly file: string;
  /** Where the torn bytes were saved, whole. */
  readonly savedTo: string;
  /** The byte offset they started at (the file now ends there). */
  readonly offset: number;
  /** How many bytes were moved. */
  readonly bytes: number;
  /** Why they count as torn. */
  readonly reason: string;
}

/** What an append is about to write, recorded first, so a crash in the middle can be recognised. */
export interface Intent {
  readonly offset: number;
  readonly length: number;
  readonly sha256: string;
}

/** The intent file of an events file. */
export function intentPath(file: string): string {
  return `${file}.intent`;
}

/** SHA-256 of some bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Records an intent durably before the data is written: an append of several lines is then
 * all-or-nothing across a crash, not just line by line.
 */
export async function writeIntent(file: string, intent: Intent): Promise<void> {
  const handle = await open(intentPath(file), 'w');
  try {
    await handle.writeFile(JSON.stringify(intent));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Marks the intent done. Not synced: an intent whose bytes are all there is harmless if it reappears. */
export async function clearIntent(file: string): Promise<void> {
  await truncate(intentPath(file), 0).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * Under the lock: deletes the intent file when it records no append in progress (it is empty).
 *
 * @example
 * await withLock(file, {}, () => removeSpentIntent(file));
 */
export async function removeSpentIntent(file: string): Promise<void> {
  const path = intentPath(file);
  const info = await stat(path).catch(() => undefined);
  if (info !== undefined && info.size === 0) await unlink(path);
}

/**
 * Under the lock: finds bytes an interrupted append left at the end of the file, saves them to
 * `<file>.torn-<time>`, and cuts the file back to its last complete append. Torn means: the bytes of
 * an append whose intent is recorded but whose bytes are not all there (a crash mid-append), or
 * else a last line without a line end, or a last line that is not JSON.
 *
 * @returns the committed size of the file (it ends with a line end or is empty), and the tail moved, if any.
 */
export async function recoverTail(
  file: string,
  handle: FileHandle,
): Promise<{ size: number; torn: TornTail | undefined }> {
  const size = (await handle.stat()).size;
  let from = size;
  let reason = '';
  const intent = await readIntent(file);
  if (intent !== undefined && intent.offset < size) {
    const whole =
      size >= intent.offset + intent.length &&
      sha256(await readBytes(handle, intent.offset, intent.length)) === intent.sha256;
    if (!whole) {
      from = intent.offset;
      reason = `an append of ${intent.length} bytes at offset ${intent.offset} was interrupted before it finished`;
    }
  }
  if (intent !== undefined) await clearIntent(file);
  if (from === size && size > 0) {
    const lastNewline = await lastNewlineBefore(handle, size);
    if (lastNewline !== size - 1) {
      from = lastNewline + 1;
      reason = 'the last line has no line end';
    } else {
      const lineStart = (await lastNewlineBefore(handle, size - 1)) + 1;
      const text = (await readBytes(handle, lineStart, size - 1 - lineStart)).toString('utf8');
      if (text.trim() !== '' && !isJson(text)) {
        from = lineStart;
        reason = 'the last line is not valid JSON';
      }
    }
  }
  if (from === size) return { size, torn: undefined };
  const savedTo = await saveAside(file, await readBytes(handle, from, size - from));
  await handle.truncate(from);
  await handle.sync();
  return { size: from, torn: Object.freeze({ file, savedTo, offset: from, bytes: size - from, reason }) };
}

async function readIntent(file: string): Promise<Intent | undefined> {
  let text: string;
  try {
    text = await readFile(intentPath(file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.trim() === '') return undefined;
  try {
    const intent = JSON.parse(text) as Intent;
    return Number.isSafeInteger(intent.offset) &&
      Number.isSafeInteger(intent.length) &&
      typeof intent.sha256 === 'string'
      ? intent
      : undefined;
  } catch {
    // An intent torn while being written means its append never started writing data.
    return undefined;
  }
}

async function saveAside(file: string, bytes: Buffer): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const savedTo = `${file}.torn-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    let handle: FileHandle;
    try {
      handle = await open(savedTo, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await syncDirectory(dirname(file));
    return savedTo;
  }
}

/** Makes a new directory entry durable (a no-op where directories cannot be opened, as on Windows). */
export async function syncDirectory(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: not every platform can fsync a directory.
  } finally {
    await handle?.close();
  }
}

/** The offset of the last line end before `end`, or -1. Reads backwards in chunks. */
export async function lastNewlineBefore(handle: FileHandle, end: number): Promise<number> {
  const chunk = 1 << 16;
  for (let stop = end; stop > 0; stop -= chunk) {
    const start = Math.max(0, stop - chunk);
    const bytes = await readBytes(handle, start, stop - start);
    const at = bytes.lastIndexOf(0x0a);
    if (at !== -1) return start + at;
  }
  return -1;
}

async function readBytes(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
