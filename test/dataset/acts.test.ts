// What a party did (its act) agrees with the stance it took, in every live statement of the dataset.
// The table is the coding guide's (seeds/ukraine-2025/README.md, "Act, and which acts agree with which
// stances"), written out here by hand.
import { describe, expect, test } from 'vitest';
import type { Act, Stance } from '../../src/index.js';
import { dataset, everyStatementOf, liveStatementsOf } from './fixture.js';

const AGREES: Record<Act, readonly Stance[]> = {
  accept: ['supports', 'demands'],
  reject: ['opposes', 'rejects'],
  demand: ['demands', 'supports'],
  propose: ['supports', 'neutral', 'opposes'],
  concede: ['neutral', 'supports', 'opposes'],
  reaffirm: ['demands', 'supports', 'neutral', 'opposes', 'rejects'],
  threaten: ['supports', 'demands'],
  assert: ['supports', 'neutral', 'opposes'],
  deny: ['rejects'],
};

/** On a claim (topic `claims`), asserting is `supports` and denying is `rejects`; nothing else. */
const ON_A_CLAIM: readonly (readonly [Act, Stance])[] = [
  ['assert', 'supports'],
  ['deny', 'rejects'],
];

describe('acts agree with stances', () => {
  test('every live statement pairs its act with a stance the table allows', async () => {
    const { ledger } = await dataset();
    const statements = liveStatementsOf(ledger.events());
    expect(statements.length).toBeGreaterThan(0);
    const disagreeing = statements
      .filter((s) => !AGREES[s.act].includes(s.stance))
      .map((s) => `${s.id}: ${s.act} with ${s.stance}`);
    expect(disagreeing).toEqual([]);
  });

  test('on a claim, every live statement asserts it (supports) or denies it (rejects)', async () => {
    const { ledger, vocabulary } = await dataset();
    const onClaims = liveStatementsOf(ledger.events()).filter((s) => vocabulary.issue(s.issue)?.topic === 'claims');
    expect(onClaims.length).toBeGreaterThan(0);
    for (const s of onClaims) {
      expect(
        ON_A_CLAIM.some(([act, stance]) => s.act === act && s.stance === stance),
        `${s.id}: ${s.act} with ${s.stance}`,
      ).toBe(true);
    }
  });

  test('the check can fail: the first coding had pairs the table refuses, all of them fixed since', async () => {
    const { ledger } = await dataset();
    const live = new Set(liveStatementsOf(ledger.events()).map((s) => s.id));
    const refused = everyStatementOf(ledger.events())
      .filter((s) => !AGREES[s.act].includes(s.stance))
      .map((s) => s.id);
    expect(refused.sort()).toEqual([
      's.001.ukraine.binding-guarantees',
      's.002.united-states.european-force-in-ukraine',
    ]);
    expect(refused.filter((id) => live.has(id))).toEqual([]);
  });
});
