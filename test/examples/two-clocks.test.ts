// examples/two-clocks.mjs: what it lists as changed, not yet on record, and repeated is what the
// reference model answers on the two clocks.
import { beforeAll, describe, expect, test } from 'vitest';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import type { ModelCell } from '../support/reference-model.js';
import { ensureBuilt, runExample } from './run-example.js';

/** The expected answers: the reference model over the dataset's raw files, not the library. */
let data: RawDataset;
beforeAll(() => {
  ensureBuilt();
  data = rawDataset();
});

const show = (c: ModelCell) => `${c.stance}${c.tentative ? '?' : ''}${c.terms ? ` ${JSON.stringify(c.terms)}` : ''}`;

/** The printed sections: the counts line, then `party / issue` keys per section with what follows the colon. */
function parse(output: string) {
  const sections = { changed: [] as string[], unknown: [] as string[] };
  let current: keyof typeof sections | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('Read differently now')) current = 'changed';
    else if (line.startsWith('Not yet on record')) current = 'unknown';
    else if (line.startsWith('Same stance')) current = undefined;
    else if (current && line.startsWith('  ')) sections[current].push(line.trim().replace(/ {2}\(.*\)$/, ''));
  }
  const repeated = /^Same stance, repeated in a later report \(\d+\): ?(.*)$/m.exec(output)?.[1] ?? '';
  return { counts: output.split('\n')[0] ?? '', ...sections, repeated: repeated === '' ? [] : repeated.split(', ') };
}

function expectMatchesModel(output: string, at: string, knownAt: string) {
  const then = data.model.cells(at, knownAt);
  const now = data.model.cells(at, undefined);
  const expected = { changed: [] as string[], unknown: [] as string[], repeated: [] as string[] };
  for (const cell of now) {
    const old = then.find((c) => c.party === cell.party && c.issue === cell.issue);
    const key = `${cell.party} / ${cell.issue}`;
    if (old === undefined) expected.unknown.push(`${key}: ${show(cell)}`);
    else if (show(old) !== show(cell)) expected.changed.push(`${key}: ${show(old)} -> ${show(cell)}`);
    else if (old.statement !== cell.statement) expected.repeated.push(key);
  }
  const printed = parse(output);
  expect(printed.counts).toBe(
    `Positions on ${at}: ${then.length} on record on ${knownAt}, ${now.length} on record now.`,
  );
  expect(printed.changed).toEqual(expected.changed);
  expect(printed.unknown).toEqual(expected.unknown);
  expect(printed.repeated).toEqual(expected.repeated);
  return expected;
}

describe('examples/two-clocks.mjs', () => {
  test('by default: 31 December 2025 as known on 29 December against now; both clocks really differ', () => {
    const expected = expectMatchesModel(runExample('two-clocks.mjs'), '2025-12-31', '2025-12-29');
    expect(expected.changed.length + expected.unknown.length).toBeGreaterThan(0);
    expect(expected.changed.length).toBeGreaterThan(0);
  });

  test('for dates given on the command line', () => {
    expectMatchesModel(runExample('two-clocks.mjs', '2025-04-30', '2025-04-22'), '2025-04-30', '2025-04-22');
    expectMatchesModel(runExample('two-clocks.mjs', '2026-01-06', '2026-01-05'), '2026-01-06', '2026-01-05');
  });
});
