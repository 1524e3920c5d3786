// Ids (event, party, issue and document ids) match the id pattern, so they are ASCII: one byte per
// character. Hashing the bytes of an id and the char codes of its string gives the same number, so a
// table keyed by ids answers lookups by bytes (the scanner, no string made) and by string (the API).

/**
 * FNV-1a over `bytes[start, end)`.
 *
 * @example
 * hashBytes(new TextEncoder().encode('e1'), 0, 2) === hashString('e1'); //=> true
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash >>> 0;
}

/**
 * FNV-1a over the char codes of `text` (equal to {@link hashBytes} of its bytes for ASCII text).
 *
 * @example
 * hashString('e1') === hashBytes(new TextEncoder().encode('e1'), 0, 2); //=> true
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Whether the ASCII `text` spells exactly `bytes[start, end)`.
 *
 * @example
 * sameAscii('e1', new TextEncoder().encode('e1'), 0, 2); //=> true
 */
export function sameAscii(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}

/**
 * The string of ASCII bytes `bytes[start, end)`.
 *
 * @example
 * asciiText(new TextEncoder().encode('e1'), 0, 2); //=> 'e1'
 */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  // Ids are at most 128 characters: one call, no decoder.
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}
