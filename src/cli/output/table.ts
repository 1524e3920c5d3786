/**
 * One column of a table: its header and how to style its (already padded) cells.
 *
 * @example
 * const column: TableColumn = { header: 'spread', right: true };
 */
export interface TableColumn {
  /** The header, printed in capitals. */
  readonly header: string;
  /** Styles a cell's text; padding is computed on the plain text, so colour never breaks alignment. */
  readonly paint?: (text: string) => string;
  /** Right-align (numbers). */
  readonly right?: boolean;
  /** Leave the column out when every row's cell is empty. */
  readonly optional?: boolean;
}

/**
 * Aligned columns of plain text: a header row, then one line per row; the last column is not padded.
 * `details[i]`, when given, are lines of free text printed under row `i`, indented by two spaces (what
 * was said, too long for a column); they take no part in the alignment.
 *
 * @example
 * renderTable([{ header: 'party' }, { header: 'stance' }], [['ukraine', 'demands']]);
 * //=> 'PARTY    STANCE\nukraine  demands\n'
 * renderTable([{ header: 'party' }], [['ukraine']], [['summary: Kyiv wants guarantees.']]);
 * //=> 'PARTY\nukraine\n  summary: Kyiv wants guarantees.\n'
 */
export function renderTable(
  allColumns: readonly TableColumn[],
  allRows: readonly (readonly string[])[],
  details: readonly (readonly string[] | undefined)[] = [],
): string {
  const kept = allColumns.map((column, i) => !column.optional || allRows.some((row) => (row[i] ?? '') !== ''));
  const columns = allColumns.filter((_, i) => kept[i]);
  const rows = allRows.map((row) => row.filter((_, i) => kept[i]));
  // A loop, not Math.max(...rows): a panel's table can have hundreds of thousands of rows.
  const widths = columns.map((column, i) => {
    let widest = column.header.length;
    for (const row of rows) widest = Math.max(widest, width(row[i] ?? ''));
    return widest;
  });
  const line = (cells: readonly string[], header: boolean) =>
    columns
      .map((column, i) => {
        const text = cells[i] ?? '';
        const last = i === columns.length - 1;
        const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(text)));
        const padded = column.right ? gap + text : last ? text : text + gap;
        return header || column.paint === undefined ? padded : padded.replace(text, column.paint(text));
      })
      .join('  ')
      .trimEnd();
  return `${[
    line(
      columns.map((c) => c.header.toUpperCase()),
      true,
    ),
    ...rows.flatMap((row, i) => [line(row, false), ...(details[i] ?? []).map((text) => `  ${text}`)]),
  ].join('\n')}\n`;
}

// Code points, not UTF-16 units, so the odd non-ASCII name still lines up.
function width(text: string): number {
  return [...text].length;
}
