// Merges StrykerJS incremental files (mutation-testing-report-schema) of runs over different parts of the
// mutation scope into one, so that `npm run mutation` reuses every part's results (docs/testing.md,
// "Mutation testing"). Usage, from the repository root:
//   node scripts/merge-mutation-reports.mjs OUT IN1 IN2 ...
// Later inputs win for a source file that several hold. Test ids are only unique within one report, so
// tests are renumbered and each mutant's `coveredBy` and `killedBy` rewritten. A test file whose stored
// source differs from the file on disk is dropped with its tests: the vitest runner reports no test
// locations, so Stryker's differ would count every test of a changed file as removed anyway, and the
// mutants those tests killed or covered are then tested again.
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: node scripts/merge-mutation-reports.mjs OUT IN1 IN2 ...');
  process.exit(2);
}
const current = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
const reports = inputs.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const merged = { ...reports[0], files: {}, testFiles: {} };
const newIdByKey = new Map();
const testsByFile = new Map();
let dropped = 0;
for (const report of reports) {
  const keyById = new Map();
  for (const [file, { source, tests }] of Object.entries(report.testFiles ?? {})) {
    if (source !== current(file)) {
      dropped += tests.length;
      continue;
    }
    const kept = testsByFile.get(file) ?? new Map();
    testsByFile.set(file, kept);
    for (const test of tests) {
      const key = `${file}\n${test.name}`;
      keyById.set(test.id, key);
      if (!newIdByKey.has(key)) newIdByKey.set(key, String(newIdByKey.size));
      kept.set(key, { ...test, id: newIdByKey.get(key) });
    }
  }
  const remap = (ids) => (ids ?? []).map((id) => newIdByKey.get(keyById.get(id))).filter((id) => id !== undefined);
  for (const [file, entry] of Object.entries(report.files)) {
    merged.files[file] = {
      ...entry,
      mutants: entry.mutants.map((m) => ({ ...m, coveredBy: remap(m.coveredBy), killedBy: remap(m.killedBy) })),
    };
  }
}
for (const [file, kept] of testsByFile) merged.testFiles[file] = { source: current(file), tests: [...kept.values()] };
writeFileSync(out, JSON.stringify(merged, null, 2));
const mutants = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
console.log(
  `${out}: ${Object.keys(merged.files).length} files, ${mutants} mutants, ${newIdByKey.size} tests (${dropped} dropped from changed test files)`,
);
