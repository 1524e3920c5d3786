// examples/when-did-it-change.mjs: the runs it prints are the reference model's timeline, with its statements
// and sources.
import { beforeAll, describe, expect, test } from 'vitest';
import { type RawDataset, rawDataset } from '../support/dataset-model.js';
import { ensureBuilt, runExample } from './run-example.js';

/** The expected answers: the reference model over the dataset's raw files, not the library. */
let data: RawDataset;
beforeAll(() => {
  ensureBuilt();
  data = rawDataset();
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
    const timeline = data.model.timeline(party, issue, undefined);
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
    const summaries = new Map(
      data.events.flatMap((e) => {
        const s = (e['type'] === 'correction' ? e['replacement'] : e) as Record<string, unknown>;
        return 'summary' in s ? [[s['id'] as string, s['summary'] as string] as const] : [];
      }),
    );
    for (const id of timeline.changes.flatMap((c) => c.statements)) expect(output).toContain(summaries.get(id));
  });

  test('the default case really shows a change (more than one run)', () => {
    expect(parseRuns(runExample('when-did-it-change.mjs')).length).toBeGreaterThan(1);
  });

  test('says so when nothing is on record', () => {
    expect(data.model.timeline('germany', 'buffer-zones', undefined).changes).toEqual([]);
    expect(runExample('when-did-it-change.mjs', 'germany', 'buffer-zones')).toMatch(/No statement on record/);
  });
});
