import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, test } from 'vitest';
import { TimeReader } from '../../src/columns/scan-time.js';
import { rebuildStatedAt, WRITTEN } from '../../src/columns/stated-form.js';
import { instantMs, parseFuzzyTime } from '../../src/time/index.js';
import { oddTimeArb, utcFuzzyArb, utcInstantArb } from './scan-arbitraries.js';

// The line scanner's byte-level time reader against src/time as the oracle: what it reads, it reads
// exactly as parseFuzzyTime and instantMs do (bounds, and a form the text rebuilds from); what
// src/time accepts in UTC without an offset, it reads.
const SEED = 20261129;
const encoder = new TextEncoder();

function oracle(read: () => number): number | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The text as the scanner sees it: quoted, with a line's bytes after it. */
const quoted = (text: string) => encoder.encode(`"${text}","x":"1"}`);
const utcShaped = (text: string) => !/[+-]\d{2}:\d{2}$|[+-]\d{2}:\d{2}\//.test(text);

describe(`TimeReader = src/time (seed ${SEED})`, () => {
  const times = fc.oneof(utcFuzzyArb, utcInstantArb, oddTimeArb);

  test('fuzzy times: the same bounds and form, or not read; every UTC time src/time accepts is read', () => {
    checkProperty(
      fc.property(times, (text) => {
        const reader = new TimeReader();
        const bytes = quoted(text);
        const close = reader.fuzzyTime(bytes, 1, bytes.length);
        const start = oracle(() => parseFuzzyTime(text).start);
        if (close < 0) {
          if (start !== undefined) expect(utcShaped(text), `not read: ${text}`).toBe(false);
          return;
        }
        expect(close, text).toBe(text.length + 1);
        const time = parseFuzzyTime(text);
        expect([reader.start, reader.end], text).toEqual([time.start, time.end]);
        // Kept as written exactly when a point has one or two fraction digits; else it rebuilds exactly.
        expect(reader.form === WRITTEN, text).toBe(/\.\d{1,2}Z/.test(text));
        if (reader.form !== WRITTEN) expect(rebuildStatedAt(reader.start, reader.end, reader.form), text).toBe(text);
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  test('instants: the same milliseconds, or not read; every UTC instant src/time accepts is read', () => {
    checkProperty(
      fc.property(times, (text) => {
        const reader = new TimeReader();
        const bytes = quoted(text);
        const close = reader.instant(bytes, 1, bytes.length);
        const ms = oracle(() => instantMs(text));
        if (close < 0) {
          if (ms !== undefined) expect(utcShaped(text), `not read: ${text}`).toBe(false);
          return;
        }
        expect(close, text).toBe(text.length + 1);
        expect(reader.start, text).toBe(ms);
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  test('never reads past the end it is given', () => {
    checkProperty(
      fc.property(times, fc.nat(), (text, cut) => {
        const bytes = quoted(text);
        const end = 1 + (cut % (text.length + 1));
        const reader = new TimeReader();
        // Cut before the closing quote, nothing is read (the quote must come before `end`).
        expect(reader.fuzzyTime(bytes, 1, end)).toBe(-1);
        expect(reader.instant(bytes, 1, end)).toBe(-1);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  test.each([
    ['0000', new Date(0).setUTCFullYear(0, 0, 1), 1],
    ['2024-02-29', Date.UTC(2024, 1, 29), 3],
    ['2025-12', Date.UTC(2025, 11, 1), 2],
    ['9999-12-31T23:59:59.999Z', Date.UTC(9999, 11, 31, 23, 59, 59, 999), 6],
    ['2025-03-02T12:00:00.5Z', Date.UTC(2025, 2, 2, 12, 0, 0, 500), WRITTEN],
    ['2025-03-02T12:00:00.05Z', Date.UTC(2025, 2, 2, 12, 0, 0, 50), WRITTEN],
  ])('%s starts at %d, form %d', (text, start, form) => {
    const reader = new TimeReader();
    const bytes = quoted(text);
    expect(reader.fuzzyTime(bytes, 1, bytes.length)).toBe(text.length + 1);
    expect(reader.start).toBe(start);
    expect(reader.form).toBe(form);
  });
});
