/**
 * One record of a CSV text: its cells, unquoted, and the line it starts on.
 *
 * @example
 * readCsv('a,b\r\n"x, y",z\r\n').records[1]; //=> { line: 2, cells: ['x, y', 'z'] }
 */
export interface CsvRecord {
  /** The line the record starts on, counting from 1 (a quoted cell may hold line breaks). */
  readonly line: number;
  /** Its cells, with quotes taken off and doubled quotes made single. */
  readonly cells: readonly string[];
}

/**
 * A record whose quoting breaks RFC 4180.
 *
 * @example
 * readCsv('a,b"c\n').errors[0]; //=> { line: 1, cell: 1, message: 'a double quote inside a cell …', suggestion: '…' }
 */
export interface CsvSyntaxError {
  /** The line the record starts on. */
  readonly line: number;
  /** The cell, counting from 0. */
  readonly cell: number;
  /** What is wrong. */
  readonly message: string;
  /** How to write it instead. */
  readonly suggestion: string;
}

/**
 * A CSV text read into records; a record with a quoting error is left out and named in `errors`.
 *
 * @example
 * const { records, errors } = readCsv(text);
 */
export interface CsvText {
  /** The well-formed records, in order; empty lines are skipped. */
  readonly records: readonly CsvRecord[];
  /** One error per badly quoted record, in order. */
  readonly errors: readonly CsvSyntaxError[];
}

const QUOTING = 'put the whole cell in double quotes and double each quote inside it: "she said ""no"""';

/**
 * Reads CSV text as RFC 4180 says: cells separated by commas, records by CRLF (LF or a lone CR too), a
 * cell in double quotes may hold commas, line breaks and doubled quotes. Empty lines are skipped. A
 * byte-order mark at the start is dropped. Reading never stops at an error: a badly quoted record is
 * named in `errors` and reading goes on after it (an unclosed quote runs to the end of the text).
 *
 * @example
 * readCsv('\uFEFFparty,note\nukraine,"said ""no"", twice"\n').records;
 * //=> [{ line: 1, cells: ['party', 'note'] }, { line: 2, cells: ['ukraine', 'said "no", twice'] }]
 */
export function readCsv(text: string): CsvText {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = '';
  // 'start': at the start of a cell; 'plain': in an unquoted cell; 'quoted': inside quotes;
  // 'closed': right after a closing quote.
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  let error: CsvSyntaxError | undefined;
  const fail = (message: string, suggestion: string) => {
    error ??= { line: recordLine, cell: cells.length, message, suggestion };
  };
  const endRecord = () => {
    const empty = cells.length === 0 && cell === '' && state === 'start';
    if (error !== undefined) errors.push(error);
    else if (!empty) records.push({ line: recordLine, cells: [...cells, cell] });
    cells = [];
    cell = '';
    state = 'start';
    error = undefined;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    const lineBreak = ch === '\n' || ch === '\r';
    // A CRLF pair is one line break.
    if (ch === '\r' && input[i + 1] === '\n') i++;
    if (state === 'quoted') {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else state = 'closed';
      } else {
        cell += lineBreak && ch === '\r' && input[i] === '\n' ? '\r\n' : ch;
        if (lineBreak) line++;
      }
      continue;
    }
    if (lineBreak) {
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      state = 'start';
      continue;
    }
    if (state === 'start' && ch === '"') {
      state = 'quoted';
      continue;
    }
    if (ch === '"' && state === 'plain') fail('a double quote inside a cell that does not start with one', QUOTING);
    if (state === 'closed') fail('text after the closing double quote of a cell', QUOTING);
    cell += ch;
    state = 'plain';
  }
  if (state === 'quoted') {
    fail(
      'a double quote opens this cell and is never closed',
      'close the quote at the end of the cell, and double each quote inside it',
    );
  }
  endRecord();
  return { records, errors };
}
