// Lists the mutants that survived (or that no test reached) in a StrykerJS JSON report whose line has no
// row in docs/testing.md's table of surviving mutants, so that a new run's survivors are not left
// unexplained. Usage, from the repository root:
//   node scripts/unexplained-survivors.mjs [REPORT] [DOC]
// REPORT defaults to reports/mutation/mutation.json, DOC to docs/testing.md. A row names its lines in its
// first cell as `dir/file.ts:12`, `:14` (a later file name starts a new list). A line counts as explained
// once any row names it: read the mutants this prints, and those of a line that changed, by hand.
// Exits 1 when something is unexplained.
import { readFileSync } from 'node:fs';

const [report = 'reports/mutation/mutation.json', doc = 'docs/testing.md'] = process.argv.slice(2);
const explained = new Set();
for (const line of readFileSync(doc, 'utf8').split('\n')) {
  if (!line.startsWith('| `')) continue;
  let file;
  for (const match of line.split('|')[1].matchAll(/`([\w-]+\/[\w-]+\.ts)(?::(\d+))?`|`:(\d+)`/g)) {
    if (match[1] !== undefined) file = match[1];
    const at = match[2] ?? match[3];
    if (file !== undefined && at !== undefined) explained.add(`${file}:${at}`);
  }
}
const unexplained = new Map();
for (const [path, { mutants }] of Object.entries(JSON.parse(readFileSync(report, 'utf8')).files)) {
  for (const mutant of mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const key = `${path.replace(/^src\//, '')}:${mutant.location.start.line}`;
    if (explained.has(key)) continue;
    const list = unexplained.get(key) ?? [];
    list.push(`${mutant.status} ${mutant.mutatorName} ${JSON.stringify(mutant.replacement ?? '')}`);
    unexplained.set(key, list);
  }
}
for (const [key, list] of [...unexplained].sort()) console.log(`${key}\n  ${list.join('\n  ')}`);
console.log(`${unexplained.size} line(s) with a surviving mutant and no row in ${doc}`);
process.exitCode = unexplained.size > 0 ? 1 : 0;
