// Lanes (docs/design.md §4): the party's own first, then its blocs in the vocabulary's order; a statement
// reached through several lanes counts through the first.
import { describe, expect, it } from 'vitest';
import { laneOfBloc, OWN_LANE, outranks, viaOfLane } from '../../../src/rules/index.js';

const BLOCS = ['eu', 'coalition', 'nordic'];

describe('lanes', () => {
  it('number the own lane 0 and the blocs from 1, in the order given', () => {
    expect(OWN_LANE).toBe(0);
    expect(BLOCS.map((bloc) => laneOfBloc(BLOCS, bloc))).toEqual([1, 2, 3]);
  });

  it('name their bloc as via, and nothing for the own lane', () => {
    expect([0, 1, 2, 3].map((lane) => viaOfLane(BLOCS, lane))).toEqual([undefined, 'eu', 'coalition', 'nordic']);
  });

  it('let a greater candidate through whatever its lane, and a tie only through an earlier lane', () => {
    expect(outranks(1, 3, 0)).toBe(true);
    expect(outranks(-1, 0, 3)).toBe(false);
    expect(outranks(0, 1, 2)).toBe(true);
    expect(outranks(0, 2, 1)).toBe(false);
    expect(outranks(0, 1, 1)).toBe(false);
  });
});
