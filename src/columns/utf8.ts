/**
 * The length (2, 3 or 4) of the well-formed UTF-8 sequence that starts with the non-ASCII byte
 * `bytes[at]` and ends before `end`, or 0 when it is malformed: a stray continuation byte, an overlong
 * form, a surrogate (U+D800–U+DFFF), a code point above U+10FFFF, or a sequence cut short. This is the
 * one rule of the Unicode Standard's table 3-7 (well-formed UTF-8 byte sequences); a decoder that
 * replaces malformed bytes with U+FFFD would accept what this refuses.
 *
 * @example
 * utf8SequenceLength(new Uint8Array([0xc3, 0xa9]), 0, 2); //=> 2 (é)
 * utf8SequenceLength(new Uint8Array([0xc0, 0xaf]), 0, 2); //=> 0 (an overlong '/')
 * utf8SequenceLength(new Uint8Array([0xed, 0xa0, 0x80]), 0, 3); //=> 0 (a surrogate)
 */
export function utf8SequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] as number;
  // The second byte's range depends on the lead byte; every later byte is 80–BF.
  let low = 0x80;
  let high = 0xbf;
  let length: number;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (at + length > end) return 0;
  const second = bytes[at + 1] as number;
  if (second < low || second > high) return 0;
  for (let i = at + 2; i < at + length; i++) {
    const next = bytes[i] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}
