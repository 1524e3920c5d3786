// A batch's new ids go into the ledger's id table as they are checked (one lookup each, on a table of
// every id the ledger holds) and come out again when the batch fails. These check that nothing of a failed batch
// can be seen afterwards, and that caller code running during an append sees the ledger as it was.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const retraction = (id: string, target: string) => ({
  type: 'retraction',
  id,
  target,
  reason: 'misreport',
  recordedAt: '2025-05-01T00:00Z',
});

describe('a failed batch leaves no id behind', () => {
  it('get() does not find its events, and the same ids append cleanly afterwards', () => {
    const l = new Ledger();
    l.append([statement({ id: 'kept' })]);
    const failing = [
      statement({ id: 'n1' }),
      {
        type: 'correction',
        id: 'c1',
        target: 'kept',
        replacement: { ...statement({ id: 'r1' }), recordedAt: undefined, type: undefined },
        recordedAt: '2025-06-01T00:00Z',
      },
      retraction('x1', 'missing'),
    ];
    expect(problemsOf(() => l.append(JSON.parse(JSON.stringify(failing)))).map((p) => p.code)).toEqual([
      'unknown-target',
    ]);
    for (const id of ['n1', 'c1', 'r1', 'x1']) expect(l.get(id)).toBeUndefined();
    expect(l.size).toBe(1);
    expect(l.append([statement({ id: 'n1' }), statement({ id: 'r1' })]).added.map((e) => e.id)).toEqual(['n1', 'r1']);
  });

  it('an id of a failed batch is not suggested later', () => {
    const l = new Ledger();
    l.append([statement({ id: 'wire-0001' })]);
    problemsOf(() => l.append([statement({ id: 'wire-0002' }), retraction('r', 'nowhere')]));
    const [problem] = problemsOf(() => l.append([retraction('r', 'wire-0003')]));
    expect(problem?.suggestion).toBe("did you mean 'wire-0001'?");
  });

  it('in a batch, its own ids are suggested before the ledger’s', () => {
    const l = new Ledger();
    l.append([statement({ id: 'wire-0001' })]);
    const [problem] = problemsOf(() => l.append([statement({ id: 'wire-0002' }), retraction('r', 'wire-0003')]));
    expect(problem?.suggestion).toMatch(/^did you mean 'wire-0002'/);
  });

  it('the iterable of an append sees the ledger as it was, even for events it has already handed over', () => {
    const l = new Ledger();
    const seen: unknown[] = [];
    function* events() {
      yield statement({ id: 'g1' });
      seen.push(l.get('g1'));
      yield statement({ id: 'g2' });
      seen.push(l.get('g1'), l.get('g2'));
    }
    l.append(events());
    expect(seen).toEqual([undefined, undefined, undefined]);
    expect(l.get('g2')?.id).toBe('g2');
  });
});
