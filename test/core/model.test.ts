// Model-based test: random appends (valid and deliberately invalid), retractions, corrections and
// queries, run against the Ledger and the naive reference model, comparing every answer. An invalid
// append must throw ValidationError (with the problem codes the model predicts) and change nothing.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { commandArbs, type ModelState, type RealState } from '../support/commands.js';
import { VOCABULARY } from '../support/fixtures.js';

const params = { seed: 8675309, numRuns: 60 };

describe(`model-based: Ledger vs reference model (seed ${params.seed}, ${params.numRuns} runs of up to 40 commands)`, () => {
  it('agrees on every answer and every append outcome', () => {
    fc.assert(
      fc.property(fc.commands(commandArbs, { maxCommands: 40, size: 'max' }), (commands) => {
        const setup = () => ({
          model: { events: [] } as ModelState,
          real: { ledger: new Ledger({ vocabulary: VOCABULARY }) } as RealState,
        });
        fc.modelRun(setup, commands);
      }),
      params,
    );
  });
});
