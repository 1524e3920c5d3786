// The order of ids (docs/design.md §1.5): JavaScript `<`, which for the id alphabet is byte order.
import fc from 'fast-check';
import { checkProperty } from '../../support/property.js';
import { describe, expect, it } from 'vitest';
import { compareIds, ID_COLLATION } from '../../../src/rules/index.js';

const params = { seed: 1501, numRuns: 500 };
const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,12}$/);
const sign = (n: number) => Math.sign(n);

describe('id order', () => {
  it(`is byte order of the UTF-8 text for ids (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(idArb, idArb, (a, b) => {
        expect(sign(compareIds(a, b))).toBe(sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
      params,
    );
  });

  it('puts digits before upper case before lower case, and a prefix first', () => {
    expect(['b', 'B', '9', 'a-1', 'a', 'A.'].sort(compareIds)).toEqual(['9', 'A.', 'B', 'a', 'a-1', 'b']);
  });

  it('orders integer ranks as numbers', () => {
    expect([3, 10, 2].sort(compareIds)).toEqual([2, 3, 10]);
    expect(compareIds(7, 7)).toBe(0);
  });

  it('names the collation that makes PostgreSQL compare ids as bytes', () => {
    expect(ID_COLLATION).toBe('COLLATE "C"');
  });
});
