import { guardFormula } from '../../csv/index.js';

/**
 * One CSV field, quoted as RFC 4180 requires: only when it holds a comma, a quote, CR or LF; quotes
 * inside are doubled. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or CR) gets a leading `'` (`guardFormula`), which `positions import` takes off again. Numbers
 * and booleans are written as they are: `-2` is a value, not text. `null`/`undefined` become an empty field.
 *
 * @example
 * csvField('say "no", twice'); //=> '"say ""no"", twice"'
 * csvField('=1+1'); //=> "'=1+1"
 * csvField(-2); //=> '-2'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: a header row, then one row per record, each line ended by CRLF (RFC 4180).
 *
 * @example
 * csvDocument(['party', 'stance'], [['ukraine', 'demands']]); //=> 'party,stance\r\nukraine,demands\r\n'
 */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly (string | number | boolean | null | undefined)[]>,
): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
