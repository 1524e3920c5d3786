// CSV as the CLI reads and writes it: RFC 4180, UTF-8, with the guard against formulas in cells.
export { decodeCsv, type DecodedCsv } from './decode-csv.js';
export { guardFormula, unguardFormula } from './formula-guard.js';
export { readCsv, type CsvRecord, type CsvSyntaxError, type CsvText } from './read-csv.js';
export { formatRowProblem, type RowProblem } from './row-problem.js';
