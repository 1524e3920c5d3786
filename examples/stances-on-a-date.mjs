// Each side's stance on every issue on one date, as a table grouped by topic.
//   node examples/stances-on-a-date.mjs [DATE]        (default 2026-01-06, the Paris talks)
// A date may be a day (2025-12-31), a month (2025-12, meaning "by the end of December") or a year.
import { readDataset } from 'positions-ledger/dataset';

const at = process.argv[2] ?? '2026-01-06';
const { ledger, vocabulary } = await readDataset(); // the bundled dataset: 5 articles, 2025 talks
const snapshot = ledger.at(at); // every known (party, issue) cell on that date

// Short column labels; a party without one uses its name.
const LABEL = {
  'united-states': 'US',
  'united-kingdom': 'UK',
  'european-allies': 'Europe',
  'hope-for-ukraine': 'HopeForUA',
};
// Only the parties with at least one known stance on that date get a column.
const parties = vocabulary.parties.filter((p) => snapshot.row(p.id).length > 0);
const widthOf = (texts) => Math.max(...texts.map((t) => t.length));
const issueWidth = widthOf(vocabulary.issues.map((i) => i.title));

// A cell: the stance; '?' when the statement's date range ends after `at` (it may not have been made yet);
// '·' when nothing is known (unknown is not the same as neutral).
const text = (cell) => (cell ? cell.stance + (cell.tentative ? '?' : '') : '·');
const columns = parties.map((p) => ({ id: p.id, label: LABEL[p.id] ?? p.name }));
const colWidth = Math.max(9, widthOf(columns.map((c) => c.label)));
const line = (first, cells) => [first.padEnd(issueWidth), ...cells.map((c) => c.padEnd(colWidth))].join('  ').trimEnd();

console.log(`Stances on ${at} (everything recorded so far)\n`);
console.log(
  line(
    '',
    columns.map((c) => c.label),
  ),
);
const terms = [];
for (const topic of [...new Set(vocabulary.issues.map((i) => i.topic))]) {
  console.log(`\n[${topic}]`);
  for (const issue of vocabulary.issues.filter((i) => i.topic === topic)) {
    const cells = columns.map((c) => snapshot.cell(c.id, issue.id));
    console.log(line(issue.title, cells.map(text)));
    // Quantities (e.g. how many years of guarantees) are listed under the table.
    for (const cell of cells)
      if (cell?.terms) terms.push(`${cell.party} on ${cell.issue}: ${JSON.stringify(cell.terms)}`);
  }
}
if (terms.length > 0) console.log(`\nTerms:\n${terms.map((t) => `  ${t}`).join('\n')}`);
console.log(`\n?  the statement's date range ends after ${at}: it may not have been made yet on that date`);
console.log('·  no known position');
