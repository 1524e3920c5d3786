import { readFile } from 'node:fs/promises';
import type { Problem } from '../errors/index.js';
import { parseNdjson, type ParsedLine } from '../ndjson/parse-lines.js';
import type { Progress } from './progress.js';

/**
 * The whole text of a file, or of stdin for `-`.
 *
 * @example
 * const text = await readText('-'); // everything piped in
 */
export async function readText(path: string): Promise<string> {
  if (path !== '-') {
    return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      // readFile's EISDIR error carries no path; name it so the user is told which input is a folder.
      error.path ??= path;
      throw error;
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * How an input is named in messages: its path, or `<stdin>`.
 *
 * @example
 * inputName('-'); //=> '<stdin>'
 */
export function inputName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/**
 * NDJSON text split into parsed lines and problems, as `parseNdjson` does, reporting progress every
 * 10,000 lines (for inputs of many thousands of lines).
 *
 * @example
 * const { lines, problems } = parseLines(text, 'new.ndjson', progress);
 */
export function parseLines(
  text: string,
  file: string,
  progress?: Progress,
): { lines: ParsedLine[]; problems: Problem[] } {
  if (progress === undefined) return parseNdjson(text, file);
  return parseNdjson(text, file, (line) => {
    if (line % 10_000 === 0) progress.update(`reading ${file}: line ${line.toLocaleString('en')}`);
  });
}
