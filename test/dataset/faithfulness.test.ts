// The dataset against the articles it was coded from: quotes are the parties' own words, verbatim
// and short; summaries are in our own words; nothing comes from page furniture or the advertisement;
// the paragraphs 003 prints twice gave one event each.
import { beforeAll, describe, expect, test } from 'vitest';
import type { LedgerEvent, Statement } from '../../src/index.js';
import { articles, articlesAvailable, FURNITURE, paragraphs, quotedPassages, runsOf } from './articles.js';
import { dataset, everyStatementOf, liveCorroborationsOf, liveStatementsOf } from './fixture.js';

const PARIS = '003_80dd6f8df4cb6ed5';

describe.skipIf(!articlesAvailable)('faithful to the articles', () => {
  let texts: Map<string, string>;
  let events: readonly LedgerEvent[];
  let statements: Statement[];
  let quotes: { event: string; document: string; quote: string }[];

  beforeAll(async () => {
    texts = articles();
    const { ledger } = await dataset();
    events = ledger.events();
    // Every statement ever coded, replacements included: a fixed statement's words stay in the file.
    statements = everyStatementOf(events);
    const corroborations = events.flatMap((e) =>
      e.type === 'corroboration' ? [{ id: e.id, sources: [e.source] }] : [],
    );
    quotes = [...statements, ...corroborations].flatMap((e) =>
      e.sources.flatMap((s) => (s.quote === undefined ? [] : [{ event: e.id, document: s.document, quote: s.quote }])),
    );
  });

  test('there is an article for every source document', async () => {
    const { documents } = await dataset();
    expect(documents.map((d) => d.id).filter((id) => !texts.has(id))).toEqual([]);
  });

  test('the furniture lines listed by hand are really lines of their articles', () => {
    for (const [document, lines] of Object.entries(FURNITURE)) {
      const own = paragraphs(texts.get(document) ?? '');
      for (const line of lines) expect(own, `${document}: ${line}`).toContain(line);
    }
  });

  test('some events carry quotes (so the quote checks check something)', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(5);
  });

  test('every quote appears verbatim in its article and has at most 25 words', () => {
    for (const { event, document, quote } of quotes) {
      expect(texts.get(document), `${event}: "${quote}"`).toContain(quote);
      expect(quote.trim().split(/\s+/).length, `${event}: "${quote}"`).toBeLessThanOrEqual(25);
    }
  });

  test("every quote lies inside quotation marks in its article: a party's own words, not the reporter's", () => {
    for (const { event, document, quote } of quotes) {
      const passages = quotedPassages(texts.get(document) ?? '');
      expect(
        passages.some((p) => p.includes(quote)),
        `${event}: "${quote}"`,
      ).toBe(true);
    }
  });

  test('no quote comes from page furniture or the advertisement', () => {
    for (const { event, document, quote } of quotes) {
      const furniture = FURNITURE[document] ?? [];
      const withoutFurniture = paragraphs(texts.get(document) ?? '')
        .filter((p) => !furniture.includes(p))
        .join('\n');
      expect(withoutFurniture, `${event}: "${quote}"`).toContain(quote);
    }
  });

  test('no summary or condition repeats the furniture or the advertisement', () => {
    const furnitureRuns = new Set(
      Object.values(FURNITURE)
        .flat()
        .flatMap((line) => [...runsOf(line, 3)]),
    );
    for (const s of statements) {
      for (const text of [s.summary, s.conditions ?? '']) {
        const shared = [...runsOf(text, 3)].filter((run) => furnitureRuns.has(run));
        expect(shared, s.id).toEqual([]);
      }
      expect(s.summary, s.id).not.toMatch(/vcard|qr code|importance score|hours ago/i);
    }
  });

  test('summaries are in own words: no run of 8 words copied from any article', () => {
    const articleRuns = new Set([...texts.values()].flatMap((t) => [...runsOf(t, 8)]));
    for (const s of statements) {
      const copied = [...runsOf(s.summary, 8)].filter((run) => articleRuns.has(run));
      expect(copied, s.id).toEqual([]);
    }
  });

  test('003 really prints its first six paragraphs twice (the case the next test guards)', () => {
    const p = paragraphs(texts.get(PARIS) ?? '');
    expect(p.slice(1, 7)).toEqual(p.slice(9, 15));
  });

  test('the repeated paragraphs of 003 gave one event per position, never two', () => {
    // Live statements only: a corrected statement and its replacement are one position.
    const fromParis = liveStatementsOf(events).filter((s) => s.sources.some((src) => src.document === PARIS));
    const keys = fromParis.map((s) => JSON.stringify([[...s.parties].sort(), s.issue]));
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    // A corroboration from 003 of a statement first reported by 003 would be the same text counted twice.
    for (const c of liveCorroborationsOf(events)) {
      if (c.source.document !== PARIS) continue;
      const target = statements.find((s) => s.id === c.target);
      expect(
        target?.sources.some((src) => src.document === PARIS),
        c.id,
      ).toBe(false);
    }
  });
});
