// The stance scale (docs/design.md §1.3): values from the spec's table, codes by place on the scale.
import { describe, expect, it } from 'vitest';
import { STANCES, stanceCode, stanceOfCode, stanceValue, valueOfCode } from '../../../src/rules/index.js';

// Copied from the table of docs/design.md §1.3.
const TABLE = [
  ['demands', 2],
  ['supports', 1],
  ['neutral', 0],
  ['opposes', -1],
  ['rejects', -2],
] as const;

describe('the stance scale', () => {
  it('lists the stances from strongest for to strongest against', () => {
    expect([...STANCES]).toEqual(TABLE.map(([stance]) => stance));
    expect(Object.isFrozen(STANCES)).toBe(true);
  });

  it.each(TABLE)('%s has the value %i', (stance, value) => {
    expect(stanceValue(stance)).toBe(value);
  });

  it.each(TABLE.map(([stance, value], code) => [stance, code, value] as const))(
    '%s has code %i, and the code gives back the stance and the value %i',
    (stance, code, value) => {
      expect(stanceCode(stance)).toBe(code);
      expect(stanceOfCode(code)).toBe(stance);
      expect(valueOfCode(code)).toBe(value);
    },
  );
});
