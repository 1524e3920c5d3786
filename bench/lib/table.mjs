// Judging rows against their targets and printing them as one table.

/**
 * Adds `ratio` (library ÷ baseline), `speedup` (baseline ÷ library) and `met` to a row, from its `rule`:
 * `ratio<=2`, `ratio<1`, `speedup>=1000`, `value<=0.005`, or `none`.
 *
 * @param {Record<string, any>} row
 * @example
 * judge({ value: 2, baselineValue: 1, rule: 'ratio<=2' }).met; //=> true
 */
export function judge(row) {
  const judged = { unit: 'ms', ...row };
  if (typeof row.value === 'number' && typeof row.baselineValue === 'number') {
    judged.ratio = row.value / row.baselineValue;
    judged.speedup = row.baselineValue / row.value;
  }
  const match = /^(ratio|speedup|value)(<=|<|>=)([\d.]+)$/.exec(row.rule ?? '');
  if (match && typeof judged[match[1]] === 'number') {
    const [, field, op, limit] = match;
    const x = judged[field];
    judged.met = op === '<=' ? x <= Number(limit) : op === '<' ? x < Number(limit) : x >= Number(limit);
  } else judged.met = null;
  return judged;
}

/**
 * A duration or size for people: µs below a millisecond, s above ten seconds.
 *
 * @example
 * formatValue(0.0042, 'ms'); //=> '4.2 µs'
 */
export function formatValue(value, unit = 'ms') {
  if (typeof value !== 'number') return '—';
  if (unit !== 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ${unit}`;
  if (value < 1) return `${(value * 1000).toPrecision(3)} µs`;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

function formatRatio(row) {
  if (typeof row.ratio !== 'number') return '—';
  return row.ratio >= 1 ? `${row.ratio.toPrecision(3)}× slower` : `${row.speedup.toPrecision(3)}× faster`;
}

const escapeCell = (text) => String(text ?? '').replaceAll('|', '\\|');

/**
 * The rows as one Markdown table.
 *
 * @param {Record<string, any>[]} rows judged rows
 * @example
 * console.log(markdownTable(rows));
 */
export function markdownTable(rows) {
  const out = [
    '| figure | library | result | baseline | baseline result | library vs baseline | target | met |',
    '|---|---|---:|---|---:|---:|---|:-:|',
  ];
  for (const row of rows) {
    const met = row.met === true ? '✅' : row.met === false ? '❌' : '—';
    const result = row.error ? `not measured: ${row.error}` : formatValue(row.value, row.unit);
    out.push(
      `| ${escapeCell(row.figure)} | ${escapeCell(row.measure)}${row.note ? ` (${escapeCell(row.note)})` : ''} | ${escapeCell(result)} | ${escapeCell(row.baseline ?? '—')} | ${formatValue(row.baselineValue, row.unit)} | ${formatRatio(row)} | ${escapeCell(row.target)} | ${met} |`,
    );
  }
  return out.join('\n');
}
