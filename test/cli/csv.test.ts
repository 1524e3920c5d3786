// The CLI's CSV writer against an independent RFC 4180 reader: any fields survive the round trip.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csvDocument, csvField } from '../../src/cli/output/csv.js';
import { parseCsv } from './support/csv-parse.js';

const SEED = 42;

test(`any table of strings round-trips through csvDocument (fast-check seed ${SEED})`, () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\r', '\n', 'x', '—') });
  fc.assert(
    fc.property(
      fc.array(field, { minLength: 1, maxLength: 5 }),
      fc.array(fc.array(field, { minLength: 5, maxLength: 5 }), { maxLength: 5 }),
      (header, rows) => {
        const columns = header.length;
        const table = rows.map((row) => row.slice(0, columns));
        const text = csvDocument(header, table);
        expect(text.endsWith('\r\n')).toBe(true);
        const parsed = parseCsv(text);
        // A lone empty field is an empty line: the reader sees it as a record of one empty field.
        expect(parsed).toEqual([header, ...table]);
      },
    ),
    { seed: SEED, numRuns: 500 },
  );
});

test('quotes only when needed, doubling quotes inside', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('say "no"')).toBe('"say ""no"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  expect(csvField(null)).toBe('');
  expect(csvField(-2)).toBe('-2');
  expect(csvField(false)).toBe('false');
});
