// examples/divergence-and-alignment.mjs: the contested issues, the consensus and the pairs it prints
// are the divergence and alignment of the reference model (docs/design.md §6.4, §6.5).
import { beforeAll, describe, expect, test } from 'vitest';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import { ensureBuilt, runExample } from './run-example.js';

/** The expected answers: the reference model over the dataset's raw files, not the library. */
let data: RawDataset;
beforeAll(() => {
  ensureBuilt();
  data = rawDataset();
});

function expectMatchesModel(output: string, at: string) {
  const issues = data.model.divergence(at, undefined);
  const contested = issues.filter((d) => d.verdict === 'contested');
  expect(output).toContain(`On ${at}, ${contested.length} of ${issues.length} issues are contested:`);

  // Each contested issue line: "  issue (spread s): party stance, party stance".
  const printed = [...output.matchAll(/^ {2}(\S+) \(spread (\d+)\): (.*)$/gm)].map((m) => ({
    issue: m[1]!,
    spread: Number(m[2]),
    stances: Object.fromEntries(m[3]!.split(', ').map((ps) => ps.split(' ') as [string, string])),
  }));
  expect(printed.map((p) => p.issue).sort()).toEqual(contested.map((d) => d.issue).sort());
  for (const p of printed) {
    const d = contested.find((c) => c.issue === p.issue)!;
    expect(p.spread, p.issue).toBe(d.spread);
    expect(p.stances, p.issue).toEqual(d.stances);
  }
  expect(printed.map((p) => p.spread)).toEqual([...printed.map((p) => p.spread)].sort((a, b) => b - a));

  const consensus = /^Consensus \((\d+)\): ?(.*)$/m.exec(output);
  expect(consensus?.[2]?.split(', ').filter(Boolean)).toEqual(
    issues.filter((d) => d.verdict === 'consensus').map((d) => d.issue),
  );

  // Pairs: "  a + b   agree / disagree / other", the counts of the alignment, most agreement first.
  const pairs = data.model.alignment(at, undefined);
  const rows = [...output.matchAll(/^ {2}(\S+) \+ (\S+)\s+(\d+) \/ (\d+) \/ (\d+)$/gm)];
  expect(rows.length).toBe(Math.min(6, pairs.filter((p) => p.agree.length + p.disagree.length > 0).length));
  const agreeCounts = rows.map((r) => Number(r[3]));
  expect(agreeCounts).toEqual([...agreeCounts].sort((a, b) => b - a));
  expect(agreeCounts[0]).toBe(Math.max(...pairs.map((p) => p.agree.length)));
  for (const r of rows) {
    const pair = pairs.find((p) => p.parties[0] === r[1] && p.parties[1] === r[2])!;
    expect([Number(r[3]), Number(r[4]), Number(r[5])], `${r[1]} + ${r[2]}`).toEqual([
      pair.agree.length,
      pair.disagree.length,
      pair.other.length,
    ]);
  }
  const opposed = /^Most opposed: (\S+) \+ (\S+), on (.*)$/m.exec(output);
  const pair = pairs.find((p) => p.parties[0] === opposed?.[1] && p.parties[1] === opposed?.[2]);
  expect(pair?.disagree.length).toBe(Math.max(...pairs.map((p) => p.disagree.length)));
  expect(opposed?.[3]?.split(', ')).toEqual(pair?.disagree);
}

describe('examples/divergence-and-alignment.mjs', () => {
  test('by default, on 2026-01-06', () => {
    expectMatchesModel(runExample('divergence-and-alignment.mjs'), '2026-01-06');
  });

  test('on a date given on the command line', () => {
    expectMatchesModel(runExample('divergence-and-alignment.mjs', '2025-04-30'), '2025-04-30');
  });
});
