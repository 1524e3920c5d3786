import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, test } from 'vitest';
import { Dictionary } from '../../src/columns/dictionary.js';
import { IdTable } from '../../src/columns/id-table.js';
import { rebuildStatedAt, statedForm, WRITTEN } from '../../src/columns/stated-form.js';
import { parseFuzzyTime } from '../../src/time/index.js';

const SEED = 20261127;
const bytes = (text: string) => new TextEncoder().encode(text);
const idArbitrary = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/);

describe('Dictionary', () => {
  test(`interns by string and by bytes to the same numbers, and forgets what truncate drops (seed ${SEED})`, () => {
    checkProperty(
      fc.property(fc.array(idArbitrary, { maxLength: 200 }), fc.nat(200), (ids, cut) => {
        const dictionary = new Dictionary();
        const numbers = ids.map((id, i) =>
          i % 2 === 0 ? dictionary.intern(id) : dictionary.internBytes(bytes(id), 0, id.length),
        );
        const distinct = [...new Set(ids)];
        expect(dictionary.size).toBe(distinct.length);
        ids.forEach((id, i) => {
          expect(numbers[i]).toBe(distinct.indexOf(id));
          expect(dictionary.lookup(id)).toBe(distinct.indexOf(id));
        });
        const keep = Math.min(cut, distinct.length);
        dictionary.truncate(keep);
        for (const [n, id] of distinct.entries()) expect(dictionary.lookup(id)).toBe(n < keep ? n : -1);
        // Interning again after a truncation numbers the dropped ids afresh, from `keep` on.
        if (keep < distinct.length) expect(dictionary.intern(distinct[keep] as string)).toBe(keep);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('IdTable', () => {
  test(`finds every row by string and by bytes, compares in byte order, truncates newest first (seed ${SEED})`, () => {
    checkProperty(
      fc.property(fc.uniqueArray(idArbitrary, { maxLength: 300 }), fc.nat(300), (ids, cut) => {
        const table = new IdTable();
        for (const [row, id] of ids.entries()) {
          if (row % 3 === 0) table.addBytes(row, bytes(id), 0, id.length);
          else table.add(row, id);
        }
        ids.forEach((id, row) => {
          expect(table.find(id)).toBe(row);
          expect(table.findBytes(bytes(`x${id}y`), 1, id.length + 1)).toBe(row);
          expect(table.idOf(row)).toBe(id);
        });
        for (let row = 1; row < ids.length; row++) {
          const [a, b] = [ids[row - 1] as string, ids[row] as string];
          expect(Math.sign(table.compare(row - 1, row))).toBe(a < b ? -1 : a > b ? 1 : 0);
        }
        const keep = Math.min(cut, ids.length);
        table.truncate(keep);
        for (const [row, id] of ids.entries()) expect(table.find(id)).toBe(row < keep ? row : -1);
        expect(table.count).toBe(keep);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('statedAt forms', () => {
  const unit = fc.constantFrom('year', 'month', 'day', 'minute', 'second', 'ms', 'offset', 'short-ms');
  const point = fc.record({ ms: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9998, 0, 1) }), unit });
  const text = (p: { ms: number; unit: string }) => {
    const iso = new Date(p.ms).toISOString();
    switch (p.unit) {
      case 'year':
        return iso.slice(0, 4);
      case 'month':
        return iso.slice(0, 7);
      case 'day':
        return iso.slice(0, 10);
      case 'minute':
        return `${iso.slice(0, 16)}Z`;
      case 'second':
        return `${iso.slice(0, 19)}Z`;
      case 'offset':
        return `${iso.slice(0, 16)}+01:00`;
      case 'short-ms':
        return `${iso.slice(0, 21)}Z`;
      default:
        return iso;
    }
  };
  test(`every fuzzy time either rebuilds exactly from its bounds and form, or is kept as written (seed ${SEED})`, () => {
    checkProperty(
      fc.property(point, fc.option(point), (a, b) => {
        let written = text(a);
        if (b !== null) {
          const second = text(b);
          // Only valid intervals: the second part must end after the first starts.
          if (parseFuzzyTime(second).end <= parseFuzzyTime(written).start) return;
          written = `${written}/${second}`;
        }
        const time = parseFuzzyTime(written);
        const form = statedForm(written);
        const canonical = !/[+]|\.\d{1,2}Z/.test(written);
        expect(form === WRITTEN).toBe(!canonical);
        if (form !== WRITTEN) expect(rebuildStatedAt(time.start, time.end, form)).toBe(written);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
