/**
 * How every property test runs: `fc.assert` with the test's fixed seed, and, under `CI=true`, once more
 * with a fresh seed, so CI explores new inputs while a local run stays reproducible. A failure names its
 * seed and the command that replays it (`FC_SEED=<seed> npx vitest run <file>`); with `FC_SEED` set, every
 * property runs that seed alone.
 */
import { randomInt } from 'node:crypto';
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

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
  // A replay path belongs to the fixed seed: drop it for any other. A fresh seed's failure is reported
  // unshrunk, at once (shrinking a large counterexample can outlast the test's timeout and lose the seed):
  // its replay command shrinks it locally.
  const paramsFor = (seed: number, fresh: boolean): fc.Parameters<Ts> => {
    const { path, ...rest } = params;
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
