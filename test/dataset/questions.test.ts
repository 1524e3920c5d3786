// The question table: what a reader of the articles answers, asked of the ledger. Each question
// names the article it is answered from; the expected answers were checked against the text by hand.
import { describe, expect, test } from 'vitest';
import { rawDataset } from '../support/dataset-model.js';
import { dataset, questions, rawEventLines, type Question } from './fixture.js';

/** Lines of events.ndjson before this one are the first coding; the rest are issue 15's fixes and additions. */
const FIRST_APPENDED_LINE = 82;
/** The issues issue 15 narrowed to one claim, and those it split off from them (see fixes.test.ts). */
const NARROWED_AND_SPLIT_OFF = [
  'zaporizhzhia-npp-us-control',
  'zaporizhzhia-npp-power-shared',
  'russia-winning-on-battlefield',
  'russia-can-win-militarily',
  'us-backstop',
  'us-backs-guarantees',
  'snapback-sanctions',
  'support-if-attacked-again',
  'crimea-recognized-russian',
];

const table = questions();

describe('the question table', () => {
  test.each(table.map((q) => [q.id, q] as const))('%s', async (_id, q: Question) => {
    const { ledger } = await dataset();
    const options = { at: q.at, ...(q.knownAt === null ? {} : { knownAt: q.knownAt }) };
    const cell = ledger.cell(q.party, q.issue, options);
    expect(cell?.stance ?? null, q.question).toBe(q.expected);
    if (q.expectedTerms !== undefined) expect(cell?.terms, q.question).toEqual(q.expectedTerms);
    if (q.expectedTentative !== undefined) expect(cell?.tentative, q.question).toBe(q.expectedTentative);
    if (q.expectedEvidence !== undefined) {
      expect(
        cell?.evidence.map(({ event, document }) => ({ event, document })),
        q.question,
      ).toEqual(q.expectedEvidence);
    }
    // The snapshot path agrees with the one-cell path.
    expect(
      ledger.at(q.at, q.knownAt === null ? {} : { knownAt: q.knownAt }).cell(q.party, q.issue)?.stance ?? null,
    ).toBe(q.expected);
  });

  // The hand-checked answers and the reference model over the raw files agree: the table is not tuned to
  // the library, and the model (the oracle of the CLI and example tests) reads the dataset right.
  test.each(table.map((q) => [q.id, q] as const))('%s, asked of the reference model', (_id, q: Question) => {
    const cell = rawDataset().model.cell(q.party, q.issue, q.at, q.knownAt ?? undefined);
    expect(cell?.stance ?? null, q.question).toBe(q.expected);
    if (q.expectedTerms !== undefined) expect(cell?.terms, q.question).toEqual(q.expectedTerms);
    if (q.expectedTentative !== undefined) expect(cell?.tentative, q.question).toBe(q.expectedTentative);
    if (q.expectedEvidence !== undefined)
      expect(
        cell?.evidence.map(({ event, document }) => ({ event, document })),
        q.question,
      ).toEqual(q.expectedEvidence);
  });

  test('has at least 20 questions, each with an answer source and a reason', async () => {
    const { documents } = await dataset();
    const ids = new Set(documents.map((d) => d.id));
    expect(table.length).toBeGreaterThanOrEqual(20);
    expect(new Set(table.map((q) => q.id)).size).toBe(table.length);
    for (const q of table) {
      expect(ids.has(q.document), q.id).toBe(true);
      expect(q.why.length, q.id).toBeGreaterThan(10);
    }
  });

  test("covers each of issue 15's fixes and additions (every event appended after the first coding)", () => {
    const appended = rawEventLines()
      .filter(({ line }) => line >= FIRST_APPENDED_LINE)
      .map(({ value }) => value['id'] as string);
    expect(appended.length).toBeGreaterThan(0);
    const covered = new Set(table.flatMap((q) => q.covers ?? []));
    expect(appended.filter((id) => !covered.has(id))).toEqual([]);
    // And each fix or addition a question names exists: a typo would otherwise cover nothing.
    const ids = new Set(rawEventLines().map(({ value }) => value['id'] as string));
    expect([...covered].filter((id) => !ids.has(id))).toEqual([]);
  });

  test('covers each narrowed issue and each issue split off from one, with an answer and its evidence', () => {
    for (const issue of NARROWED_AND_SPLIT_OFF) {
      const asked = table.filter((q) => q.issue === issue && q.expected !== null && q.expectedEvidence !== undefined);
      expect(asked.length, issue).toBeGreaterThan(0);
    }
  });

  test('covers every article', async () => {
    const { documents } = await dataset();
    expect(new Set(table.map((q) => q.document))).toEqual(new Set(documents.map((d) => d.id)));
  });

  test('covers at least six parties', () => {
    expect(new Set(table.map((q) => q.party)).size).toBeGreaterThanOrEqual(6);
  });

  // The answers with everything known come from the reference model, not from the ledger under test.
  test('covers both clocks: some "as known at" answers differ from the answer with everything known', () => {
    const { model } = rawDataset();
    const asKnown = table.filter((q) => q.knownAt !== null);
    const differing = asKnown.filter(
      (q) => (model.cell(q.party, q.issue, q.at, undefined)?.stance ?? null) !== q.expected,
    );
    expect(differing.length).toBeGreaterThanOrEqual(3);
    // And at least one of them is a stance known earlier that was later replaced, not only "not yet known".
    expect(differing.some((q) => q.expected !== null)).toBe(true);
  });

  test('covers at least three changes of position (same party and issue, different answers at different dates)', () => {
    const { model } = rawDataset();
    const groups = new Map<string, Question[]>();
    for (const q of table.filter((q) => q.knownAt === null && q.expected !== null)) {
      const key = `${q.party}/${q.issue}`;
      groups.set(key, [...(groups.get(key) ?? []), q]);
    }
    const changes = [...groups.entries()].filter(([, qs]) => new Set(qs.map((q) => q.expected)).size > 1);
    expect(changes.length).toBeGreaterThanOrEqual(3);
    // Each such change is a real change in the timeline, not two readings of one statement.
    for (const [key] of changes) {
      const [party, issue] = key.split('/') as [string, string];
      expect(model.timeline(party, issue, undefined).changes.length, key).toBeGreaterThan(1);
    }
  });
});
