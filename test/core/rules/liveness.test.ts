// Live (docs/design.md §3.2): known, its carrier live (for a replacement), and no live retraction or correction targeting it.
import { describe, expect, it } from 'vitest';
import { isLive, KILLER_TYPES, killerTypesSql, killsTarget } from '../../../src/rules/index.js';

describe('liveness', () => {
  it.each([
    [true, true, false, true],
    [true, true, true, false],
    [true, false, false, false],
    [true, false, true, false],
    [false, true, false, false],
    [false, true, true, false],
    [false, false, false, false],
    [false, false, true, false],
  ])('known %s, carrier live %s, killed %s: live %s', (known, carrierLive, killed, live) => {
    expect(isLive(known, carrierLive, killed)).toBe(live);
  });

  it('lets retractions and corrections kill, and nothing else', () => {
    expect([...KILLER_TYPES]).toEqual(['retraction', 'correction']);
    for (const type of ['statement', 'corroboration', 'retraction', 'correction', 'retract']) {
      expect(killsTarget(type), type).toBe(type === 'retraction' || type === 'correction');
    }
  });

  it('writes the killer types as an SQL list', () => {
    expect(killerTypesSql()).toBe("'retraction', 'correction'");
  });
});
