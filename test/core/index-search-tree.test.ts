// The indexed fold finds the latest statement known at K through a min-tree over each cell's
// `recordedAt` when the nearest few are not known yet (docs/design.md §9.2). Appends to a cell already
// queried patch that tree in place while it has room, and mark it for a rebuild when it has none. This
// walks one cell past the room its tree was built with, between two questions at the same K.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { statement } from '../support/fixtures.js';

const minute = (n: number) =>
  `2020-01-01T${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z`;
const stated = (n: number, recordedAt: string) =>
  statement({ id: `s${n}`, stance: n === 0 ? 'supports' : 'opposes', statedAt: minute(n), recordedAt });

describe('the index search tree', () => {
  it('answers as known at an early K after appends fill the room it was built with', () => {
    // s0 is known at K; s1… are recorded after K and stated after s0, so each answer at K is s0, found
    // by climbing the tree past them. The first question builds the tree for 6 statements (16 leaves).
    const ledger = Ledger.from([
      stated(0, '2021-01-01T00:00Z'),
      ...[1, 2, 3, 4, 5].map((n) => stated(n, '2023-01-01T00:00Z')),
    ]);
    const asked = () => ledger.at('2030', { knownAt: '2022' }).cell('ukraine', 'nato')?.statement;
    expect(asked()).toBe('s0');
    // Each append sorts last in the queried cell; the 17th statement is one past the tree's 16 leaves.
    for (let n = 6; n <= 20; n++) {
      ledger.append([stated(n, '2023-01-01T00:00Z')]);
      expect(asked(), `after s${n}`).toBe('s0');
    }
    expect(ledger.at('2030').cell('ukraine', 'nato')?.statement).toBe('s20');
  });
});
