// Since (docs/design.md §3.5): the run formulation and the breaker formulation pick the same candidate.
import fc from 'fast-check';
import { checkProperty } from '../../support/property.js';
import { describe, expect, it } from 'vitest';
import { sinceByBreaker, sinceByRun } from '../../../src/rules/index.js';

const params = { seed: 3705, numRuns: 1000 };

interface Candidate {
  readonly order: number;
  readonly position: string;
}
const byOrder = (a: Candidate, b: Candidate) => a.order - b.order;
const same = (a: Candidate, b: Candidate) => a.position === b.position;

// Distinct places in the order (candidates are distinct statements), few positions so runs form and break.
const candidatesArb = fc
  .uniqueArray(fc.nat(60), { maxLength: 14 })
  .chain((orders) =>
    fc.tuple(
      ...orders.map((order) =>
        fc.constantFrom('supports', 'demands', 'demands|{"y":15}').map((position) => ({ order, position })),
      ),
    ),
  );

describe('since', () => {
  it('is the first candidate of the unbroken run that ends with the winner', () => {
    const positions = ['supports', 'demands', 'supports', 'supports', 'supports'];
    const sorted = positions.map((position, order) => ({ order, position }));
    expect(sinceByRun(sorted, same)).toBe(2);
    expect(sinceByRun(sorted.slice(0, 2), same)).toBe(1);
    expect(sinceByRun(sorted.slice(0, 1), same)).toBe(0);
    expect(sinceByRun([], same)).toBe(-1);
    expect(sinceByBreaker([], byOrder, same)).toBe(-1);
  });

  it('reaches back to the first candidate when nothing breaks the run', () => {
    const sorted = [0, 1, 2].map((order) => ({ order, position: 'opposes' }));
    expect(sinceByRun(sorted, same)).toBe(0);
    expect(sinceByBreaker([...sorted].reverse(), byOrder, same)).toBe(2);
  });

  it(`the breaker formulation, over candidates in any order, picks the candidate the run formulation picks (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(
        candidatesArb.chain((candidates) =>
          fc.shuffledSubarray(candidates, { minLength: candidates.length, maxLength: candidates.length }),
        ),
        (shuffled) => {
          const sorted = [...shuffled].sort(byOrder);
          const run = sinceByRun(sorted, same);
          const breaker = sinceByBreaker(shuffled, byOrder, same);
          expect(breaker === -1 ? undefined : shuffled[breaker]).toBe(run === -1 ? undefined : sorted[run]);
        },
      ),
      params,
    );
  });
});
