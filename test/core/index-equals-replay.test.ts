import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { ledgerAnswers, modelAnswers } from '../support/answers.js';
import { streamWithQueriesArb, SEVERAL_BLOCS } from '../support/arbitraries.js';
import { BLOCS_VOCABULARY, VOCABULARY } from '../support/fixtures.js';
import { ReferenceModel } from '../support/reference-model.js';

const params = { seed: 20251231, numRuns: 60 };
const long = { seed: 1654, numRuns: 8 };
const blocs = { seed: 3107, numRuns: 40 };

describe('law: index = replay', () => {
  it(`the indexed ledger answers every query kind as the naive full replay does (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ledger = new Ledger({ vocabulary: VOCABULARY });
        ledger.append(stream.raw);
        const model = new ReferenceModel(stream.events, VOCABULARY);
        expect(ledgerAnswers(ledger, queries)).toEqual(modelAnswers(model, queries));
      }),
      params,
    );
  });

  it(`the same with several blocs per member, listed out of id order, so the tie rule between blocs decides \`via\` (seed ${blocs.seed}, ${blocs.numRuns} runs)`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(24, 4, false, SEVERAL_BLOCS), ({ stream, queries }) => {
        const ledger = new Ledger({ vocabulary: BLOCS_VOCABULARY });
        ledger.append(stream.raw);
        expect(ledgerAnswers(ledger, queries)).toEqual(
          modelAnswers(new ReferenceModel(stream.events, BLOCS_VOCABULARY), queries),
        );
      }),
      blocs,
    );
  });

  it(`the same on long streams crowded into a few cells, deep enough for the index's search structures (seed ${long.seed}, ${long.numRuns} runs of up to 150 steps)`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(150, 3, true), ({ stream, queries }) => {
        const ledger = new Ledger({ vocabulary: VOCABULARY });
        ledger.append(stream.raw);
        expect(ledgerAnswers(ledger, queries)).toEqual(
          modelAnswers(new ReferenceModel(stream.events, VOCABULARY), queries),
        );
      }),
      long,
    );
  });
});
