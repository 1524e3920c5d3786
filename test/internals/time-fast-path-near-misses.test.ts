// Texts one character away from a shape the fast path reads (docs/design.md §2): the fast readers must
// give them up to the general parser, which refuses them. Each is written out with what it lacks.
import { describe, expect, it } from 'vitest';
import { parseFuzzyTime } from '../../src/index.js';
import { fastInstantMs } from '../../src/time/fast-path.js';

describe('near misses of the fast shapes', () => {
  it.each([
    ['2025-12-28T14:00X00Z', 'no colon before the seconds'],
    ['2025-12-28T14:00X00.5Z', 'no colon before the seconds, with a fraction'],
    ['2025-12-28T14:00:00X5Z', 'no dot before the fraction'],
    ['2025-12-28T14X00Z', 'no colon before the minutes'],
    ['2025-12-28T14:0xZ', 'a letter in the minutes'],
    ['2025-12-28Tx4:00Z', 'a letter in the hours'],
    ['2025-12-28X14:00Z', "no 'T'"],
  ])('%s (%s) is not read by the fast path, and is refused', (text) => {
    expect(fastInstantMs(text)).toBeNaN();
    expect(() => parseFuzzyTime(text)).toThrow(`invalid time '${text}'`);
  });
});
