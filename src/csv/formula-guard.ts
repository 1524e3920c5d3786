// Spreadsheets read a cell that starts with `=`, `+`, `-` or `@` as a formula (and some strip a leading
// tab or carriage return first), so text from the data can run as one when a CSV is opened ("CSV
// injection"). The usual guard is a leading apostrophe, which spreadsheets show as text. A cell that
// already starts with apostrophes before such a character gets one more, so the guard can always be
// taken off again: `unguardFormula(guardFormula(text)) === text` for every text.

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Text made safe for a spreadsheet cell: a leading `'` when it starts (after any apostrophes) with `=`,
 * `+`, `-`, `@`, a tab or a carriage return; otherwise unchanged.
 *
 * @example
 * guardFormula('=HYPERLINK("http://x")'); //=> `'=HYPERLINK("http://x")`
 * guardFormula('-2 only if asked'); //=> "'-2 only if asked"
 * guardFormula('plain'); //=> 'plain'
 */
export function guardFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/**
 * The text a guarded cell stands for: one leading `'` taken off when apostrophes are followed by `=`,
 * `+`, `-`, `@`, a tab or a carriage return; any other cell unchanged.
 *
 * @example
 * unguardFormula("'=1+1"); //=> '=1+1'
 * unguardFormula("''=1+1"); //=> "'=1+1"
 * unguardFormula("'tis"); //=> "'tis"
 */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
