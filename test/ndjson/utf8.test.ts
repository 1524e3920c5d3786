import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/index.js';
import {
  decodeLine,
  firstMalformedUtf8,
  malformedUtf8Reason,
  utf8SequenceLength,
} from '../../src/ndjson/byte-reader.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const accepts = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('the UTF-8 rule: well-formed sequences at the edges of each length', () => {
  const valid: [string, number[], string][] = [
    ['U+0000', [0x00], '\u0000'],
    ['U+007F', [0x7f], '\u007f'],
    ['U+0080', [0xc2, 0x80], '\u0080'],
    ['U+07FF', [0xdf, 0xbf], '\u07ff'],
    ['U+0800', [0xe0, 0xa0, 0x80], '\u0800'],
    ['U+D7FF', [0xed, 0x9f, 0xbf], '\ud7ff'],
    ['U+E000', [0xee, 0x80, 0x80], '\ue000'],
    ['U+FEFF', [0xef, 0xbb, 0xbf], '\ufeff'],
    ['U+FFFD', [0xef, 0xbf, 0xbd], '\ufffd'],
    ['U+FFFF', [0xef, 0xbf, 0xbf], '\uffff'],
    ['U+10000', [0xf0, 0x90, 0x80, 0x80], '\u{10000}'],
    ['U+1D11E', [0xf0, 0x9d, 0x84, 0x9e], '𝄞'],
    ['U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], '\u{10ffff}'],
  ];
  it.each(valid)('%s is one sequence of its length, decoded to itself', (_, sequence, text) => {
    const bytes = Uint8Array.from([0x61, ...sequence, 0x62]);
    expect(utf8SequenceLength(bytes, 1, bytes.length)).toBe(sequence.length);
    expect(firstMalformedUtf8(bytes, 0, bytes.length)).toBe(-1);
    expect(decodeLine(bytes, 0, bytes.length, 1)).toEqual({ text: `a${text}b` });
  });
});

describe('the UTF-8 rule: each kind of malformed input', () => {
  const malformed: [string, number[], string][] = [
    ['a stray continuation byte', [0x80], 'byte 0x80 continues a sequence that never started'],
    ['a stray continuation byte 0xBF', [0xbf, 0x80], 'byte 0xBF continues a sequence that never started'],
    ['an overlong 2-byte form (C0)', [0xc0, 0xaf], 'byte 0xC0 can only start an overlong (disallowed) encoding'],
    ['an overlong 2-byte form (C1)', [0xc1, 0xbf], 'byte 0xC1 can only start an overlong (disallowed) encoding'],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 'the sequence E0 80 AF is an overlong (disallowed) encoding'],
    [
      'an overlong 3-byte form (E0 9F)',
      [0xe0, 0x9f, 0xbf],
      'the sequence E0 9F BF is an overlong (disallowed) encoding',
    ],
    [
      'an overlong 4-byte form',
      [0xf0, 0x8f, 0xbf, 0xbf],
      'the sequence F0 8F BF BF is an overlong (disallowed) encoding',
    ],
    [
      'a surrogate (U+D800)',
      [0xed, 0xa0, 0x80],
      'the sequence ED A0 80 encodes a surrogate (U+D800–U+DFFF), which UTF-8 does not allow',
    ],
    [
      'a surrogate (U+DFFF)',
      [0xed, 0xbf, 0xbf],
      'the sequence ED BF BF encodes a surrogate (U+D800–U+DFFF), which UTF-8 does not allow',
    ],
    [
      'a code point above U+10FFFF',
      [0xf4, 0x90, 0x80, 0x80],
      'the sequence F4 90 80 80 encodes a code point above U+10FFFF',
    ],
    ['byte 0xF5', [0xf5, 0x80, 0x80, 0x80], 'byte 0xF5 never appears in UTF-8'],
    ['an old 5-byte form', [0xf8, 0x88, 0x80, 0x80, 0x80], 'byte 0xF8 never appears in UTF-8'],
    ['byte 0xFE', [0xfe], 'byte 0xFE never appears in UTF-8'],
    ['byte 0xFF', [0xff], 'byte 0xFF never appears in UTF-8'],
    ['a 2-byte sequence cut short', [0xc3, 0x28], 'byte 0xC3 starts a 2-byte sequence that is cut short by byte 0x28'],
    [
      'a 3-byte sequence cut short',
      [0xe2, 0x82, 0x28],
      'byte 0xE2 starts a 3-byte sequence that is cut short by byte 0x28',
    ],
    [
      'a 4-byte sequence cut short',
      [0xf0, 0x9d, 0x84, 0x28],
      'byte 0xF0 starts a 4-byte sequence that is cut short by byte 0x28',
    ],
    [
      'a lead byte followed by another lead byte',
      [0xe2, 0xe2, 0x82, 0xac],
      'byte 0xE2 starts a 3-byte sequence that is cut short by byte 0xE2',
    ],
  ];

  it.each(malformed)('%s: refused at its first byte, with the line and byte column named', (_, sequence, reason) => {
    // 'a', 'é' (2 bytes), then the bad bytes at index 3 (column 4), then 'b'.
    const bytes = Uint8Array.from([0x61, 0xc3, 0xa9, ...sequence, 0x62]);
    expect(accepts(bytes)).toBe(false);
    expect(utf8SequenceLength(bytes, 3, bytes.length)).toBe(-1);
    expect(firstMalformedUtf8(bytes, 0, bytes.length)).toBe(3);
    expect(malformedUtf8Reason(bytes, 3, bytes.length)).toBe(reason);
    const decoded = decodeLine(bytes, 0, bytes.length, 12, 'events.ndjson');
    expect(decoded).toEqual({
      problem: {
        code: 'invalid-utf8',
        path: [],
        line: 12,
        file: 'events.ndjson',
        message: `not valid UTF-8 at byte 4 of the line: ${reason}`,
        suggestion: 'save the file as UTF-8 (not Latin-1, Windows-1252 or another legacy encoding)',
      },
    });
  });

  it('a sequence cut short by the end of the line, at each length', () => {
    for (const [sequence, reason] of [
      [[0xc3], 'byte 0xC3 starts a 2-byte sequence that is cut short by the end of the line'],
      [[0xe2, 0x82], 'byte 0xE2 starts a 3-byte sequence that is cut short by the end of the line'],
      [[0xf0, 0x9d, 0x84], 'byte 0xF0 starts a 4-byte sequence that is cut short by the end of the line'],
    ] as const) {
      // The line ends before the byte after it: `end` cuts the sequence even though more bytes follow.
      const bytes = Uint8Array.from([0x7b, ...sequence, 0x84, 0x9e]);
      const end = 1 + sequence.length;
      expect(utf8SequenceLength(bytes, 1, end)).toBe(-1);
      expect(utf8SequenceLength(bytes, 1, bytes.length)).not.toBe(-1);
      expect(firstMalformedUtf8(bytes, 0, end)).toBe(1);
      expect(decodeLine(bytes, 0, end, 3)).toMatchObject({
        problem: { line: 3, message: `not valid UTF-8 at byte 2 of the line: ${reason}` },
      });
    }
  });

  it('counts the column from the line start, not from the start of the buffer', () => {
    const bytes = Uint8Array.from([0x78, 0x78, 0x0a, 0x7b, 0xff, 0x7d]);
    const decoded = decodeLine(bytes, 3, 6, 2);
    expect('problem' in decoded && formatProblem(decoded.problem)).toBe(
      'line 2: not valid UTF-8 at byte 2 of the line: byte 0xFF never appears in UTF-8' +
        ' — save the file as UTF-8 (not Latin-1, Windows-1252 or another legacy encoding)',
    );
  });

  it('keeps a U+FEFF inside a line as text', () => {
    expect(decodeLine(Uint8Array.from([0xef, 0xbb, 0xbf, 0x31]), 0, 4, 1)).toEqual({ text: '\ufeff1' });
  });
});

const params = { seed: 8080, numRuns: 2000 };

describe(`the UTF-8 rule agrees with a fatal TextDecoder (seed ${params.seed}, ${params.numRuns} runs each)`, () => {
  // Bytes drawn mostly from the lead and continuation ranges, where the rule has its edges.
  const byteArb = fc.oneof(
    fc.integer({ min: 0x00, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff),
    fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf),
  );

  it('bytes are well formed by the rule exactly when the decoder accepts them; the rule stops where they stop', () => {
    checkProperty(
      fc.property(fc.array(byteArb, { maxLength: 10 }), (list) => {
        const bytes = Uint8Array.from(list);
        const at = firstMalformedUtf8(bytes, 0, bytes.length);
        expect(at === -1).toBe(accepts(bytes));
        if (at !== -1) {
          expect(accepts(bytes.subarray(0, at))).toBe(true);
          const decoded = decodeLine(bytes, 0, bytes.length, 1);
          expect(decoded).toMatchObject({ problem: { code: 'invalid-utf8' } });
        } else expect(decodeLine(bytes, 0, bytes.length, 1)).toEqual({ text: fatal.decode(bytes) });
      }),
      params,
    );
  });

  it('any text encoded as UTF-8 is well formed and decodes back to itself', () => {
    // Any code point but the surrogates, which have no UTF-8 form.
    const codePoint = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }));
    checkProperty(
      fc.property(fc.array(codePoint, { maxLength: 20 }), (points) => {
        const text = String.fromCodePoint(...points);
        const bytes = new TextEncoder().encode(text);
        expect(firstMalformedUtf8(bytes, 0, bytes.length)).toBe(-1);
        let steps = 0;
        for (let at = 0; at < bytes.length; at += utf8SequenceLength(bytes, at, bytes.length)) steps++;
        expect(steps).toBe(points.length);
        expect(decodeLine(bytes, 0, bytes.length, 1)).toEqual({ text });
      }),
      params,
    );
  });
});
