import { open } from 'node:fs/promises';

/**
 * Appends events to an NDJSON file, one JSON line each, in a single write followed by a data sync,
 * after making sure the file's last line is ended. Creates the file when missing.
 *
 * Interim writer until the durable file store (src/stores/file) lands: it does not lock the file
 * against a concurrent writer.
 *
 * @example
 * await appendLines('events.ndjson', result.added);
 */
export async function appendLines(file: string, events: readonly unknown[]): Promise<void> {
  if (events.length === 0) return;
  const handle = await open(file, 'a+');
  try {
    const { size } = await handle.stat();
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await handle.write(`${prefix}${events.map((event) => JSON.stringify(event)).join('\n')}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
