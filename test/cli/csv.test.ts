// The CLI's CSV writer against an independent RFC 4180 reader, and against the CLI's own reader: any
// fields survive the round trip, with text that looks like a formula guarded on the way out.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { expect, test } from 'vitest';
import { csvDocument, csvField } from '../../src/cli/output/csv.js';
import { readCsv, unguardFormula } from '../../src/csv/index.js';
import { parseCsv } from './support/csv-parse.js';

const SEED = 42;

// What a spreadsheet would run: a cell that starts, after any apostrophes, with = + - @ or a tab or CR.
const looksLikeFormula = (text: string) => /^'*[=+\-@\t\r]/.test(text);

const field = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\r', '\n', 'x', '—', '=', '+', '-', '@', "'", '\t'),
});
const table = fc
  .tuple(
    fc.array(field, { minLength: 1, maxLength: 5 }),
    fc.array(fc.array(field, { minLength: 5, maxLength: 5 }), { maxLength: 5 }),
  )
  .map(([header, rows]) => ({ header, rows: rows.map((row) => row.slice(0, header.length)) }));

test(`csvDocument writes what an independent reader reads back, formulas guarded (fast-check seed ${SEED})`, () => {
  checkProperty(
    fc.property(table, ({ header, rows }) => {
      const text = csvDocument(header, rows);
      expect(text.endsWith('\r\n')).toBe(true);
      const guarded = (cells: string[]) => cells.map((cell) => (looksLikeFormula(cell) ? `'${cell}` : cell));
      // A lone empty field is an empty line: the reader sees it as a record of one empty field.
      expect(parseCsv(text)).toEqual([guarded(header), ...rows.map(guarded)]);
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test(`readCsv and unguardFormula give back every cell csvDocument wrote (fast-check seed ${SEED})`, () => {
  checkProperty(
    fc.property(table, ({ header, rows }) => {
      const { records, errors } = readCsv(csvDocument(header, rows));
      expect(errors).toEqual([]);
      // readCsv skips empty lines, which is what a record of one empty cell is written as.
      const written = [header, ...rows].filter((cells) => !(cells.length === 1 && cells[0] === ''));
      expect(records.map((r) => r.cells.map(unguardFormula))).toEqual(written);
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test('quotes only when needed, doubling quotes inside', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('say "no"')).toBe('"say ""no"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  expect(csvField(null)).toBe('');
  expect(csvField(false)).toBe('false');
});

test('text that a spreadsheet would run as a formula gets a leading apostrophe; numbers do not', () => {
  expect(csvField('=HYPERLINK("http://example.com","x")')).toBe(`"'=HYPERLINK(""http://example.com"",""x"")"`);
  expect(csvField('+1')).toBe("'+1");
  expect(csvField('-2 or less')).toBe("'-2 or less");
  expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvField('\tindented')).toBe("'\tindented");
  expect(csvField("'=already guarded")).toBe("''=already guarded");
  expect(csvField("'tis")).toBe("'tis");
  expect(csvField('a = b')).toBe('a = b');
  expect(csvField(-2)).toBe('-2');
});
