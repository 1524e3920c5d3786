import { type CsvText, type RowProblem, unguardFormula } from '../csv/index.js';
import { parseFuzzyTime } from '../time/index.js';
import { didYouMean, didYouMeanAny, suggest, type Issue, type Vocabulary } from '../vocabulary/index.js';
import type { SourceDocument } from './source-documents.js';
import { STATEMENT_COLUMNS } from './statement-columns.js';

/**
 * One CSV row read as a statement, ready to be checked as an event.
 *
 * @example
 * const { row, statement } = statementsFromCsv(csv, vocabulary, documents).rows[0];
 */
export interface StatementRow {
  /** The line the row starts on (the header is line 1). */
  readonly row: number;
  /** The statement as an event to append (`type: 'statement'`, no id unless the row gives one). */
  readonly statement: Readonly<Record<string, unknown>>;
  /** Columns whose problems were reported already: an event check need not report them again. */
  readonly blamed: ReadonlySet<string>;
}

/**
 * What reading a statements CSV found: the rows as statements, and every problem of the file's form
 * (header, quoting, ragged rows, line breaks in cells) and of the rows' cells that needs the CSV to
 * say (names, documents, terms, empty cells). The events' own checks (stance, dates, ids…) come after.
 *
 * @example
 * const { rows, problems } = statementsFromCsv(readCsv(text), vocabulary, documents);
 */
export interface StatementsFromCsv {
  /** The rows that hold a statement, in order (rows with problems included, with their blamed columns). */
  readonly rows: readonly StatementRow[];
  /** Every problem found, in row order. */
  readonly problems: readonly RowProblem[];
  /** The columns the header names, in the file's order. */
  readonly columns: readonly string[];
}

const COLUMN_NAMES = STATEMENT_COLUMNS.map((c) => c.name);
const REQUIRED = STATEMENT_COLUMNS.filter((c) => c.required);
// Cells taken as written, spaces and all; every other cell is read without surrounding spaces.
const FREE_TEXT = new Set(['summary', 'conditions', 'quote', 'speaker', 'speakerRole']);
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads the records of a statements CSV as statements, one a row (docs/cli.md, "import"): columns by
 * header name in any order (ignoring case); `parties` by id, alias or display name and `document` by id,
 * both split on `;`; `quote` on the first document; `terms` as `key=value;…` read by each term's type
 * (a term without a type: a number when the text reads as one, else text); a missing `recordedAt` is the
 * first document's `publishedAt` at 00:00Z; `id` left out when empty (the event gets its content id).
 * A cell guarded against formulas (`'=…`) is read without the guard. Rows whose cells are all empty are
 * skipped. A header with problems stops the reading: no row is read.
 *
 * @example
 * const { rows, problems } = statementsFromCsv(readCsv('parties,issue,…\nKyiv,ukraine-in-nato,…\n'), vocabulary, documents);
 */
export function statementsFromCsv(
  csv: CsvText,
  vocabulary: Vocabulary,
  documents: readonly SourceDocument[],
): StatementsFromCsv {
  // Blank records before the header (a spreadsheet's empty first rows) are not the header.
  const start = csv.records.findIndex((r) => r.cells.some((cell) => cell.trim() !== ''));
  const [header, ...records] = start === -1 ? [] : csv.records.slice(start);
  const firstError = csv.errors[0];
  if (firstError !== undefined && (header === undefined || firstError.line < header.line)) {
    // The header row itself is badly quoted: its columns cannot be known.
    return {
      rows: [],
      problems: [{ row: firstError.line, column: String(firstError.cell + 1), code: 'csv', ...said(firstError) }],
      columns: [],
    };
  }
  if (header === undefined) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          code: 'csv',
          message: 'the file is empty',
          suggestion: `start it with a header row naming the columns, at least ${REQUIRED.map((c) => c.name).join(',')}`,
        },
      ],
      columns: [],
    };
  }
  const { columns, problems } = readHeader(header.line, header.cells);
  if (problems.length > 0) return { rows: [], problems, columns: [] };

  const names = [...columns.keys()].sort((a, b) => (columns.get(a) as number) - (columns.get(b) as number));
  const nameAt = (cell: number) => names.find((name) => columns.get(name) === cell) ?? String(cell + 1);
  const all: RowProblem[] = csv.errors.map((e) => ({ row: e.line, column: nameAt(e.cell), code: 'csv', ...said(e) }));
  const rows: StatementRow[] = [];
  const width = header.cells.length;
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const record of records) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    if (record.cells.length !== width) {
      all.push({
        row: record.line,
        code: 'csv',
        message: `${record.cells.length} cells, but the header has ${width} columns`,
        suggestion:
          record.cells.length > width
            ? 'a cell that holds a comma must be in double quotes'
            : 'every row needs a cell for each column, empty or not',
      });
      continue;
    }
    const cells = new Map(
      names.map((name) => [name, unguardFormula(record.cells[columns.get(name) as number] as string)]),
    );
    const read = readRow(record.line, cells, vocabulary, byId);
    all.push(...read.problems);
    rows.push({ row: record.line, statement: read.statement, blamed: read.blamed });
  }
  return { rows, problems: all, columns: names };
}

function said(error: { message: string; suggestion: string }): { message: string; suggestion: string } {
  return { message: error.message, suggestion: error.suggestion };
}

/** The columns a header names (name → cell index), or its problems. */
function readHeader(line: number, cells: readonly string[]): { columns: Map<string, number>; problems: RowProblem[] } {
  const columns = new Map<string, number>();
  const problems: RowProblem[] = [];
  // A misspelt column is reported once, as unknown with a "did you mean", not also as missing.
  const suggested = new Set<string>();
  cells.forEach((cell, i) => {
    const text = cell.trim();
    const column = String(i + 1);
    const name = COLUMN_NAMES.find((n) => n.toLowerCase() === text.toLowerCase());
    if (text === '') {
      problems.push({
        row: line,
        column,
        code: 'csv',
        message: 'a header cell is empty',
        suggestion: 'name the column, or delete it',
      });
    } else if (name === undefined) {
      const guess = suggest(text, COLUMN_NAMES);
      if (guess !== undefined) suggested.add(guess);
      problems.push({
        row: line,
        column,
        code: 'csv',
        message: `unknown column '${text}'`,
        suggestion: guess === undefined ? `the columns are ${COLUMN_NAMES.join(', ')}` : `did you mean '${guess}'?`,
      });
    } else if (columns.has(name)) {
      problems.push({
        row: line,
        column,
        code: 'csv',
        message: `column '${name}' appears twice (also column ${(columns.get(name) as number) + 1})`,
        suggestion: 'keep one of them',
      });
    } else columns.set(name, i);
  });
  for (const { name } of REQUIRED) {
    if (!columns.has(name) && !suggested.has(name))
      problems.push({
        row: line,
        code: 'csv',
        message: `missing column '${name}'`,
        suggestion: `add it to the header row; the required columns are ${REQUIRED.map((c) => c.name).join(', ')}`,
      });
  }
  return { columns, problems };
}

interface ReadRow {
  readonly statement: Record<string, unknown>;
  readonly problems: RowProblem[];
  readonly blamed: Set<string>;
}

function readRow(
  row: number,
  cells: ReadonlyMap<string, string>,
  vocabulary: Vocabulary,
  documents: ReadonlyMap<string, SourceDocument>,
): ReadRow {
  const problems: RowProblem[] = [];
  const blamed = new Set<string>();
  const blame = (column: string, message: string, suggestion?: string, code: RowProblem['code'] = 'csv') => {
    problems.push({ row, column, code, message, ...(suggestion === undefined ? {} : { suggestion }) });
    blamed.add(column);
  };
  const text = (column: string) => cells.get(column) ?? '';
  const word = (column: string) => text(column).trim();
  for (const [column, value] of cells) {
    if (/[\r\n]/.test(value))
      blame(
        column,
        'the cell holds a line break',
        'write each statement on one line: replace the line break with a space',
      );
  }
  for (const { name, about } of REQUIRED) {
    if ((FREE_TEXT.has(name) ? text(name) : word(name)) === '')
      blame(name, 'empty, but every statement needs one', about);
  }

  const statement: Record<string, unknown> = { type: 'statement' };
  const id = word('id');
  if (id !== '') statement['id'] = id;

  const parties: string[] = [];
  for (const name of items(text('parties'))) {
    const id = vocabulary.resolveParty(name);
    if (id === undefined) {
      blame(
        'parties',
        `unknown party '${name}'`,
        didYouMeanAny(vocabulary.partySuggestions(name)) ?? `add it first: positions add party ${name} --name …`,
        'unknown-party',
      );
      parties.push(name);
    } else if (parties.includes(id)) {
      blame('parties', `party '${id}' is named twice`, 'name each party once');
    } else parties.push(id);
  }
  statement['parties'] = parties;

  const issueName = word('issue');
  const issueId = issueName === '' ? undefined : vocabulary.resolveIssue(issueName);
  if (issueName !== '' && issueId === undefined) {
    blame(
      'issue',
      `unknown issue '${issueName}'`,
      didYouMeanAny(vocabulary.issueSuggestions(issueName)) ??
        `add it first: positions add issue ${issueName} --title … --proposition … --topic …`,
      'unknown-issue',
    );
  }
  statement['issue'] = issueId ?? issueName;
  const issue = issueId === undefined ? undefined : vocabulary.issue(issueId);

  for (const column of ['stance', 'act', 'attribution', 'statedAt'])
    if (word(column) !== '') statement[column] = word(column);
  for (const column of ['summary', 'conditions']) if (text(column) !== '') statement[column] = text(column);

  const terms = readTerms(text('terms'), issue, (message, suggestion, code) =>
    blame('terms', message, suggestion, code),
  );
  if (terms !== undefined) statement['terms'] = terms;

  const speaker = text('speaker');
  const role = text('speakerRole');
  const authority = word('authority');
  if (speaker !== '') {
    if (authority === '')
      blame(
        'authority',
        'empty, but a speaker needs an authority',
        STATEMENT_COLUMNS.find((c) => c.name === 'authority')?.about,
      );
    statement['speaker'] = { name: speaker, ...(role === '' ? {} : { role }), authority };
  } else if (role !== '' || authority !== '') {
    blame(
      'speaker',
      `empty, but the row gives the speaker's ${role === '' ? 'authority' : 'role'}`,
      'name the speaker, or a description such as "a senior official"',
    );
  }

  const cited: SourceDocument[] = [];
  const sources: Record<string, unknown>[] = [];
  for (const name of items(text('document'))) {
    const document = documents.get(name);
    if (document === undefined) {
      const known = [...documents.keys()];
      blame(
        'document',
        `unknown source document '${name}'`,
        suggest(name, known) === undefined
          ? `add it first: positions add source ${name} --title … --published-at …`
          : didYouMean(name, known).suggestion,
      );
    } else if (cited.includes(document)) {
      blame('document', `document '${name}' is cited twice`, 'cite each document once');
    } else cited.push(document);
    sources.push({ document: name });
  }
  const quote = text('quote');
  if (quote !== '' && sources[0] !== undefined) sources[0]['quote'] = quote;
  statement['sources'] = sources;

  const recordedAt = word('recordedAt');
  if (recordedAt !== '') statement['recordedAt'] = recordedAt;
  else if (blamed.has('document') || cited[0] === undefined) blamed.add('recordedAt');
  else statement['recordedAt'] = startOfDay(cited[0].publishedAt);
  return { statement, problems, blamed };
}

/** The non-empty `;`-separated values of a cell, trimmed. */
function items(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `key=value;…` as terms, each value read as its term's type; undefined when the cell is empty or wrong. */
function readTerms(
  cell: string,
  issue: Issue | undefined,
  blame: (message: string, suggestion: string | undefined, code?: RowProblem['code']) => void,
): Record<string, string | number> | undefined {
  const terms = new Map<string, string | number>();
  let wrong = false;
  for (const item of items(cell)) {
    const equals = item.indexOf('=');
    const key = item.slice(0, Math.max(equals, 0)).trim();
    const value = item.slice(equals + 1).trim();
    if (equals === -1 || key === '') {
      blame(`'${item}' is not key=value`, 'write terms as key=value;key=value, e.g. durationYears=15');
      wrong = true;
    } else if (value === '') {
      blame(`term '${key}' has no value`, `write ${key}=value`);
      wrong = true;
    } else if (terms.has(key)) {
      blame(`term '${key}' is given twice`, 'give each term once');
      wrong = true;
    } else {
      const type = issue?.terms?.find((t) => t.name === key)?.type;
      const number = NUMBER.test(value) && Number.isFinite(Number(value)) ? Number(value) : undefined;
      if (type === 'number' && number === undefined) {
        blame(
          `term '${key}' of issue '${issue?.id}' takes a number, got '${value}'`,
          'write the number in digits, e.g. 15 or 2.5',
          'term-type',
        );
        wrong = true;
      } else terms.set(key, type === 'string' ? value : (number ?? value));
    }
  }
  // Built from entries so that any key, '__proto__' included, is an own field the event checks will see.
  return wrong || terms.size === 0 ? undefined : Object.fromEntries(terms);
}

/** The day a fuzzy time starts on, at 00:00Z (`2026-01` → `2026-01-01T00:00:00.000Z`). */
function startOfDay(publishedAt: string): string {
  // Documents were checked on reading sources.json: publishedAt is a valid fuzzy time.
  return `${new Date(parseFuzzyTime(publishedAt).start).toISOString().slice(0, 10)}T00:00:00.000Z`;
}
