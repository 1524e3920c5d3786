// Content ids rest on the package's own SHA-256; node:crypto is the independent oracle.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property.js';
import { sha256Hex } from '../../src/events/sha256.js';

const oracle = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 examples', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(sha256Hex(text(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto at every length around the padding edges (0–300 bytes)', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(bytes), String(length)).toBe(oracle(bytes));
    }
  });

  it('agrees with node:crypto on arbitrary bytes (seed 2561)', () => {
    checkProperty(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(oracle(bytes));
      }),
      { seed: 2561, numRuns: 500 },
    );
  });
});
