// The candidate order (docs/design.md §3.3): start(statedAt), end(statedAt), recordedAt, id in byte order.
import fc from 'fast-check';
import { checkProperty } from '../../support/property.js';
import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_ORDER,
  candidateFloorSql,
  candidateIndexSql,
  candidateOrderSql,
  candidateRowSql,
  compareCandidates,
  compareIds,
  compareStatedAt,
  type CandidateKey,
} from '../../../src/rules/index.js';

const params = { seed: 3303, numRuns: 1000 };

// Few distinct values, so that every key often ties and the next one decides.
const keyArb: fc.Arbitrary<CandidateKey> = fc.record({
  start: fc.constantFrom(0, 1000, 2000),
  end: fc.constantFrom(3000, 4000),
  recordedAt: fc.constantFrom(500, 600),
  id: fc.constantFrom('a', 'B', 'a.1', 'b'),
});

/** The order read off the list of keys, one key after another: the definition the comparator must follow. */
function byTheList(a: CandidateKey, b: CandidateKey): number {
  for (const { key } of CANDIDATE_ORDER) {
    if (a[key] < b[key]) return -1;
    if (a[key] > b[key]) return 1;
  }
  return 0;
}

describe('the candidate order', () => {
  it('is defined by four keys, most significant first', () => {
    expect(CANDIDATE_ORDER.map((k) => k.key)).toEqual(['start', 'end', 'recordedAt', 'id']);
  });

  it(`compareCandidates follows the list key by key (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(keyArb, keyArb, (a, b) => {
        expect(Math.sign(compareCandidates(a, b))).toBe(byTheList(a, b));
      }),
      params,
    );
  });

  it('compareStatedAt is its first two keys', () => {
    checkProperty(
      fc.property(keyArb, keyArb, (a, b) => {
        const firstTwo = Math.sign(compareStatedAt(a.start, a.end, b.start, b.end));
        const whole = Math.sign(compareCandidates(a, b));
        if (firstTwo !== 0) expect(whole).toBe(firstTwo);
        else expect(a.start === b.start && a.end === b.end).toBe(true);
      }),
      params,
    );
  });

  it('gives the same order with ids replaced by their ranks in byte order', () => {
    checkProperty(
      fc.property(fc.array(keyArb, { maxLength: 12 }), (keys) => {
        const ids = [...new Set(keys.map((k) => k.id as string))].sort(compareIds);
        const ranked = keys.map((k) => ({ ...k, id: ids.indexOf(k.id as string) }));
        const order = (list: readonly CandidateKey[]) =>
          list
            .map((k, n) => [k, n] as const)
            .sort(([a, i], [b, j]) => compareCandidates(a, b) || i - j)
            .map(([, n]) => n);
        expect(order(ranked)).toEqual(order(keys));
      }),
      params,
    );
  });

  it('decides by start, then end, then recordedAt, then id', () => {
    const base = { start: 10, end: 20, recordedAt: 30, id: 'm' };
    expect(compareCandidates({ ...base, start: 11, end: 0 }, base)).toBeGreaterThan(0);
    expect(compareCandidates({ ...base, end: 19, recordedAt: 99 }, base)).toBeLessThan(0);
    expect(compareCandidates({ ...base, recordedAt: 31, id: 'a' }, base)).toBeGreaterThan(0);
    expect(compareCandidates({ ...base, id: 'M' }, base)).toBeLessThan(0);
    expect(compareCandidates({ ...base }, base)).toBe(0);
  });

  it('is written in SQL from the same list', () => {
    expect(candidateRowSql('k')).toBe('(k.stated_start, k.stated_end, k.recorded_at, k.statement COLLATE "C")');
    expect(candidateOrderSql('t', 'DESC')).toBe(
      't.stated_start DESC, t.stated_end DESC, t.recorded_at DESC, t.statement COLLATE "C" DESC',
    );
    expect(candidateOrderSql('t', 'ASC')).toBe(
      't.stated_start ASC, t.stated_end ASC, t.recorded_at ASC, t.statement COLLATE "C" ASC',
    );
    expect(candidateFloorSql('b')).toBe(
      `(coalesce(b.stated_start, '-infinity'), coalesce(b.stated_end, '-infinity'), coalesce(b.recorded_at, '-infinity'), coalesce(b.statement, '') COLLATE "C")`,
    );
    expect(candidateIndexSql()).toBe('stated_start, stated_end, recorded_at, statement COLLATE "C"');
  });
});
