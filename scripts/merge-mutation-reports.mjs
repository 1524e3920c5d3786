// Merges StrykerJS incremental files (mutation-testing-report-schema) of runs over different parts of the
// mutation scope into one, so that `npm run mutation` reuses every part's results (docs/testing.md,
// "Mutation testing"). Usage, from the repository root:
//   node scripts/merge-mutation-reports.mjs [--same=TEST_FILE ...] OUT IN1 IN2 ...
// An input is an incremental file, or the folder of Stryker's `event-recorder` reporter: a run stopped
// before its end writes no report, but that reporter has written each mutant's result as it came, so the
// mutants tested so far are kept (the others are missing from the output, not counted).
// Later inputs win for a source file that several hold. Test ids are only unique within one report, so
// tests are renumbered and each mutant's `coveredBy` and `killedBy` rewritten. A test file whose stored
// source differs from the file on disk is dropped with its tests: the vitest runner reports no test
// locations, so Stryker's differ would count every test of a changed file as removed anyway, and the
// mutants those tests killed or covered are then tested again. `--same=TEST_FILE` keeps the tests of a
// changed test file all the same: for a change that cannot alter any of its tests' verdicts (a fixture
// moved to a shared module, a floor scaled by `runsOf`, which is the identity outside a mutation run).
// docs/testing.md lists every file a published score was merged with under `--same`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const same = new Set(args.filter((a) => a.startsWith('--same=')).map((a) => a.slice('--same='.length)));
const [out, ...inputs] = args.filter((a) => !a.startsWith('--same='));
if (!out || inputs.length === 0) {
  console.error('usage: node scripts/merge-mutation-reports.mjs [--same=TEST_FILE ...] OUT IN1 IN2 ...');
  process.exit(2);
}
const current = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
/** A report of what an event-recorder folder holds: the dry run's tests and every mutant result recorded. */
function fromEvents(dir) {
  const names = readdirSync(dir).sort();
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const dryRun = names.find((n) => n.endsWith('-onDryRunCompleted.json'));
  const tests = dryRun === undefined ? [] : read(dryRun).result.tests;
  const testFiles = {};
  for (const test of tests) {
    const file = relative(process.cwd(), test.fileName);
    (testFiles[file] ??= { source: current(file), tests: [] }).tests.push({ id: test.id, name: test.name });
  }
  const files = {};
  for (const name of names.filter((n) => n.endsWith('-onMutantTested.json'))) {
    const { fileName, ...mutant } = read(name);
    const file = relative(process.cwd(), fileName);
    (files[file] ??= { language: 'typescript', source: current(file), mutants: [] }).mutants.push(mutant);
  }
  return { schemaVersion: '1.0', thresholds: { high: 80, low: 60, break: null }, files, testFiles };
}
const reports = inputs.map((input) =>
  statSync(input).isDirectory() ? fromEvents(input) : JSON.parse(readFileSync(input, 'utf8')),
);
const merged = { ...reports[0], files: {}, testFiles: {} };
const newIdByKey = new Map();
const testsByFile = new Map();
let dropped = 0;
for (const report of reports) {
  const keyById = new Map();
  for (const [file, { source, tests }] of Object.entries(report.testFiles ?? {})) {
    if (source !== current(file) && !same.has(file)) {
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
