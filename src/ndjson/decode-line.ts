import type { Problem } from '../errors/index.js';
import { firstMalformedUtf8, malformedUtf8Reason } from './utf8.js';

// `fatal` makes malformed input throw instead of turning into U+FFFD; `ignoreBOM` keeps a U+FEFF
// inside a line as text (the line splitter drops the one byte-order mark at the start of a file).
// A decoder called without `{ stream: true }` keeps nothing between calls, so one serves every call.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes the bytes `bytes[start, end)` of one line as strict UTF-8: the text, or a problem naming
 * the line and the byte column of the first malformed sequence. Never yields U+FFFD for bad bytes.
 *
 * @example
 * decodeLine(new TextEncoder().encode('{"a":"é"}'), 0, 10, 1); //=> { text: '{"a":"é"}' }
 * decodeLine(new Uint8Array([0x7b, 0xff, 0x7d]), 0, 3, 4).problem?.message;
 * //=> 'not valid UTF-8 at byte 2 of the line: byte 0xFF never appears in UTF-8'
 */
export function decodeLine(
  bytes: Uint8Array,
  start: number,
  end: number,
  line: number,
  file?: string,
): { text: string } | { problem: Problem } {
  try {
    return { text: strict.decode(bytes.subarray(start, end)) };
  } catch (error) {
    const at = firstMalformedUtf8(bytes, start, end);
    // The decoder and the rule in utf8.ts agree on every input (a property test checks it).
    if (at === -1) throw error;
    return { problem: invalidUtf8Problem(bytes, start, at, end, line, file) };
  }
}

/**
 * The problem for a line whose bytes stop being well-formed UTF-8 at `bytes[at]`, for a line that
 * starts at `bytes[start]` and ends before `bytes[end]`. The column counts bytes from 1.
 *
 * @example
 * const at = firstMalformedUtf8(bytes, start, end);
 * if (at !== -1) problems.push(invalidUtf8Problem(bytes, start, at, end, lineNumber, file));
 */
export function invalidUtf8Problem(
  bytes: Uint8Array,
  start: number,
  at: number,
  end: number,
  line: number,
  file?: string,
): Problem {
  return {
    code: 'invalid-utf8',
    path: [],
    line,
    ...(file === undefined ? {} : { file }),
    message: `not valid UTF-8 at byte ${at - start + 1} of the line: ${malformedUtf8Reason(bytes, at, end)}`,
    suggestion: 'save the file as UTF-8 (not Latin-1, Windows-1252 or another legacy encoding)',
  };
}
