// The table keeps where each source's quote sits in a stored event's text so that evidence reads it
// without parsing the event. The law: whatever strings the event holds (including ones that spell the
// patterns searched for), the n-th offset found is the opening `"` of the n-th quote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property.js';
import { QUOTE_IN_EVENT, storedQuoteOffsets } from '../../src/columns/index.js';

const tricky = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('"quote":"', '"sources":[', '"source":{', '\\"quote\\":\\"', 'a"b\\c', '“We insist.”'),
);
const sourceArb = fc.record({ document: tricky, quote: tricky, locator: tricky }, { requiredKeys: ['document'] });

function quotesAt(text: Uint8Array, offsets: number[]): Array<string | undefined> {
  return offsets.map((offset) => {
    if (offset === QUOTE_IN_EVENT) return undefined;
    expect(text[offset - 1]).toBe(0x22);
    // The quote's JSON string from its opening mark: parse the shortest prefix that is a whole string.
    const rest = new TextDecoder().decode(text.subarray(offset - 1));
    for (let end = 2; end <= rest.length; end++) {
      if (rest[end - 1] !== '"') continue;
      try {
        return JSON.parse(rest.slice(0, end)) as string;
      } catch {}
    }
    return undefined;
  });
}

describe('storedQuoteOffsets', () => {
  it('finds every quote of a statement, in source order, whatever the strings hold (seed 7301)', () => {
    checkProperty(
      fc.property(
        tricky,
        fc.array(sourceArb, { minLength: 1, maxLength: 4 }),
        tricky,
        (summary, sources, conditions) => {
          const text = new TextEncoder().encode(JSON.stringify({ id: 's.x', summary, sources, conditions }));
          const quotes = sources.flatMap((source) => (source.quote === undefined ? [] : [source.quote]));
          expect(quotesAt(text, storedQuoteOffsets(new TextDecoder().decode(text), quotes.length))).toEqual(quotes);
        },
      ),
      { seed: 7301, numRuns: 2000 },
    );
  });

  it("finds a corroboration's single source quote", () => {
    checkProperty(
      fc.property(tricky, tricky, (document, quote) => {
        const text = new TextEncoder().encode(
          JSON.stringify({ id: 'c.x', target: 's.x', source: { document, quote } }),
        );
        expect(quotesAt(text, storedQuoteOffsets(new TextDecoder().decode(text), 1))).toEqual([quote]);
      }),
      { seed: 7302, numRuns: 1000 },
    );
  });

  it('says a quote it cannot find is to be read from the event whole', () => {
    expect(storedQuoteOffsets('{"id":"s.x","sources":[{"document":"d"}]}', 1)).toEqual([QUOTE_IN_EVENT]);
  });
});
