// The one UTF-8 rule (the well-formed sequences of the Unicode Standard, table 3-7), over bytes.
// Everything that checks UTF-8 in the project uses these functions, so the line scanner's inline
// checks, the line check and the strict decoder cannot disagree.

/**
 * The length (1–4) of the well-formed UTF-8 sequence that starts at `bytes[at]`, or -1 when the
 * bytes there are not one: a stray continuation byte, an overlong form, a surrogate (U+D800–U+DFFF),
 * a code point above U+10FFFF, a byte 0xF5–0xFF, or a sequence cut short by a byte that is not a
 * continuation byte or by `end`. Reads no byte at or after `end`. Meant for a scanner's inner loop:
 * call it only for bytes ≥ 0x80 and step by its result.
 *
 * @example
 * utf8SequenceLength(new Uint8Array([0xe2, 0x82, 0xac]), 0, 3); //=> 3 ('€')
 * utf8SequenceLength(new Uint8Array([0xc0, 0xaf]), 0, 2); //=> -1 (an overlong '/')
 */
export function utf8SequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] as number;
  if (lead < 0x80) return 1;
  // 0x80–0xBF continue a sequence; 0xC0 and 0xC1 could only start overlong two-byte forms.
  if (lead < 0xc2) return -1;
  if (lead < 0xe0) return at + 1 < end && ((bytes[at + 1] as number) & 0xc0) === 0x80 ? 2 : -1;
  if (lead < 0xf0) {
    if (at + 2 >= end) return -1;
    const second = bytes[at + 1] as number;
    // After 0xE0 a second byte below 0xA0 is overlong; after 0xED one above 0x9F is a surrogate.
    if (second < (lead === 0xe0 ? 0xa0 : 0x80) || second > (lead === 0xed ? 0x9f : 0xbf)) return -1;
    return ((bytes[at + 2] as number) & 0xc0) === 0x80 ? 3 : -1;
  }
  if (lead < 0xf5) {
    if (at + 3 >= end) return -1;
    const second = bytes[at + 1] as number;
    // After 0xF0 a second byte below 0x90 is overlong; after 0xF4 one above 0x8F passes U+10FFFF.
    if (second < (lead === 0xf0 ? 0x90 : 0x80) || second > (lead === 0xf4 ? 0x8f : 0xbf)) return -1;
    return ((bytes[at + 2] as number) & 0xc0) === 0x80 && ((bytes[at + 3] as number) & 0xc0) === 0x80 ? 4 : -1;
  }
  return -1;
}

/**
 * The index of the first byte in `bytes[start, end)` where well-formed UTF-8 stops (the start of
 * the sequence that is not one), or -1 when all of it is well formed.
 *
 * @example
 * firstMalformedUtf8(new TextEncoder().encode('naïve'), 0, 6); //=> -1
 * firstMalformedUtf8(new Uint8Array([0x61, 0xff, 0x62]), 0, 3); //=> 1
 */
export function firstMalformedUtf8(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  while (at < end) {
    if ((bytes[at] as number) < 0x80) {
      at++;
      continue;
    }
    const length = utf8SequenceLength(bytes, at, end);
    if (length === -1) return at;
    at += length;
  }
  return -1;
}

/**
 * Why the bytes at `bytes[at]` are not a well-formed UTF-8 sequence, in plain words, for a message.
 * Only meaningful where `utf8SequenceLength` returns -1.
 *
 * @example
 * malformedUtf8Reason(new Uint8Array([0xed, 0xa0, 0x80]), 0, 3);
 * //=> 'the sequence ED A0 80 encodes a surrogate (U+D800–U+DFFF), which UTF-8 does not allow'
 */
export function malformedUtf8Reason(bytes: Uint8Array, at: number, end: number): string {
  const lead = bytes[at] as number;
  if (lead >= 0x80 && lead < 0xc0) return `byte ${hex(lead)} continues a sequence that never started`;
  if (lead === 0xc0 || lead === 0xc1) return `byte ${hex(lead)} can only start an overlong (disallowed) encoding`;
  if (lead >= 0xf5) return `byte ${hex(lead)} never appears in UTF-8`;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let present = 1;
  while (present < length && at + present < end && ((bytes[at + present] as number) & 0xc0) === 0x80) present++;
  const seen = Array.from(bytes.subarray(at, at + present), (b) => hex(b).slice(2)).join(' ');
  if (present >= 2) {
    const second = bytes[at + 1] as number;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xf0 && second < 0x90))
      return `the sequence ${seen} is an overlong (disallowed) encoding`;
    if (lead === 0xed && second > 0x9f)
      return `the sequence ${seen} encodes a surrogate (U+D800–U+DFFF), which UTF-8 does not allow`;
    if (lead === 0xf4 && second > 0x8f) return `the sequence ${seen} encodes a code point above U+10FFFF`;
  }
  const cut = at + present >= end ? 'the end of the line' : `byte ${hex(bytes[at + present] as number)}`;
  return `byte ${hex(lead)} starts a ${length}-byte sequence that is cut short by ${cut}`;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
