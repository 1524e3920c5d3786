// examples/red-lines-projection.mjs: its immer projection counts the same red lines as the reference
// model's cells (an independent path: the model's winners, counted here).
import { beforeAll, describe, expect, test } from 'vitest';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import { ensureBuilt, runExample } from './run-example.js';

/** The expected answers: the reference model over the dataset's raw files, not the library. */
let data: RawDataset;
beforeAll(() => {
  ensureBuilt();
  data = rawDataset();
});

function expectMatchesSnapshots(output: string, dates: string[]) {
  const lines = output.split('\n');
  const header = lines.find((l) => l.startsWith('party'))!;
  expect(header.trim().split(/\s+/).slice(1)).toEqual(dates);
  const table = new Map(
    lines
      .filter((l) => /^\S+\s+(\d+\s*)+$/.test(l))
      .map((l) => [l.split(/\s+/)[0]!, l.trim().split(/\s+/).slice(1).map(Number)]),
  );
  expect([...table.keys()]).toEqual(data.vocabulary.parties.map((p) => p.id));
  for (const [party, counts] of table) {
    const expected = dates.map(
      (at) => data.model.cells(at, undefined).filter((c) => c.party === party && Math.abs(c.value) === 2).length,
    );
    expect(counts, party).toEqual(expected);
  }
  return table;
}

describe('examples/red-lines-projection.mjs', () => {
  test('by default, over five dates of the talks, and the counts move', () => {
    const dates = ['2025-03-31', '2025-04-30', '2025-12-07', '2025-12-31', '2026-01-06'];
    const table = expectMatchesSnapshots(runExample('red-lines-projection.mjs'), dates);
    expect([...table.values()].some((counts) => new Set(counts).size > 1)).toBe(true);
  });

  test('for dates given on the command line', () => {
    expectMatchesSnapshots(runExample('red-lines-projection.mjs', '2025-12', '2026'), ['2025-12', '2026']);
  });
});
