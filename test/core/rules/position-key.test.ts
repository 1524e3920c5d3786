// A position (docs/design.md §3.5): a stance and its terms; the same position when both are equal.
import fc from 'fast-check';
import { checkProperty } from '../../support/property.js';
import { describe, expect, it } from 'vitest';
import type { Terms } from '../../../src/index.js';
import { positionKey, samePosition, STANCES, termsKey, type Stance } from '../../../src/rules/index.js';

const params = { seed: 3505, numRuns: 500 };

// Terms with few keys and values, written in either key order, so equal terms often meet.
const termsArb = fc.option(
  fc
    .record(
      { durationYears: fc.constantFrom(10, 15), format: fc.constantFrom('coalition', 'bilateral') },
      { requiredKeys: [] },
    )
    .chain((terms) =>
      fc.boolean().map((reversed) => (reversed ? Object.fromEntries(Object.entries(terms).reverse()) : terms)),
    ),
  { nil: undefined },
);
const positionArb = fc.record(
  { stance: fc.constantFrom(...STANCES), terms: termsArb },
  { requiredKeys: ['stance', 'terms'] },
);

describe('positions', () => {
  it('key a stance and its canonical terms, as stores persist them', () => {
    expect(positionKey('demands', undefined)).toBe('demands|');
    expect(positionKey('demands', {})).toBe('demands|{}');
    expect(positionKey('supports', { format: 'coalition', durationYears: 15 })).toBe(
      'supports|{"durationYears":15,"format":"coalition"}',
    );
    expect(termsKey(undefined)).toBe('');
  });

  it('hold no terms and empty terms apart', () => {
    expect(samePosition({ stance: 'demands' }, { stance: 'demands', terms: {} })).toBe(false);
  });

  it('hold equal terms written in another key order together', () => {
    expect(
      samePosition(
        { stance: 'rejects', terms: { durationYears: 10, format: 'bilateral' } },
        { stance: 'rejects', terms: { format: 'bilateral', durationYears: 10 } },
      ),
    ).toBe(true);
  });

  it(`are the same exactly when their keys are equal (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(positionArb, positionArb, (a, b) => {
        const key = (p: { stance: Stance; terms: Terms | undefined }) => positionKey(p.stance, p.terms);
        expect(samePosition(a, b)).toBe(key(a) === key(b));
        expect(samePosition(a, b)).toBe(samePosition(b, a));
        const sameTerms =
          a.terms === undefined || b.terms === undefined
            ? a.terms === b.terms
            : JSON.stringify(Object.entries(a.terms).sort()) === JSON.stringify(Object.entries(b.terms).sort());
        expect(samePosition(a, b)).toBe(a.stance === b.stance && sameTerms);
      }),
      params,
    );
  });
});
