import type { Problem } from '../errors/index.js';

/** One non-blank line of an NDJSON text, parsed. */
export interface ParsedLine {
  /** The line number, from 1. */
  readonly line: number;
  /** The parsed JSON value. */
  readonly value: unknown;
}

/**
 * Splits NDJSON text into parsed lines, skipping blank ones; a line that is not JSON becomes a problem
 * naming its line, never a silent skip. `onLine` is called with each line number, for progress reports.
 *
 * @example
 * parseNdjson('{"a":1}\n\nnot json\n').problems[0]?.line; //=> 3
 */
export function parseNdjson(
  text: string,
  file?: string,
  onLine?: (lineNumber: number) => void,
): { lines: ParsedLine[]; problems: Problem[] } {
  const lines: ParsedLine[] = [];
  const problems: Problem[] = [];
  let lineNumber = 0;
  // A byte-order mark some editors write is not part of the first line's JSON.
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber++;
    const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    onLine?.(lineNumber);
    if (raw.trim() === '') continue;
    const parsed = parseJsonLine(raw, lineNumber, file);
    if ('problem' in parsed) problems.push(parsed.problem);
    else lines.push({ line: lineNumber, value: parsed.value });
  }
  return { lines, problems };
}

/**
 * Parses one line of JSON, or says why it is not JSON.
 *
 * @example
 * parseJsonLine('{"a":', 7); //=> { problem: { code: 'json', line: 7, path: [], message: 'not valid JSON: …' } }
 */
export function parseJsonLine(raw: string, line: number, file?: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(raw) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problem: {
        code: 'json',
        path: [],
        line,
        ...(file === undefined ? {} : { file }),
        message: `not valid JSON: ${reason}`,
        suggestion: 'each line must hold one complete JSON object',
      },
    };
  }
}
