// The knowledge clock of the dataset: a statement is recorded on the (estimated) publication day of
// the first article reporting it; a later article's report is a corroboration recorded on that
// article's day, never before what it corroborates. A fix is recorded at the instant of what it fixes, so a
// correction's replacement has its target's recordedAt, which is its first document's date too.
import { describe, expect, test } from 'vitest';
import { parseFuzzyTime } from '../../src/index.js';
import { corroborationsOf, dataset, everyStatementOf, liveCorroborationsOf, startOf } from './fixture.js';

describe('recordedAt', () => {
  test("each statement is recorded at 00:00Z of its first source document's estimated publication date", async () => {
    const { ledger, documents } = await dataset();
    const published = new Map(documents.map((d) => [d.id, d.publishedAt]));
    for (const s of everyStatementOf(ledger.events())) {
      const first = s.sources[0]!.document;
      expect(s.recordedAt, s.id).toBe(startOf(published.get(first)!));
    }
  });

  test("a statement's first source is its earliest document", async () => {
    const { ledger, documents } = await dataset();
    const start = new Map(documents.map((d) => [d.id, parseFuzzyTime(d.publishedAt).start]));
    for (const s of everyStatementOf(ledger.events())) {
      const starts = s.sources.map((src) => start.get(src.document)!);
      expect(Math.min(...starts), s.id).toBe(starts[0]);
    }
  });

  test("each corroboration is recorded at its own document's date, not before its target, from another document", async () => {
    const { ledger, documents } = await dataset();
    const published = new Map(documents.map((d) => [d.id, d.publishedAt]));
    const corroborations = corroborationsOf(ledger.events());
    expect(corroborations.length).toBeGreaterThan(0);
    for (const c of corroborations) {
      expect(c.recordedAt, c.id).toBe(startOf(published.get(c.source.document)!));
      const target = ledger.get(c.target);
      expect(target?.type, c.id).toBe('statement');
      if (target?.type !== 'statement') continue;
      expect(Date.parse(c.recordedAt), c.id).toBeGreaterThanOrEqual(Date.parse(target.recordedAt));
      expect(
        target.sources.map((s) => s.document),
        c.id,
      ).not.toContain(c.source.document);
    }
  });

  test('as known before the second article, only the first source of a corroborated statement shows', async () => {
    const { ledger } = await dataset();
    // A corroboration that was retracted, or whose target was, shows nowhere: see fixes.test.ts.
    const corroborations = liveCorroborationsOf(ledger.events());
    expect(corroborations.length).toBeGreaterThan(0);
    for (const c of corroborations) {
      const target = ledger.get(c.target);
      if (target?.type !== 'statement') continue;
      const party = target.parties[0]!;
      const at = target.statedAt.split('/').at(-1)!;
      const before = new Date(Date.parse(c.recordedAt) - 1).toISOString();
      const documentsOf = (knownAt?: string) =>
        ledger
          .cell(party, target.issue, { at, ...(knownAt === undefined ? {} : { knownAt }) })
          ?.evidence.map((e) => e.document) ?? [];
      expect(documentsOf(before), c.id).not.toContain(c.source.document);
      expect(documentsOf(), c.id).toContain(c.source.document);
    }
  });

  test('every source document has an estimated date with a precision and a reason', async () => {
    const { documents } = await dataset();
    for (const d of documents) {
      expect(d.reason?.length, d.id).toBeGreaterThan(10);
      expect(parseFuzzyTime(d.publishedAt).precision, d.id).toBe(d.precision);
    }
  });
});
