import { firstMalformedUtf8, malformedUtf8Reason } from '../ndjson/utf8.js';

/**
 * The bytes of a CSV file as text, or where and why they are not UTF-8.
 *
 * @example
 * const decoded = decodeCsv(await readFile('statements.csv'));
 * if ('text' in decoded) readCsv(decoded.text);
 */
export type DecodedCsv =
  | { readonly text: string }
  | { readonly line: number; readonly message: string; readonly suggestion: string };

const SAVE_AS_UTF8 = 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8"), not Latin-1 or Windows-1252';

/**
 * Decodes a CSV file's bytes as strict UTF-8 (a byte-order mark allowed): never turns a bad byte into
 * U+FFFD, but names the line of the first one. A UTF-16 file (a spreadsheet's "Unicode text") is named
 * as such.
 *
 * @example
 * decodeCsv(new TextEncoder().encode('a,b\n')); //=> { text: 'a,b\n' }
 * decodeCsv(new Uint8Array([0x61, 0x0a, 0xe9, 0x0a])).line; //=> 2
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { line: 1, message: 'the file is UTF-16 text, not UTF-8', suggestion: SAVE_AS_UTF8 };
  const at = firstMalformedUtf8(bytes, 0, bytes.length);
  if (at === -1) {
    // The decoder drops a leading byte-order mark (its `ignoreBOM` is off by default).
    return { text: new TextDecoder('utf-8').decode(bytes) };
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = bytes.indexOf(0x0a, at);
  if (lineEnd === -1) lineEnd = bytes.length;
  return {
    line,
    message: `not valid UTF-8 at byte ${at - lineStart + 1} of the line: ${malformedUtf8Reason(bytes, at, lineEnd)}`,
    suggestion: SAVE_AS_UTF8,
  };
}
