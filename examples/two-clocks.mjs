// Two clocks: what the public record held on one date about an earlier (or the same) date,
// against what we know about that date now.
//   node examples/two-clocks.mjs [AT] [KNOWN_AT]        (default: 2025-12-31 as known on 2025-12-29)
// AT is the date the positions are about (valid time); KNOWN_AT is the day whose record we read
// (knowledge time): only reports published by the end of that day count.
import { readDataset } from 'positions-ledger/dataset';

const [at = '2025-12-31', knownAt = '2025-12-29'] = process.argv.slice(2);
const { ledger, documents } = await readDataset();
const published = new Map(documents.map((d) => [d.id, d.publishedAt]));

const then = ledger.at(at, { knownAt }); // the record as it stood on KNOWN_AT
const now = ledger.at(at); // everything recorded since
console.log(`Positions on ${at}: ${then.cells().length} on record on ${knownAt}, ${now.cells().length} on record now.`);

const show = (cell) =>
  `${cell.stance}${cell.tentative ? '?' : ''}${cell.terms ? ` ${JSON.stringify(cell.terms)}` : ''}`;
// The report that brought today's answer: the winning statement's first source.
const origin = (cell) => `${cell.evidence[0].document}, published ~${published.get(cell.evidence[0].document)}`;
const changed = [],
  unknownThen = [],
  reaffirmed = [];
for (const cell of now.cells()) {
  const old = then.cell(cell.party, cell.issue);
  if (old === undefined) unknownThen.push(`  ${cell.party} / ${cell.issue}: ${show(cell)}  (${origin(cell)})`);
  else if (show(old) !== show(cell))
    changed.push(`  ${cell.party} / ${cell.issue}: ${show(old)} -> ${show(cell)}  (${origin(cell)})`);
  else if (old.statement !== cell.statement) reaffirmed.push(`${cell.party} / ${cell.issue}`);
}
console.log(`\nRead differently now (${changed.length}):\n${changed.join('\n')}`);
console.log(`\nNot yet on record on ${knownAt} (${unknownThen.length}):\n${unknownThen.join('\n')}`);
console.log(`\nSame stance, repeated in a later report (${reaffirmed.length}): ${reaffirmed.join(', ')}`);
console.log("\n?  the statement's date range ends after the date asked: it may not have been made yet then");
