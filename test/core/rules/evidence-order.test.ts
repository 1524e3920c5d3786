// The evidence order (docs/design.md §3.6): by recordedAt, then id.
import fc from 'fast-check';
import { checkProperty } from '../../support/property.js';
import { describe, expect, it } from 'vitest';
import { compareRecorded, compareRecordedText, evidenceOrderSql } from '../../../src/rules/index.js';

const params = { seed: 3606, numRuns: 1000 };
// Every instant a canonical recordedAt can hold: years 0000–9999.
const instantArb = fc.oneof(
  // 0000-01-01T00:00:00.000Z (Date.UTC reads years 0–99 as 1900–1999) to 9999-12-31T23:59:59.999Z.
  fc.integer({ min: -62_167_219_200_000, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
  fc.constantFrom(Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 1) + 1),
);
// toISOString writes years 0000–9999 with four digits, as a stored recordedAt is written.
const canonical = (ms: number) => new Date(ms).toISOString();

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

  it(`orders canonical recordedAt text as compareRecorded orders their instants (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(instantArb, instantArb, fc.constantFrom('a', 'B'), fc.constantFrom('a', 'b'), (a, b, x, y) => {
        expect(Math.sign(compareRecordedText(canonical(a), x, canonical(b), y))).toBe(
          Math.sign(compareRecorded(a, x, b, y)),
        );
      }),
      params,
    );
  });

  it('is written in SQL over a timestamp and an id column', () => {
    expect(evidenceOrderSql('x.recorded_at', 'x.id')).toBe('x.recorded_at, x.id COLLATE "C"');
  });
});
