// The stream fold's second passes (docs/design.md §9.3): when a cell's first-pass winner or breaker is
// dead, the fold picks them again from live candidates only. These streams are small and exact, each
// built so that one step of that work decides the answer; the expected cells are written out by hand
// (docs/design.md §3.3, §3.4, §4), and the indexed ledger is asked the same question as a second witness.
import { describe, expect, it } from 'vitest';
import { foldEvents, Ledger, type VocabularyData } from '../../src/index.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const statement = (id: string, parties: string[], stance: string, statedAt: string, recordedAt: string) => ({
  type: 'statement',
  id,
  parties,
  issue: 'guarantees',
  stance,
  act: 'assert',
  attribution: 'on-record',
  statedAt,
  recordedAt,
  summary: 'On guarantees.',
  sources: [{ document: 'doc-1' }],
});
const retraction = (id: string, target: string, recordedAt: string) => ({
  type: 'retraction',
  id,
  target,
  reason: 'misreport',
  recordedAt,
});

/** A member of two blocs, `alpha` listed before `beta`: statements of `alpha` reach it through lane 1, of `beta` through lane 2. */
const vocabulary: VocabularyData = {
  parties: [
    { id: 'member', name: 'Member', kind: 'state' },
    { id: 'alpha', name: 'Alpha', kind: 'bloc', members: ['member'] },
    { id: 'beta', name: 'Beta', kind: 'bloc', members: ['member'] },
  ],
  issues: [{ id: 'guarantees', title: 'Guarantees', proposition: 'Guarantees are given.', topic: 'security' }],
};

describe('foldEvents: a winner picked again', () => {
  it('keeps the first lane for a joint statement of two blocs when the later winner is retracted', () => {
    // `joint` reaches `member` through alpha (lane 1) and beta (lane 2), in that row order. `own` is
    // greater (stated later) and wins the first pass; it is retracted, so the winner is picked again
    // from the live candidates: `joint`, which counts once, through its first lane (the tie rule, §4).
    const events = [
      statement('joint', ['alpha', 'beta'], 'supports', '2025-01', '2025-02-01T00:00Z'),
      statement('own', ['member'], 'opposes', '2025-03', '2025-03-10T00:00Z'),
      retraction('x', 'own', '2025-04-01T00:00Z'),
    ];
    const ledger = Ledger.from(events, { vocabulary });
    const folded = foldEvents(ledger.events(), '2025-12-31', { inherit: true, vocabulary });
    expect(folded.cell('member', 'guarantees')?.stance).toBe('supports');
    expect(folded.cell('member', 'guarantees')?.evidence).toEqual([
      { event: 'joint', document: 'doc-1', via: 'alpha' },
    ]);
    expect(plain(folded)).toEqual(plain(ledger.at('2025-12-31', { inherit: true })));
    // Known before the retraction, `own` wins.
    expect(
      foldEvents(ledger.events(), '2025-12-31', { inherit: true, vocabulary, knownAt: '2025-03-20' }).cell(
        'member',
        'guarantees',
      )?.stance,
    ).toBe('opposes');
  });
});

describe('foldEvents: a retraction loop no answer depends on', () => {
  it('answers the other cells instead of naming the loop', () => {
    // `a` and `b` retract each other (a ledger refuses that; a hand-made stream may hold it). No
    // statement is their target, so no cell's liveness reads them: the fold must not look at them.
    const events = [
      retraction('a', 'b', '2025-02-01T00:00Z'),
      retraction('b', 'a', '2025-02-02T00:00Z'),
      statement('s', ['member'], 'supports', '2025-01', '2025-02-03T00:00Z'),
    ];
    const cells = foldEvents(events as never, '2025-12-31').cells();
    expect(cells.map((c) => [c.party, c.issue, c.stance, c.statement])).toEqual([
      ['member', 'guarantees', 'supports', 's'],
    ]);
  });
});
