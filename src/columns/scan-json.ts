// JSON tokens read straight from a line's bytes for the line scanner (src/columns/scan-line.ts): white
// space, strings, numbers and ids. Each function reads a token that starts at `at` and ends before `end`
// and returns where it ends, or -1 when the bytes are not exactly what JSON (RFC 8259) and the field
// allow; -1 sends the line to the schema path, which says what is wrong. Nothing here makes a string.
import { ID_PATTERN } from '../vocabulary/index.js';
import { utf8SequenceLength } from '../ndjson/utf8.js';

/** `"` */
export const QUOTE = 0x22;
/** `,` */
export const COMMA = 0x2c;
/** `:` */
export const COLON = 0x3a;
/** `[` */
export const OPEN_BRACKET = 0x5b;
/** `]` */
export const CLOSE_BRACKET = 0x5d;
/** `{` */
export const OPEN_BRACE = 0x7b;
/** `}` */
export const CLOSE_BRACE = 0x7d;

const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * The first position at or after `at` that is not JSON white space (space, tab, line feed, carriage
 * return: nothing else, not even a byte-order mark), or `end`.
 *
 * @example
 * skipSpace(new TextEncoder().encode(' \t{'), 0, 3); //=> 2
 */
export function skipSpace(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const b = bytes[i] as number;
    if (b > 0x20 || (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09)) return i;
    i++;
  }
  return i;
}

// What each byte is inside a string: printable ASCII, the closing quote, a backslash, a control
// character (never allowed raw), or the lead of a multi-byte UTF-8 sequence (checked strictly).
const PLAIN = 0;
const CLOSING = 1;
const ESCAPE = 2;
const CONTROL = 3;
const WIDE = 4;
const STRING_BYTE = new Uint8Array(256).map((_, b) =>
  b < 0x20 ? CONTROL : b === QUOTE ? CLOSING : b === BACKSLASH ? ESCAPE : b >= 0x80 ? WIDE : PLAIN,
);
// The escapes taken here: \" \\ \/ \b \f \n \r \t. A \u escape is valid JSON, but it can spell a lone
// surrogate or a character that changes what a field means, so its line takes the schema path.
const ESCAPABLE = new Uint8Array(256).map((_, b) => ('"\\/bfnrt'.includes(String.fromCharCode(b)) ? 1 : 0));

/**
 * Where the string whose contents start at `at` (just after its opening quote) closes: the position of
 * its closing quote, or -1 when it runs past `end`, holds a raw control character or malformed UTF-8,
 * or has an escape other than `\" \\ \/ \b \f \n \r \t`.
 *
 * @example
 * stringEnd(new TextEncoder().encode('"a\\nb"'), 1, 6); //=> 5
 */
export function stringEnd(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const kind = STRING_BYTE[bytes[i] as number];
    if (kind === PLAIN) i++;
    else if (kind === CLOSING) return i;
    else if (kind === ESCAPE) {
      if (i + 1 >= end || ESCAPABLE[bytes[i + 1] as number] === 0) return -1;
      i += 2;
    } else if (kind === WIDE) {
      const length = utf8SequenceLength(bytes, i, end);
      if (length < 0) return -1;
      i += length;
    } else return -1;
  }
  return -1;
}

/**
 * Where the JSON number starting at `at` ends (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`), or -1
 * when no number starts there. What follows is the caller's to check (`01` reads as `0`, then `1`).
 *
 * @example
 * numberEnd(new TextEncoder().encode('-0.5e3,'), 0, 7); //=> 6
 */
export function numberEnd(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  if (i < end && bytes[i] === MINUS) i++;
  if (i >= end) return -1;
  const first = bytes[i] as number;
  if (first === ZERO) i++;
  else if (first > ZERO && first <= NINE) i = digitsEnd(bytes, i + 1, end);
  else return -1;
  if (i < end && bytes[i] === DOT) {
    const fraction = digitsEnd(bytes, i + 1, end);
    if (fraction === i + 1) return -1;
    i = fraction;
  }
  if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
    i++;
    if (i < end && (bytes[i] === PLUS || bytes[i] === MINUS)) i++;
    const exponent = digitsEnd(bytes, i, end);
    if (exponent === i) return -1;
    i = exponent;
  }
  return i;
}

function digitsEnd(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const b = bytes[i] as number;
    if (b < ZERO || b > NINE) break;
    i++;
  }
  return i;
}

// Which bytes an id may start with (1) or continue with (1 or 2), and how long it may be: read off the
// id pattern itself, so the scanner and the schema cannot disagree about what an id is.
const ID_BYTE = new Uint8Array(256).map((_, b) => {
  if (b >= 0x80) return 0;
  const char = String.fromCharCode(b);
  return ID_PATTERN.test(char) ? 1 : ID_PATTERN.test(`a${char}`) ? 2 : 0;
});
const ID_MAX_LENGTH = (() => {
  let length = 1;
  while (length < 4096 && ID_PATTERN.test('a'.repeat(length + 1))) length++;
  return length;
})();

/**
 * Where the id whose contents start at `at` (just after its opening quote) closes: the position of
 * its closing quote, or -1 unless the contents match the id pattern (ids are ASCII, no escapes).
 *
 * @example
 * idEnd(new TextEncoder().encode('"e1"'), 1, 4); //=> 3
 */
export function idEnd(bytes: Uint8Array, at: number, end: number): number {
  if (at >= end || ID_BYTE[bytes[at] as number] !== 1) return -1;
  const limit = Math.min(end, at + ID_MAX_LENGTH);
  let i = at + 1;
  while (i < limit && ID_BYTE[bytes[i] as number] !== 0) i++;
  return i < end && bytes[i] === QUOTE ? i : -1;
}
