// A projection of your own: how many issues each party holds a red line on (demands or rejects),
// on several dates. The reducer mutates an immer draft; the ledger hands back a frozen result.
//   node examples/red-lines-projection.mjs [DATE …]
import { defineProjection } from 'positions-ledger';
import { readDataset } from 'positions-ledger/dataset';

const dates =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['2025-03-31', '2025-04-30', '2025-12-07', '2025-12-31', '2026-01-06'];
const { ledger, vocabulary } = await readDataset();

// The ledger feeds statements in its fold order (by when they were stated), so the last one seen for
// a (party, issue) is that party's current position, as in ledger.at(date).
const redLines = defineProjection({
  initial: { latest: {} }, // latest[party][issue] = stance
  reduce(draft, statement) {
    for (const party of statement.parties) {
      draft.latest[party] ??= {};
      draft.latest[party][statement.issue] = statement.stance;
    }
  },
});

// Count, per party, the issues whose latest stance is a red line.
const count = (latest) =>
  Object.fromEntries(
    Object.entries(latest).map(([party, byIssue]) => [
      party,
      Object.values(byIssue).filter((s) => s === 'demands' || s === 'rejects').length,
    ]),
  );
// `at` limits the fold to statements made by then; `knownAt` could also limit it to what was reported by then.
const counts = dates.map((at) => count(ledger.project(redLines, { at }).latest));

console.log('Issues on which each party holds a red line (demands or rejects)\n');
console.log(['party'.padEnd(18), ...dates.map((d) => d.padStart(10))].join(' '));
for (const { id } of vocabulary.parties) {
  console.log([id.padEnd(18), ...counts.map((c) => String(c[id] ?? 0).padStart(10))].join(' '));
}
