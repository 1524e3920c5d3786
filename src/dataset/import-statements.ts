import { decodeCsv, readCsv, type RowProblem } from '../csv/index.js';
import { ValidationError, type Problem } from '../errors/index.js';
import { readEvent, type LedgerEvent } from '../events/index.js';
import type { DatasetWriter } from './dataset-writer.js';
import { statementsFromCsv, type StatementRow } from './statements-from-csv.js';

/**
 * What an import did, or why it did nothing.
 *
 * @example
 * const outcome = await importStatements(writer, bytes, 'statements.csv');
 * if ('problems' in outcome) outcome.problems.map(formatRowProblem);
 */
export type ImportOutcome =
  | {
      /** The statements appended, each with the row it came from, in row order. */
      readonly added: readonly { readonly row: number; readonly event: LedgerEvent }[];
      /** The rows whose statement was already there (same id, same content): not written again. */
      readonly unchanged: readonly { readonly row: number; readonly id: string }[];
    }
  | {
      /** Every problem, in row order; nothing was appended. */
      readonly problems: readonly RowProblem[];
    };

/**
 * Imports a statements CSV into a dataset, all or nothing: reads the bytes (UTF-8), the CSV and its rows
 * (`statementsFromCsv`), checks every statement as an event against what the store holds (the schema,
 * the vocabulary, ids; docs/design.md §5.1), and appends them only if no row has a problem. Problems
 * name the row and column; a row is blamed only for its own cells. The same code for every store.
 *
 * @example
 * const outcome = await importStatements(writer, await readFile('statements.csv'), 'statements.csv');
 */
export async function importStatements(writer: DatasetWriter, bytes: Uint8Array, file: string): Promise<ImportOutcome> {
  const decoded = decodeCsv(bytes);
  if (!('text' in decoded))
    return {
      problems: [{ row: decoded.line, code: 'invalid-utf8', message: decoded.message, suggestion: decoded.suggestion }],
    };
  const read = statementsFromCsv(readCsv(decoded.text), writer.vocabulary, writer.documents);
  const rows = read.rows;
  const origin = { lines: rows.map((r) => r.row), file };
  const events = rows.map((r) => r.statement);
  const problems = [...read.problems];
  // An append to the ledger in memory is all or nothing too: on a problem it holds what the store holds.
  const ledger = await writer.ledger();
  try {
    ledger.append(events, origin);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...rowProblems(error.problems, rows));
  }
  if (problems.length > 0) return { problems: ordered(problems, read.columns) };
  let result: Awaited<ReturnType<DatasetWriter['appendEvents']>>;
  try {
    result = await writer.appendEvents(events, origin);
  } catch (error) {
    // Another writer appended in the meantime, and the batch no longer fits what the store holds.
    if (error instanceof ValidationError) return { problems: ordered(rowProblems(error.problems, rows), read.columns) };
    throw error;
  }
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    const normal = readEvent(events[i]);
    if (normal.ok && !rowOf.has(normal.event.id)) rowOf.set(normal.event.id, r.row);
  });
  const row = (id: string) => rowOf.get(id) ?? 0;
  return {
    added: result.added.map((event) => ({ row: row(event.id), event })),
    unchanged: result.unchanged.map((id) => ({ row: row(id), id })),
  };
}

/** An event check's problems as row problems, leaving out columns the row was blamed for already. */
function rowProblems(problems: readonly Problem[], rows: readonly StatementRow[]): RowProblem[] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const out: RowProblem[] = [];
  for (const problem of problems) {
    const row = problem.line ?? (problem.index === undefined ? undefined : rows[problem.index]?.row) ?? 0;
    const column = columnOf(problem.path);
    if (column !== undefined && byRow.get(row)?.blamed.has(column)) continue;
    out.push({
      row,
      ...(column === undefined ? {} : { column }),
      code: problem.code,
      message: problem.message,
      ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }),
    });
  }
  return out;
}

/** The CSV column a statement field's path comes from. */
function columnOf(path: readonly (string | number)[]): string | undefined {
  const [field, second, third] = path;
  switch (field) {
    case 'speaker':
      return second === 'role' ? 'speakerRole' : second === 'authority' ? 'authority' : 'speaker';
    case 'sources':
      return third === 'quote' ? 'quote' : 'document';
    case 'id':
    case 'parties':
    case 'issue':
    case 'stance':
    case 'terms':
    case 'conditions':
    case 'act':
    case 'attribution':
    case 'statedAt':
    case 'recordedAt':
    case 'summary':
      return field;
    default:
      return undefined;
  }
}

// By row, then by column as the file orders them (a problem of the whole row first).
function ordered(problems: readonly RowProblem[], columns: readonly string[]): RowProblem[] {
  const place = (p: RowProblem) => (p.column === undefined ? -1 : columns.indexOf(p.column));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || place(a.p) - place(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
