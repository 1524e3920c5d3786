// Answers equal the reference model's exactly: the same keys (a change or cell without terms has no
// `terms` key at all, docs/design.md §6.1, §6.2), and, without a vocabulary, divergence and alignment
// compare every party (§6.4, §6.5). The law index = replay compares answers as JSON, which drops a key
// whose value is `undefined`; these compare the objects themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property.js';
import { Ledger } from '../../src/index.js';
import { streamWithQueriesArb } from '../support/arbitraries.js';
import { ISSUES, PARTIES, VOCABULARY } from '../support/fixtures.js';
import { ReferenceModel } from '../support/reference-model.js';

const params = { seed: 6111, numRuns: 40 };

describe('answers equal the reference model key for key', () => {
  it(`cells and timelines, with a vocabulary (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ledger = new Ledger({ vocabulary: VOCABULARY });
        ledger.append(stream.raw);
        const model = new ReferenceModel(stream.events, VOCABULARY);
        for (const q of queries) {
          const options = { ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit };
          expect([...ledger.at(q.at, options).cells()]).toStrictEqual(model.cells(q.at, q.knownAt, q.inherit));
          for (const p of PARTIES)
            for (const i of ISSUES)
              expect(ledger.timeline(p, i, options)).toStrictEqual(model.timeline(p, i, q.knownAt, q.inherit));
        }
      }),
      params,
    );
  });

  it(`divergence and alignment without a vocabulary compare every party (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    let compared = 0;
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ledger = new Ledger();
        ledger.append(stream.raw);
        const model = new ReferenceModel(stream.events);
        for (const q of queries) {
          const known = q.knownAt === undefined ? {} : { knownAt: q.knownAt };
          const alignment = model.alignment(q.at, q.knownAt);
          compared += alignment.length;
          expect(ledger.divergence(q.at, known)).toStrictEqual(model.divergence(q.at, q.knownAt));
          expect(ledger.alignment(q.at, known)).toStrictEqual(alignment);
        }
      }),
      params,
    );
    expect(compared).toBeGreaterThan(0);
  });
});
