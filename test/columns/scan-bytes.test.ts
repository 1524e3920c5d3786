import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, test } from 'vitest';
import { ByteNames } from '../../src/columns/byte-names.js';
import { idEnd, numberEnd, skipSpace, stringEnd } from '../../src/columns/scan-json.js';
import { utf8SequenceLength } from '../../src/ndjson/utf8.js';

const SEED = 20261130;
const encoder = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

/** Whether `bytes` are well-formed UTF-8, by the one rule, a sequence at a time. */
function wellFormed(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) i++;
    else {
      const length = utf8SequenceLength(bytes, i, bytes.length);
      if (length < 0) return false;
      i += length;
    }
  }
  return true;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('utf8SequenceLength', () => {
  test('every two-byte sequence: well-formed exactly when a strict decoder takes it', () => {
    for (let a = 0x80; a < 0x100; a++)
      for (let b = 0; b < 0x100; b++) {
        const bytes = Uint8Array.of(a, b);
        if (wellFormed(bytes) !== decodes(bytes)) throw new Error(`disagree on ${a.toString(16)} ${b.toString(16)}`);
      }
  });

  test('every three-byte sequence with a three-byte lead: the same', () => {
    for (let a = 0xe0; a < 0xf0; a++)
      for (let b = 0; b < 0x100; b++)
        for (let c = 0x70; c < 0xd0; c++) {
          const bytes = Uint8Array.of(a, b, c);
          if (wellFormed(bytes) !== decodes(bytes))
            throw new Error(`disagree on ${[a, b, c].map((x) => x.toString(16))}`);
        }
  });

  test(`random byte strings, four-byte sequences and text (seed ${SEED}): the same`, () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc
        .tuple(
          fc.integer({ min: 0xf0, max: 0xf7 }),
          fc.integer({ min: 0x70, max: 0xc0 }),
          fc.integer({ min: 0x70, max: 0xc0 }),
          fc.integer({ min: 0x70, max: 0xc0 }),
        )
        .map((sequence) => Uint8Array.from(sequence)),
      fc.string({ unit: 'binary' }).map((text) => encoder.encode(text)),
    );
    checkProperty(
      fc.property(bytes, (sample) => {
        expect(wellFormed(sample)).toBe(decodes(sample));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });
});

describe('JSON tokens', () => {
  const at = (text: string) => encoder.encode(text);

  test.each([
    ['0', 1],
    ['-0', 2],
    ['1e0', 3],
    ['0.50', 4],
    ['1.0e-1', 6],
    ['-12.5E+3', 8],
    ['01', 1],
    ['1.', -1],
    ['.5', -1],
    ['-', -1],
    ['+1', -1],
    ['1e', -1],
    ['1e+', -1],
  ])('number %s ends at %d', (text, end) => {
    expect(numberEnd(at(text), 0, text.length)).toBe(end);
  });

  test.each([
    ['"', 0],
    ['abc"', 3],
    ['a\\"b"', 4],
    ['a\\\\"', 3],
    ['\\/\\b\\f\\n\\r\\t"', 12],
    ['\\u0041"', -1],
    ['\\x"', -1],
    ['a\tb"', -1],
    ['abc', -1],
    ['a\\', -1],
  ])('string contents %j close at %d', (text, close) => {
    expect(stringEnd(at(text), 0, text.length)).toBe(close);
  });

  test('a string closes only before the end it is given', () => {
    expect(stringEnd(at('abc"'), 0, 3)).toBe(-1);
  });

  test('multi-byte UTF-8 in a string is taken whole; malformed is refused', () => {
    const text = at('Київ 😀"');
    expect(stringEnd(text, 0, text.length)).toBe(text.length - 1);
    expect(stringEnd(Uint8Array.of(0x61, 0xed, 0xa0, 0x80, 0x22), 0, 5)).toBe(-1);
  });

  test.each([
    ['e1"', 2],
    ['A.b_c:d-9"', 9],
    ['-e1"', -1],
    ['"', -1],
    ['e 1"', -1],
    ['é"', -1],
    [`a${'b'.repeat(127)}"`, 128],
    [`a${'b'.repeat(128)}"`, -1],
  ])('id %j closes at %d', (text, close) => {
    expect(idEnd(at(text), 0, at(text).length)).toBe(close);
  });

  test('white space is space, tab, line feed and carriage return only', () => {
    expect(skipSpace(at(' \t\r\n{'), 0, 5)).toBe(4);
    expect(skipSpace(at('\u000b{'), 0, 2)).toBe(0);
    expect(skipSpace(at('\u00a0{'), 0, 3)).toBe(0);
    expect(skipSpace(at('   '), 0, 2)).toBe(2);
  });
});

describe('ByteNames', () => {
  test(`matches exactly the names it holds, each followed by its closing quote (seed ${SEED})`, () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z-]{1,6}$/), { minLength: 1, maxLength: 40 });
    checkProperty(
      fc.property(names, fc.array(fc.stringMatching(/^[a-z-]{0,7}$/), { maxLength: 20 }), (held, probes) => {
        const table = new ByteNames(held);
        for (const probe of [...held, ...probes]) {
          const bytes = at(`${probe}"x`);
          const n = table.match(bytes, 0, bytes.length);
          expect(n).toBe(held.indexOf(probe));
          // Without its closing quote before the end, no name matches.
          expect(table.match(bytes, 0, probe.length)).toBe(-1);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  const at = (text: string) => encoder.encode(text);
});
