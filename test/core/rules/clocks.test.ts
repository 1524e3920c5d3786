// The bounds of the fold (docs/design.md §3.1, §3.3, §3.4): known before U(K), a candidate when it starts
// before U(T), tentative when it ends after U(T). Every bound is exclusive.
import { describe, expect, it } from 'vitest';
import { candidateSql, isCandidate, isKnown, isTentative, knownSql, tentativeSql } from '../../../src/rules/index.js';

const T = Date.UTC(2026, 0, 1);

describe('the bounds of the fold', () => {
  it('knows an event recorded before U(K), not one recorded at it', () => {
    expect(isKnown(T - 1, T)).toBe(true);
    expect(isKnown(T, T)).toBe(false);
    expect(isKnown(T + 1, Infinity)).toBe(true);
  });

  it('takes a statement that starts before U(T) as a candidate, not one that starts at it', () => {
    expect(isCandidate(T - 1, T)).toBe(true);
    expect(isCandidate(T, T)).toBe(false);
  });

  it('calls a winner tentative when its statedAt ends after U(T), not when it ends at it', () => {
    expect(isTentative(T + 1, T)).toBe(true);
    expect(isTentative(T, T)).toBe(false);
  });

  it('writes the same comparisons in SQL', () => {
    expect(knownSql('k.recorded_at', '$2')).toBe('k.recorded_at < $2');
    expect(candidateSql('k.stated_start', '$1')).toBe('k.stated_start < $1');
    expect(tentativeSql('w.stated_end', '$1')).toBe('w.stated_end > $1');
  });
});
