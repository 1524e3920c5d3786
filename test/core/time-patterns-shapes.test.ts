// The published patterns (the JSON Schema's `pattern` for fuzzy times and instants) refuse texts of the
// wrong shape, written out here by hand: a pattern that matched everything would still accept every time
// the parser accepts, which is all `time-patterns.test.ts` asks of it.
import { describe, expect, it } from 'vitest';
import { FUZZY_TIME_PATTERN, INSTANT_PATTERN } from '../../src/time/patterns.js';

const NEITHER = [
  '',
  'yesterday',
  '25-01-01',
  '2025-1',
  '2025/',
  '/2025',
  '2025-01-01 10:00Z',
  '2025-01-01T10:00',
  '2025-01-01T10:00+0200',
  '2025-01-01T10:00:00.1234Z',
  '2025-01-01/2025-02-01/2025-03-01',
];

describe('the published time patterns refuse the wrong shapes', () => {
  it.each(NEITHER)('%j is neither a fuzzy time nor an instant', (text) => {
    expect(new RegExp(FUZZY_TIME_PATTERN).test(text)).toBe(false);
    expect(new RegExp(INSTANT_PATTERN).test(text)).toBe(false);
  });

  it.each(['2025', '2025-01', '2025-01-01', '2025-01/2025-02'])('%j is a fuzzy time but not an instant', (text) => {
    expect(new RegExp(FUZZY_TIME_PATTERN).test(text)).toBe(true);
    expect(new RegExp(INSTANT_PATTERN).test(text)).toBe(false);
  });
});
