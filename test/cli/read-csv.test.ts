// The CSV reader on its own: RFC 4180 records with the line each starts on, every quoting mistake named
// by its record, and the bytes decoded as strict UTF-8.
import { describe, expect, test } from 'vitest';
import { decodeCsv, readCsv, unguardFormula } from '../../src/csv/index.js';

describe('readCsv', () => {
  test('reads quoted cells, doubled quotes, commas and line breaks inside quotes', () => {
    expect(readCsv('a,b\r\n"x, y","say ""no"""\r\n"two\nlines",z\r\n').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "no"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  test('LF, CRLF and a lone CR all end a record; a record after a quoted line break starts on its own line', () => {
    expect(readCsv('a\nb\r\nc\rd').records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
    expect(readCsv('"1\r\n2",x\r\nnext,y\r\n').records.map((r) => r.line)).toEqual([1, 3]);
    expect(readCsv('"1\r\n2",x\r\n').records[0]?.cells[0]).toBe('1\r\n2');
  });

  test('drops a byte-order mark and skips empty lines; keeps empty cells', () => {
    expect(readCsv('\uFEFFa,b\n\n,\n"",x\n').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['', ''] },
      { line: 4, cells: ['', 'x'] },
    ]);
    expect(readCsv('')).toEqual({ records: [], errors: [] });
  });

  test('names each badly quoted record by the line it starts on and the cell, and reads on', () => {
    const { records, errors } = readCsv('a,b\nok,"fine"\nsay,he said "no"\n"closed"late,x\nlast,one\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(errors).toEqual([
      {
        line: 3,
        cell: 1,
        message: 'a double quote inside a cell that does not start with one',
        suggestion: 'put the whole cell in double quotes and double each quote inside it: "she said ""no"""',
      },
      {
        line: 4,
        cell: 0,
        message: 'text after the closing double quote of a cell',
        suggestion: 'put the whole cell in double quotes and double each quote inside it: "she said ""no"""',
      },
    ]);
  });

  test('a quote that never closes runs to the end and is named where its record starts', () => {
    const { records, errors } = readCsv('a,b\nx,"open\ny,z\n');
    expect(records.map((r) => r.line)).toEqual([1]);
    expect(errors).toEqual([
      {
        line: 2,
        cell: 1,
        message: 'a double quote opens this cell and is never closed',
        suggestion: 'close the quote at the end of the cell, and double each quote inside it',
      },
    ]);
  });
});

describe('decodeCsv', () => {
  test('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9, 0x0a]))).toEqual({ text: 'aé\n' });
  });

  test('names the line of the first byte that is not UTF-8 (a Windows-1252 é)', () => {
    expect(decodeCsv(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x63, 0xe9, 0x0a]))).toEqual({
      line: 3,
      message:
        'not valid UTF-8 at byte 2 of the line: byte 0xE9 starts a 3-byte sequence that is cut short by the end of the line',
      suggestion: 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8"), not Latin-1 or Windows-1252',
    });
  });

  test('names UTF-16 text as such', () => {
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({
      line: 1,
      message: 'the file is UTF-16 text, not UTF-8',
      suggestion: 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8"), not Latin-1 or Windows-1252',
    });
  });
});

test('unguardFormula takes off exactly one guarding apostrophe', () => {
  expect(unguardFormula("'=1+1")).toBe('=1+1');
  expect(unguardFormula("''-x")).toBe("'-x");
  expect(unguardFormula("'tis")).toBe("'tis");
  expect(unguardFormula("'")).toBe("'");
  expect(unguardFormula('=raw')).toBe('=raw');
});
