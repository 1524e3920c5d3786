// Appends to a cell already queried patch its min-tree in place (docs/design.md §9.2). A statement known
// at an early K and then buried under four or more recorded later is found at K only through the tree,
// and only if its leaf was patched in. After each append, every K is asked of the ledger and of a ledger
// rebuilt from the same events.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { statement } from '../support/fixtures.js';

const minute = (n: number) =>
  `2020-01-01T${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z`;
// Stated in order of n, so each append sorts last and its rank is n. Every seventh is recorded on one of
// days 1–3, the rest on days 6–11: as known on days 1–4, the answer is a seventh one, buried under up to
// six later ones. Sevenths alternate between even and odd ranks, left and right leaves of the tree.
const day = (n: number) => (n % 7 === 0 ? 1 + ((n / 7) % 3) : 5 + (n % 7));
const stated = (n: number) =>
  statement({
    id: `s${n}`,
    stance: n % 2 === 0 ? 'supports' : 'opposes',
    statedAt: minute(n),
    recordedAt: `2021-01-${String(day(n)).padStart(2, '0')}T12:00Z`,
  });
const KNOWN_AT = Array.from({ length: 12 }, (_, i) => `2021-01-${String(i + 1).padStart(2, '0')}`);

function answers(ledger: Ledger): Array<string | undefined> {
  return KNOWN_AT.map((knownAt) => ledger.at('2030', { knownAt }).cell('ukraine', 'nato')?.statement);
}

describe('the index search tree, patched by appends', () => {
  it('finds a statement known at K under later ones, after every append, as a rebuilt ledger does', () => {
    const events = [0, 1, 2, 3, 4, 5].map(stated);
    const ledger = Ledger.from(events);
    expect(answers(ledger)).toEqual(answers(Ledger.from(events)));
    let buried = 0;
    for (let n = 6; n < 60; n++) {
      ledger.append([stated(n)]);
      events.push(stated(n));
      const expected = answers(Ledger.from(events));
      expect(answers(ledger), `after s${n}`).toEqual(expected);
      // Count the answers that lie five or more ranks back: the tree, not the look at the nearest four.
      buried += expected.filter((id) => id !== undefined && n - Number(id.slice(1)) >= 4).length;
    }
    expect(buried).toBeGreaterThan(80);
  });
});

describe('the look at the nearest ranks before the tree', () => {
  it('finds nothing when no statement of the cell is known at K, for every count of statements', () => {
    // The look covers four ranks; five or more statements end it at rank 0 still unknown, which the tree
    // must then be asked about.
    for (let count = 1; count <= 10; count++) {
      const late = Array.from({ length: count }, (_, n) =>
        statement({ id: `s${n}`, statedAt: minute(n), recordedAt: '2023-01-01T00:00Z' }),
      );
      const ledger = Ledger.from(late);
      expect(ledger.at('2030', { knownAt: '2022' }).cell('ukraine', 'nato'), `${count} statements`).toBeUndefined();
      expect(ledger.at('2030').cell('ukraine', 'nato')?.statement).toBe(`s${count - 1}`);
    }
  });
});

describe('the tree after appends fill its last leaves', () => {
  it('finds nothing at an early valid time when the few candidates there are not known yet', () => {
    // Six statements build a tree of 16 leaves; ten appends, known early, fill ranks up to 15. At
    // 00:03 only ranks 0–3 are candidates, none known at K: no answer, whatever the later leaves hold.
    const late = (n: number) => statement({ id: `s${n}`, statedAt: minute(n), recordedAt: '2023-01-01T00:00Z' });
    const early = (n: number) => statement({ id: `s${n}`, statedAt: minute(n), recordedAt: '2021-01-01T00:00Z' });
    const ledger = Ledger.from([0, 1, 2, 3, 4, 5].map(late));
    const asked = (at: string) => ledger.at(at, { knownAt: '2022' }).cell('ukraine', 'nato')?.statement;
    expect(asked('2030')).toBeUndefined();
    for (let n = 6; n < 16; n++) {
      ledger.append([early(n)]);
      expect(asked('2030'), `after s${n}`).toBe(`s${n}`);
      expect(asked(minute(3)), `after s${n}`).toBeUndefined();
    }
  });
});
