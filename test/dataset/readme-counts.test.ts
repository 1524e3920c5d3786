// The counts the dataset's README gives are true: each is read from the README's text and compared with
// the files, counted here (live statements by the rule in fixture.ts, not by the ledger).
import { describe, expect, test } from 'vitest';
import type { Statement } from '../../src/index.js';
import { dataset, datasetFile, liveCorroborationsOf, liveStatementsOf, questions, rawEventLines } from './fixture.js';

const readme = datasetFile('README.md');

/** The numbers a pattern captures in the README; fails loudly when the README no longer says it. */
function numbers(pattern: RegExp): number[] {
  const match = pattern.exec(readme);
  if (match === null) throw new Error(`the README no longer matches ${pattern}`);
  return match.slice(1).map(Number);
}

/**
 * The markdown table rows of the README whose first cell is `label`, in order, each as its other cells
 * read as numbers (– is 0, bold marks dropped).
 */
function rows(label: string): number[][] {
  const found = readme
    .split('\n')
    .filter((l) => l.startsWith(`| ${label} |`))
    .map((l) =>
      l
        .split('|')
        .slice(2, -1)
        .map((cell) => cell.trim().replace(/\*/g, ''))
        .map((cell) => (cell === '–' ? 0 : Number(cell))),
    );
  if (found.length === 0) throw new Error(`the README has no table row '${label}'`);
  return found;
}

const tally = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** The five documents in the README's column order. */
const COLUMNS = ['002', '000', '001', '004', '003'];

describe("the dataset README's counts", () => {
  test('files: parties, issues, documents, events and questions', async () => {
    const { vocabulary, documents } = await dataset();
    const kinds = tally(vocabulary.parties, (p) => p.kind);
    expect(numbers(/(\d+) parties \((\d+) states, (\d+) bloc, (\d+) commentator\) and (\d+) issues/)).toEqual([
      vocabulary.parties.length,
      kinds.get('state'),
      kinds.get('bloc'),
      kinds.get('commentator'),
      vocabulary.issues.length,
    ]);
    expect(numbers(/the (\d+) source documents/)).toEqual([documents.length]);
    const lines = rawEventLines();
    const [events, firstLast, appendedFirst, appendedLast] = numbers(
      /(\d+) events, one JSON object per line: the first coding \(lines 1–(\d+),[^)]*\) and the fixes and additions of issue 15 \(lines (\d+)–(\d+),/,
    );
    expect(events).toBe(lines.length);
    expect(appendedFirst).toBe((firstLast ?? 0) + 1);
    expect(appendedLast).toBe(lines.at(-1)?.line);
    expect(numbers(/(\d+) questions a reader/)).toEqual([questions().length]);
  });

  test('events in the file, by type, in the first coding and after it', () => {
    const lines = rawEventLines();
    const [firstLast] = numbers(/the first coding \(lines 1–(\d+),/);
    for (const [label, type] of [
      ['statements', 'statement'],
      ['corroborations', 'corroboration'],
      ['retractions', 'retraction'],
      ['corrections (each carrying a replacement statement)', 'correction'],
    ] as const) {
      const ofType = lines.filter(({ value }) => value['type'] === type);
      const first = ofType.filter(({ line }) => line <= (firstLast ?? 0)).length;
      // The first table with these rows counts the file's events.
      expect(rows(label)[0], label).toEqual([first, ofType.length - first, ofType.length]);
    }
  });

  test('live statements and corroborations by document', async () => {
    const { ledger } = await dataset();
    const byDocument = (documents: string[]) => [
      ...COLUMNS.map((c) => documents.filter((d) => d.startsWith(c)).length),
      documents.length,
    ];
    const statements = liveStatementsOf(ledger.events()).map((s) => s.sources[0]?.document ?? '');
    const corroborations = liveCorroborationsOf(ledger.events()).map((c) => c.source.document);
    // The second table with these rows counts the live ones, by document.
    expect(rows('statements')[1]).toEqual(byDocument(statements));
    expect(rows('corroborations')[1]).toEqual(byDocument(corroborations));
  });

  test('live statements by party, by stance and by attribution', async () => {
    const { ledger, vocabulary } = await dataset();
    const statements = liveStatementsOf(ledger.events());
    for (const party of vocabulary.parties) {
      const naming = statements.filter((s) => s.parties.includes(party.id));
      const alone = naming.filter((s) => s.parties.length === 1);
      expect(numbers(new RegExp(`\\| \`${party.id}\` \\| [^|]+ \\| (\\d+) \\((\\d+) alone\\) \\|`)), party.id).toEqual([
        naming.length,
        alone.length,
      ]);
    }
    const count = (key: (s: Statement) => string, value: string) => statements.filter((s) => key(s) === value).length;
    expect(
      numbers(/By stance: (\d+) `demands`, (\d+) `supports`, (\d+) `neutral`, (\d+) `opposes`, (\d+) `rejects`/),
    ).toEqual(['demands', 'supports', 'neutral', 'opposes', 'rejects'].map((v) => count((s) => s.stance, v)));
    expect(numbers(/(\d+) `on-record`, (\d+) `joint-statement`, (\d+) `reportedly`/)).toEqual(
      ['on-record', 'joint-statement', 'reportedly'].map((v) => count((s) => s.attribution, v)),
    );
  });
});
