import { defineConfig } from 'vitest/config';

/**
 * The suites `npm run mutation` (StrykerJS, stryker.config.json) runs against each mutant: those that
 * import src/ directly and answer in-process. The `dist` project, the CLI and example suites that spawn
 * the built bundle, and the store suites that need PostgreSQL cannot see a mutant of src/, so they are
 * left out; docs/testing.md lists what is run and why.
 */
export default defineConfig({
  test: {
    // Stryker's instrumented code runs slower than the plain suite (vitest.config.ts).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    setupFiles: ['test/support/mutation-setup.ts'],
    // Every property runs the first quarter of its runs (test/support/property.ts): a mutant that survives
    // runs every property that reaches it, and most of the run's time is theirs. A mutant killed so is
    // killed by the full suite; one that survives may not survive it, so the score is a lower bound.
    env: { FC_RUNS_DIVISOR: '4' },
    // One module graph for every test file of a mutant's run: Stryker switches mutants at run time, so the
    // modules need not be loaded again per file. The whole suite takes 13 s this way against 33 s.
    isolate: false,
    // The suites that fold, query and read time, and the two that pin every refusal of src/time whole
    // (time-errors, time-refusals). Left out: `messages`, which pins the messages of every module but reaches
    // the folds only to build ledgers, so each fold mutant it reached would run it for nothing; the schema,
    // id, upcast and append suites (they exercise no mutated module); and the calendar's day-by-day check
    // over ten thousand years, test/internals/calendar-days.test.ts (minutes under instrumentation, for
    // every calendar mutant; test/internals/calendar.test.ts checks the edges).
    include: [
      'test/core/rules/*.test.ts',
      'test/core/law-*.test.ts',
      'test/core/{edge-cases,evidence-quotes,exact-answers,fold-examples,fuzzy-time,time-patterns,time-patterns-shapes,index-equals-replay,index-search-tree,index-search-tree-patch,knowledge-bound-edges,snapshot-json,stream-fold,stream-fold-cases,stream-fold-growth,model,upcast-read-back,time-errors,time-refusals}.test.ts',
      'test/internals/{calendar,columnar-paths,compared-cells-order,time-fast-path,time-fast-path-near-misses}.test.ts',
      'test/columns/tables.test.ts',
      'test/dataset/questions.test.ts',
      'test/cli/oracle.test.ts',
    ],
  },
});
