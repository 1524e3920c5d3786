/**
 * How every property test runs: `fc.assert` with the test's fixed seed, and, under `CI=true`, once more
 * with a fresh seed, so CI explores new inputs while a local run stays reproducible. A failure names its
 * seed and the command that replays it (`FC_SEED=<seed> npx vitest run <file>`); with `FC_SEED` set, every
 * property runs that seed alone. `FC_RUNS_DIVISOR=<n>` (set by vitest.mutation.config.ts only) runs the first
 * `1/n` of each property's runs.
 */
import { randomInt } from 'node:crypto';
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/** fast-check's number of runs when neither the test nor the global configuration sets one. */
const DEFAULT_RUNS = 100;

/** fast-check parameters with the fixed seed a property test must have. */
export type PropertyParams<Ts> = fc.Parameters<Ts> & { readonly seed: number };

/** The seeds to run: `FC_SEED` alone when set, else the fixed one, then a fresh one under CI. */
function seedsOf(fixed: number): Array<{ seed: number; fresh: boolean }> {
  const replay = process.env['FC_SEED'];
  if (replay !== undefined && replay !== '') {
    const seed = Number(replay);
    if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(replay)}`);
    return [{ seed, fresh: false }];
  }
  const seeds = [{ seed: fixed, fresh: false }];
  if (process.env['CI'] === 'true') seeds.push({ seed: randomInt(2 ** 31 - 1), fresh: true });
  return seeds;
}

/**
 * The divisor of every property's runs: `FC_RUNS_DIVISOR`, else 1. A mutation run sets it because a
 * surviving mutant runs every property that reaches it; with its seed fixed, a property then runs the
 * first runs of the very sequence it runs in full, so a mutant killed there is killed by the full suite.
 */
function runsDivisor(): number {
  const text = process.env['FC_RUNS_DIVISOR'];
  if (text === undefined || text === '') return 1;
  const divisor = Number(text);
  if (!Number.isInteger(divisor) || divisor < 1) {
    throw new Error(`FC_RUNS_DIVISOR must be a whole number of at least 1, got ${JSON.stringify(text)}`);
  }
  return divisor;
}

/**
 * How many runs each seed of a property given `numRuns` makes: `numRuns`, divided by `FC_RUNS_DIVISOR`
 * under a mutation run. A test that asserts a floor on what its runs exercised scales the floor by it.
 *
 * @example
 * runsOf(80); //=> 80, or 20 with FC_RUNS_DIVISOR=4
 */
export function runsOf(numRuns: number): number {
  return Math.ceil(numRuns / runsDivisor());
}

/**
 * The shell command that replays `seed` for the current test file.
 *
 * @example
 * replayCommand(123); //=> 'FC_SEED=123 npx vitest run test/core/model.test.ts'
 */
export function replayCommand(seed: number): string {
  const path = expect.getState().testPath;
  return `FC_SEED=${seed} npx vitest run ${path === undefined ? '' : relative(process.cwd(), path)}`.trimEnd();
}

function explained(error: unknown, seed: number, fresh: boolean): Error {
  const test = expect.getState().currentTestName ?? 'a property test';
  const message = error instanceof Error ? error.message : String(error);
  return new Error(
    `${test}: failed with ${fresh ? 'the fresh' : 'its'} seed ${seed}; replay it with\n  ${replayCommand(seed)}\n\n${message}`,
    { cause: error },
  );
}

/** Runs a property over its seeds (see the module comment); throws on the first failing seed. */
export function checkProperty<Ts>(property: fc.IProperty<Ts>, params: PropertyParams<Ts>): void;
/** Runs an async property over its seeds (see the module comment); rejects on the first failing seed. */
export function checkProperty<Ts>(property: fc.IAsyncProperty<Ts>, params: PropertyParams<Ts>): Promise<void>;
export function checkProperty<Ts>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params: PropertyParams<Ts>,
): void | Promise<void> {
  const seeds = seedsOf(params.seed);
  const divisor = runsDivisor();
  const numRuns = runsOf(params.numRuns ?? fc.readConfigureGlobal().numRuns ?? DEFAULT_RUNS);
  // A replay path belongs to the fixed seed: drop it for any other. A fresh seed's failure is reported
  // unshrunk, at once (shrinking a large counterexample can outlast the test's timeout and lose the seed):
  // its replay command shrinks it locally.
  const paramsFor = (seed: number, fresh: boolean): fc.Parameters<Ts> => {
    const { path, ...all } = params;
    const rest = divisor === 1 ? all : { ...all, numRuns };
    if (fresh) return { ...rest, seed, endOnFailure: true };
    return seed === params.seed && path !== undefined ? { ...rest, seed, path } : { ...rest, seed };
  };
  if (property.isAsync()) {
    const asyncProperty = property as fc.IAsyncProperty<Ts>;
    return (async () => {
      for (const { seed, fresh } of seeds) {
        try {
          await fc.assert(asyncProperty, paramsFor(seed, fresh));
        } catch (error) {
          throw explained(error, seed, fresh);
        }
      }
    })();
  }
  for (const { seed, fresh } of seeds) {
    try {
      fc.assert(property as fc.IProperty<Ts>, paramsFor(seed, fresh));
    } catch (error) {
      throw explained(error, seed, fresh);
    }
  }
}
