// Divergence and alignment over cells in any order (docs/design.md §6.4, §6.5): the SQL fold hands its
// cells over unsorted, and the answers must still list issues and pairs in id order (§1.5).
import { describe, expect, it } from 'vitest';
import { alignmentOfCells } from '../../src/queries/alignment-of.js';
import { divergenceOfCells } from '../../src/queries/divergence-of.js';

const cell = (party: string, issue: string, stance: 'supports' | 'opposes' | 'neutral') => ({
  party,
  issue,
  stance,
  value: { supports: 1, neutral: 0, opposes: -1 }[stance],
});

// Parties and issues each given in reverse id order.
const CELLS = [
  cell('russia', 'nato', 'opposes'),
  cell('russia', 'crimea', 'supports'),
  cell('france', 'nato', 'supports'),
  cell('france', 'crimea', 'opposes'),
  cell('china', 'nato', 'neutral'),
  cell('china', 'crimea', 'supports'),
];

describe('answers over unsorted cells', () => {
  it('alignment lists its pairs, and each pair its issues, in id order', () => {
    expect(alignmentOfCells(CELLS, undefined)).toEqual([
      { parties: ['china', 'france'], agree: [], disagree: ['crimea'], other: ['nato'] },
      { parties: ['china', 'russia'], agree: ['crimea'], disagree: [], other: ['nato'] },
      { parties: ['france', 'russia'], agree: [], disagree: ['crimea', 'nato'], other: [] },
    ]);
  });

  it('divergence lists its issues in id order, each with every party that has a cell on it', () => {
    const answer = divergenceOfCells(CELLS);
    expect(answer.map((d) => d.issue)).toEqual(['crimea', 'nato']);
    expect(answer.map((d) => d.verdict)).toEqual(['contested', 'contested']);
    expect(answer.map((d) => d.spread)).toEqual([2, 2]);
    expect(answer.map((d) => Object.keys(d.stances).sort())).toEqual([
      ['china', 'france', 'russia'],
      ['china', 'france', 'russia'],
    ]);
  });
});
