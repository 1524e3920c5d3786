// When and how one side's position on one issue changed, with the reports behind each change.
//   node examples/when-did-it-change.mjs [PARTY] [ISSUE]     (default: ukraine security-guarantees)
import { readDataset } from 'positions-ledger/dataset';

const [party = 'ukraine', issue = 'security-guarantees'] = process.argv.slice(2);
const { ledger, vocabulary, documents } = await readDataset();
const title = new Map(documents.map((d) => [d.id, `${d.title} (published ~${d.publishedAt})`]));

// The timeline is the list of runs of an unchanged stance (and terms), oldest first.
// A statement that only repeats the position extends its run; it is not a change.
const { changes } = ledger.timeline(party, issue);
console.log(
  `${vocabulary.party(party)?.name ?? party} on "${vocabulary.issue(issue)?.title ?? issue}": ${changes.length} position(s)\n`,
);

for (const change of changes) {
  const terms = change.terms ? ` ${JSON.stringify(change.terms)}` : '';
  console.log(`since ${change.since}: ${change.stance}${terms}`);
  // Each statement that holds this position, with what it said...
  for (const id of change.statements) {
    const statement = ledger.get(id);
    console.log(`  ${id} (stated ${statement.statedAt}, ${statement.attribution}): ${statement.summary}`);
  }
  // ...and every report of it: the statements' sources and any later corroborations.
  for (const e of change.evidence) {
    const quote = e.quote ? ` — "${e.quote}"` : '';
    console.log(`    source ${e.document}: ${title.get(e.document) ?? ''}${quote}`);
  }
}
if (changes.length === 0) console.log('No statement on record for this party and issue.');
