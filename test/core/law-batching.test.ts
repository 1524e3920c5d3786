// Laws about how events arrive (docs/design.md §7): order-free, incremental = batch, idempotent.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { ledgerAnswers } from '../support/answers.js';
import { streamWithQueriesArb } from '../support/arbitraries.js';
import { ledgerFrom, storedSet } from '../support/helpers.js';

const params = { seed: 4242, numRuns: 60 };

describe(`laws of batching (seed ${params.seed}, ${params.numRuns} runs each)`, () => {
  it('order-free: any permutation of one batch gives the same stored events and the same answers', () => {
    const arb = streamWithQueriesArb().chain(({ stream, queries }) =>
      fc
        .shuffledSubarray([...stream.raw], { minLength: stream.raw.length, maxLength: stream.raw.length })
        .map((shuffled) => ({ stream, queries, shuffled })),
    );
    checkProperty(
      fc.property(arb, ({ stream, queries, shuffled }) => {
        const ordered = ledgerFrom(stream.raw);
        const permuted = ledgerFrom(shuffled);
        expect(storedSet(permuted)).toEqual(storedSet(ordered));
        expect(ledgerAnswers(permuted, queries)).toEqual(ledgerAnswers(ordered, queries));
      }),
      params,
    );
  });

  it('order-free: the batch reversed (every retraction, correction and corroboration before its target) gives the same answers', () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ordered = ledgerFrom(stream.raw);
        const reversed = ledgerFrom([...stream.raw].reverse());
        expect(storedSet(reversed)).toEqual(storedSet(ordered));
        expect(ledgerAnswers(reversed, queries)).toEqual(ledgerAnswers(ordered, queries));
      }),
      params,
    );
  });

  it('incremental = batch: one at a time, or in random chunks, gives the same events (same order) and answers as one batch', () => {
    const arb = streamWithQueriesArb().chain(({ stream, queries }) =>
      fc
        .uniqueArray(fc.nat(stream.raw.length), { maxLength: 6 })
        .map((cuts) => ({ stream, queries, cuts: cuts.sort((a, b) => a - b) })),
    );
    checkProperty(
      fc.property(arb, ({ stream, queries, cuts }) => {
        const batch = ledgerFrom(stream.raw);
        const oneByOne = ledgerFrom(
          stream.raw,
          stream.raw.map((_, i) => i),
        );
        const chunked = ledgerFrom(stream.raw, cuts);
        const expected = ledgerAnswers(batch, queries);
        expect(oneByOne.events()).toEqual(batch.events());
        expect(chunked.events()).toEqual(batch.events());
        expect(ledgerAnswers(oneByOne, queries)).toEqual(expected);
        expect(ledgerAnswers(chunked, queries)).toEqual(expected);
      }),
      params,
    );
  });

  it('idempotent: appending the same events again (all, or any subset in any order) adds nothing and changes nothing', () => {
    const arb = streamWithQueriesArb().chain(({ stream, queries }) =>
      fc.shuffledSubarray([...stream.raw]).map((again) => ({ stream, queries, again })),
    );
    checkProperty(
      fc.property(arb, ({ stream, queries, again }) => {
        const ledger = ledgerFrom(stream.raw);
        const before = { events: ledger.events(), answers: ledgerAnswers(ledger, queries) };
        const all = ledger.append(stream.raw);
        expect(all.added).toEqual([]);
        expect(all.unchanged).toEqual(stream.events.map((e) => e.id));
        const some = ledger.append(again);
        expect(some.added).toEqual([]);
        expect(some.unchanged).toHaveLength(again.length);
        expect(ledger.size).toBe(stream.events.length);
        // The very same stored objects, in the same order.
        expect(ledger.events()).toEqual(before.events);
        expect(ledgerAnswers(ledger, queries)).toEqual(before.answers);
      }),
      params,
    );
  });
});
