// The query rules: which parties are compared (docs/design.md §6.4, §6.5), divergence's verdict and spread
// (§6.4), alignment's agreement (§6.5) and diff's notion of a change (§6.3).
import fc from 'fast-check';
import { checkProperty } from '../../support/property.js';
import { describe, expect, it } from 'vitest';
import {
  agreement,
  divergenceVerdict,
  isChange,
  isComparedPair,
  isComparedParty,
  stanceSpread,
} from '../../../src/rules/index.js';

const params = { seed: 3909, numRuns: 500 };
const valueArb = fc.constantFrom(-2, -1, 0, 1, 2);

describe('the parties compared', () => {
  it('are the states and blocs, or everyone without a vocabulary', () => {
    expect(['state', 'bloc', 'organisation', 'commentator'].map((k) => isComparedParty(k as never, true))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(isComparedParty(undefined, false)).toBe(true);
  });

  it('pair anyone but a bloc with its own member', () => {
    const membersOf = (party: string) => (party === 'eu' ? ['france'] : undefined);
    expect(isComparedPair('eu', 'france', membersOf)).toBe(false);
    expect(isComparedPair('france', 'eu', membersOf)).toBe(false);
    expect(isComparedPair('eu', 'ukraine', membersOf)).toBe(true);
    expect(isComparedPair('france', 'ukraine', membersOf)).toBe(true);
  });
});

describe('divergence', () => {
  it('calls an issue contested, a consensus or open as the spec defines them', () => {
    expect(divergenceVerdict([2, -1])).toBe('contested');
    expect(divergenceVerdict([2, 0, -2])).toBe('contested');
    expect(divergenceVerdict([1, 2])).toBe('consensus');
    expect(divergenceVerdict([-1, -2, -1])).toBe('consensus');
    expect(divergenceVerdict([1])).toBe('open');
    expect(divergenceVerdict([1, 0])).toBe('open');
    expect(divergenceVerdict([0, 0])).toBe('open');
  });

  it(`follows the spec's wording on any values (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(fc.array(valueArb, { minLength: 1, maxLength: 6 }), (values) => {
        const someFor = values.some((v) => v > 0);
        const someAgainst = values.some((v) => v < 0);
        const expected =
          someFor && someAgainst
            ? 'contested'
            : values.length >= 2 && (values.every((v) => v > 0) || values.every((v) => v < 0))
              ? 'consensus'
              : 'open';
        expect(divergenceVerdict(values)).toBe(expected);
      }),
      params,
    );
  });

  it('spreads from the lowest value to the highest, 0 for one party', () => {
    expect(stanceSpread([2, -1, 0])).toBe(3);
    expect(stanceSpread([-2])).toBe(0);
  });
});

describe('alignment', () => {
  it('agrees when both are for or both against, disagrees when opposed, and is other with a neutral', () => {
    const table: Array<[number, number, string]> = [
      [2, 1, 'agree'],
      [-1, -2, 'agree'],
      [1, -1, 'disagree'],
      [-2, 2, 'disagree'],
      [0, 2, 'other'],
      [-1, 0, 'other'],
      [0, 0, 'other'],
    ];
    for (const [a, b, expected] of table) expect(agreement(a, b), `${a}, ${b}`).toBe(expected);
  });

  it('is symmetric', () => {
    checkProperty(
      fc.property(valueArb, valueArb, (a, b) => {
        expect(agreement(a, b)).toBe(agreement(b, a));
      }),
      params,
    );
  });
});

describe('diff', () => {
  it('sees a cell that appears or disappears as a change', () => {
    expect(isChange(null, { stance: 'supports' })).toBe(true);
    expect(isChange({ stance: 'supports' }, null)).toBe(true);
    expect(isChange(null, null)).toBe(false);
  });

  it('sees another stance or other terms as a change, and a reaffirmation as none', () => {
    expect(isChange({ stance: 'supports' }, { stance: 'demands' })).toBe(true);
    expect(isChange({ stance: 'demands', terms: { y: 10 } }, { stance: 'demands', terms: { y: 15 } })).toBe(true);
    expect(isChange({ stance: 'demands' }, { stance: 'demands', terms: {} })).toBe(true);
    expect(isChange({ stance: 'demands', terms: { a: 1, b: 2 } }, { stance: 'demands', terms: { b: 2, a: 1 } })).toBe(
      false,
    );
  });
});
