// The evidence order (docs/design.md §3.6): by recordedAt, then id.
import { describe, expect, it } from 'vitest';
import { compareRecorded, evidenceOrderSql } from '../../../src/rules/index.js';

describe('the evidence order', () => {
  it('puts the earlier recorded first, whatever the ids', () => {
    expect(compareRecorded(1, 'z', 2, 'a')).toBeLessThan(0);
    expect(compareRecorded(2, 'a', 1, 'z')).toBeGreaterThan(0);
  });

  it('orders by id in byte order when recorded at the same instant', () => {
    const items = [
      [5, 'c2'],
      [5, 'C1'],
      [3, 'x'],
      [5, 'c10'],
    ] as const;
    const sorted = [...items].sort(([ra, ia], [rb, ib]) => compareRecorded(ra, ia, rb, ib));
    expect(sorted.map(([, id]) => id)).toEqual(['x', 'C1', 'c10', 'c2']);
    expect(compareRecorded(5, 'c2', 5, 'c2')).toBe(0);
  });

  it('is written in SQL over a timestamp and an id column', () => {
    expect(evidenceOrderSql('x.recorded_at', 'x.id')).toBe('x.recorded_at, x.id COLLATE "C"');
  });
});
