// examples/when-did-it-change.mjs: the runs it prints are the ledger's timeline, with its statements and sources.
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset, type Dataset } from '../../src/dataset/index.js';
import { ensureBuilt, runExample } from './run-example.js';

let data: Dataset;
beforeAll(async () => {
  ensureBuilt();
  data = await readDataset();
});

/** Each printed run: its `since … : stance {terms}` line, the statement ids under it, the documents of its sources. */
function parseRuns(output: string) {
  const runs: { since: string; stance: string; terms?: unknown; statements: string[]; documents: string[] }[] = [];
  for (const line of output.split('\n')) {
    const run = /^since (\S+): (\w+)(?: (\{.*\}))?$/.exec(line);
    if (run)
      runs.push({
        since: run[1]!,
        stance: run[2]!,
        ...(run[3] ? { terms: JSON.parse(run[3]) } : {}),
        statements: [],
        documents: [],
      });
    const statement = /^ {2}(\S+) \(stated /.exec(line);
    if (statement) runs.at(-1)!.statements.push(statement[1]!);
    const source = /^ {4}source (\S+):/.exec(line);
    if (source) runs.at(-1)!.documents.push(source[1]!);
  }
  return runs;
}

describe('examples/when-did-it-change.mjs', () => {
  test.each([
    [[] as string[], 'ukraine', 'security-guarantees'],
    [['united-states', 'ceasefire-before-settlement'], 'united-states', 'ceasefire-before-settlement'],
    [['ukraine', 'guarantees-before-ceasefire'], 'ukraine', 'guarantees-before-ceasefire'],
    [['russia', 'ceasefire-before-settlement'], 'russia', 'ceasefire-before-settlement'],
  ])('args %j: prints the timeline of %s on %s', (args, party, issue) => {
    const output = runExample('when-did-it-change.mjs', ...args);
    const timeline = data.ledger.timeline(party, issue);
    expect(timeline.changes.length).toBeGreaterThan(0);
    expect(parseRuns(output)).toEqual(
      timeline.changes.map((c) => ({
        since: c.since,
        stance: c.stance,
        ...(c.terms ? { terms: c.terms } : {}),
        statements: [...c.statements],
        documents: c.evidence.map((e) => e.document),
      })),
    );
    // Each statement is shown with its own summary.
    for (const id of timeline.changes.flatMap((c) => c.statements)) {
      const statement = data.ledger.get(id);
      if (statement?.type === 'statement') expect(output).toContain(statement.summary);
    }
  });

  test('the default case really shows a change (more than one run)', () => {
    expect(parseRuns(runExample('when-did-it-change.mjs')).length).toBeGreaterThan(1);
  });

  test('says so when nothing is on record', () => {
    expect(data.ledger.timeline('germany', 'buffer-zones').changes).toEqual([]);
    expect(runExample('when-did-it-change.mjs', 'germany', 'buffer-zones')).toMatch(/No statement on record/);
  });
});
