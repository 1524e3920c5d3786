// Where the sides diverge on a date, and which pairs of parties agree most.
//   node examples/divergence-and-alignment.mjs [DATE]      (default 2026-01-06)
// Only states and blocs count (not the aid organisation), each with its own statements.
import { readDataset } from 'positions-ledger/dataset';

const at = process.argv[2] ?? '2026-01-06';
const { ledger } = await readDataset();

// Per issue: `contested` = someone is for and someone against; `consensus` = two or more, all on
// one side; `open` = the rest. `spread` = highest minus lowest stance value (+2 demands … −2 rejects).
const issues = ledger.divergence(at);
const contested = issues
  .filter((d) => d.verdict === 'contested')
  .sort((a, b) => b.spread - a.spread || (a.issue < b.issue ? -1 : 1));
console.log(`On ${at}, ${contested.length} of ${issues.length} issues are contested:\n`);
for (const d of contested) {
  const stances = Object.entries(d.stances)
    .map(([party, stance]) => `${party} ${stance}`)
    .join(', ');
  console.log(`  ${d.issue} (spread ${d.spread}): ${stances}`);
}
const consensus = issues.filter((d) => d.verdict === 'consensus').map((d) => d.issue);
console.log(`\nConsensus (${consensus.length}): ${consensus.join(', ')}`);

// Pairs of parties: on how many shared issues they stand on the same side, or on opposite sides.
const pairs = [...ledger.alignment(at)]
  .filter((p) => p.agree.length + p.disagree.length > 0)
  .sort(
    (a, b) =>
      b.agree.length - a.agree.length ||
      a.disagree.length - b.disagree.length ||
      (a.parties.join() < b.parties.join() ? -1 : 1),
  );
console.log('\nPairs that agree most (agree / disagree / neither, over the issues both have a stance on):\n');
for (const p of pairs.slice(0, 6)) {
  console.log(`  ${p.parties.join(' + ').padEnd(32)} ${p.agree.length} / ${p.disagree.length} / ${p.other.length}`);
}
const opposed = [...pairs].sort((a, b) => b.disagree.length - a.disagree.length)[0];
if (opposed) console.log(`\nMost opposed: ${opposed.parties.join(' + ')}, on ${opposed.disagree.join(', ')}`);
