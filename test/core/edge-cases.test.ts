// Behaviour easy to get subtly wrong: a projection leaves its caller's initial state alone, and error
// messages say what is actually wrong.
import { describe, expect, it } from 'vitest';
import { Ledger, Vocabulary, defineProjection } from '../../src/index.js';
import { statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

describe('projections', () => {
  it("never freeze or change the caller's initial state, whether or not statements change it", () => {
    const ledger = Ledger.from([statement({ id: 's1' })]);
    const initial = { n: 0, nested: { list: [] as number[] }, untouched: { list: [] as number[] } };
    const counted = ledger.project(defineProjection({ initial, reduce: (draft) => void (draft.n += 1) }));
    const empty = ledger.project(defineProjection({ initial, reduce: () => undefined }), { at: '1999' });
    expect(counted.n).toBe(1);
    expect(Object.isFrozen(counted) && Object.isFrozen(counted.untouched.list)).toBe(true);
    expect(Object.isFrozen(empty.nested)).toBe(true);
    expect(Object.isFrozen(initial) || Object.isFrozen(initial.nested) || Object.isFrozen(initial.untouched.list)).toBe(
      false,
    );
    initial.nested.list.push(1);
    expect(initial).toEqual({ n: 0, nested: { list: [1] }, untouched: { list: [] } });
  });
});

describe('error messages say what is actually wrong', () => {
  it('a day-first query date is named as such, not taken for an interval', () => {
    const [problem] = problemsOf(() => new Ledger().at('31/12/2025'));
    expect(problem?.message).toMatch(/year-first/);
    expect(problemsOf(() => new Ledger().at('2025-01/2025-02'))[0]?.message).toMatch(/not an interval/);
  });

  it('an unknown target gets a suggestion from the events already in the ledger, not only the batch', () => {
    const ledger = Ledger.from([statement({ id: 'wire-0001' })]);
    const [problem] = problemsOf(() =>
      ledger.append([{ type: 'retraction', target: 'wire-001', reason: 'misreport', recordedAt: '2025-05-01T00:00Z' }]),
    );
    expect(problem).toMatchObject({ code: 'unknown-target', suggestion: "did you mean 'wire-0001'?" });
  });

  it('a wrong value in a vocabulary is called wrong, not missing', () => {
    const [problem] = problemsOf(() =>
      Vocabulary.from({ parties: [{ id: 'x', name: 'X', kind: 'nation' }], issues: [] }),
    );
    expect(problem?.path).toEqual(['vocabulary', 'parties', 0, 'kind']);
    expect(problem?.message).toMatch(/got "nation"/);
    expect(problem?.message).not.toMatch(/missing/);
  });

  it('an unknown field is named in the path, and a misspelt value gets a suggestion', () => {
    const problems = problemsOf(() => new Ledger().append([statement({ extra: 1, stance: 'suports' })]));
    expect(problems).toContainEqual(expect.objectContaining({ path: ['extra'], message: "unknown field 'extra'" }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: ['stance'], suggestion: "did you mean 'supports'?" }),
    );
  });

  it('stray white space around a time is named as such', () => {
    const [problem] = problemsOf(() => new Ledger().append([statement({ statedAt: '2025-12-31 ' })]));
    expect(problem?.message).toMatch(/white space/);
  });
});
