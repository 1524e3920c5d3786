// The stream fold's steps one at a time (docs/design.md §9.3): its first pass over the rows, and the
// passes after it that pick a cell's winner or breaker again from live candidates when the first pick is
// dead. These streams are small and exact, each built so that one step decides the answer; the expected
// cells are written out by hand (docs/design.md §3.3–§3.5, §4), and where a ledger can hold the stream the
// indexed ledger is asked the same question as a second witness.
import { describe, expect, it } from 'vitest';
import { foldEvents, Ledger, type LedgerEvent, type VocabularyData } from '../../src/index.js';
import { retraction } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const statement = (
  id: string,
  parties: string[],
  stance: string,
  statedAt: string,
  recordedAt = '2025-07-01T00:00Z',
) => ({
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

describe('foldEvents: a breaker picked again', () => {
  // Row order is stream order; the candidate order is by statedAt (§3.3). In each stream the first
  // pass keeps a breaker that is then retracted, so the breaker is found again among live candidates,
  // and `since` (§3.5) tells which one it found.
  const sinceOf = (events: readonly unknown[]) => {
    const ledger = Ledger.from(events as never);
    const folded = foldEvents(ledger.events(), '2030');
    expect(plain(folded)).toEqual(plain(ledger.at('2030')));
    return folded.cell('member', 'guarantees')?.since;
  };

  it('when the retracted breaker is the first row of the stream', () => {
    // p (row 0) breaks w's run; with p retracted nothing does, so the run goes back to z.
    const since = sinceOf([
      statement('p', ['member'], 'supports', '2025-01'),
      statement('w', ['member'], 'opposes', '2025-03'),
      statement('z', ['member'], 'opposes', '2024-12'),
      retraction('x', 'p', '2025-08-01T00:00Z'),
    ]);
    expect(since).toBe('2024-12');
  });

  it('when the winner is the first row of the stream', () => {
    // w (row 0) wins; its breaker d is retracted, so y breaks the run and w's since is its own statedAt.
    const since = sinceOf([
      statement('w', ['member'], 'opposes', '2025-06'),
      statement('d', ['member'], 'supports', '2025-03'),
      statement('y', ['member'], 'supports', '2025-01'),
      retraction('x', 'd', '2025-08-01T00:00Z'),
    ]);
    expect(since).toBe('2025-06');
  });

  it('keeps the greatest live candidate of another position, whatever row order they come in', () => {
    // With d retracted, p (row 0) and q both hold another position than w; p is greater, so it breaks
    // the run, and since is w's own statedAt.
    const since = sinceOf([
      statement('p', ['member'], 'supports', '2025-03'),
      statement('w', ['member'], 'opposes', '2025-06'),
      statement('q', ['member'], 'supports', '2025-01'),
      statement('d', ['member'], 'supports', '2025-04'),
      retraction('x', 'd', '2025-08-01T00:00Z'),
    ]);
    expect(since).toBe('2025-06');
  });
});

describe('foldEvents: its first pass', () => {
  it('reads no row past the last of a ledger whose failed append left its columns written', () => {
    const ledger = Ledger.from([statement('kept', ['member'], 'supports', '2025-01')]);
    // The batch is checked after its rows are written into the table; it fails (the retraction's target
    // is missing) and the table's row count is taken back, leaving the rows' columns as they were.
    expect(() =>
      ledger.append([
        statement('dropped', ['member'], 'opposes', '2025-06'),
        retraction('y', 'missing', '2025-08-01T00:00Z'),
      ]),
    ).toThrow();
    const cell = foldEvents(ledger, '2030').cell('member', 'guarantees');
    expect([cell?.statement, cell?.stance]).toEqual(['kept', 'supports']);
  });

  it('gives the 65th candidate of a fold its place in every pass (the candidate list outgrows its first size)', () => {
    // 64 statements that support, then one that opposes, stated last: it wins, the 64th breaks its run,
    // and since is its own statedAt.
    const events = Array.from({ length: 64 }, (_, n) =>
      statement(
        `s${n}`,
        ['member'],
        'supports',
        `2020-01-01T${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z`,
      ),
    );
    events.push(statement('last', ['member'], 'opposes', '2021'));
    const cell = foldEvents(events as never, '2030').cell('member', 'guarantees');
    expect([cell?.statement, cell?.since]).toEqual(['last', '2021']);
  });
});

describe('foldEvents: a loop its answer depends on', () => {
  it('is named whole: code, path, message, both events and what to do', () => {
    // The replacement of c1 counts only if c1 is live, and c1 and r1 retract and correct each other; r1
    // comes first, so the row the loop goes through is row 0.
    const replacement = { ...statement('s1r', ['member'], 'opposes', '2025-02'), v: 1 };
    const events = [
      { type: 'retraction', id: 'r1', v: 1, target: 'c1', reason: 'duplicate', recordedAt: '2025-03-01T00:00:00.000Z' },
      { ...statement('s1', ['member'], 'supports', '2025-01'), v: 1 },
      {
        type: 'correction',
        id: 'c1',
        v: 1,
        target: 'r1',
        replacement,
        reason: 'coding-error',
        recordedAt: '2025-03-01T00:00:00.000Z',
      },
    ] as unknown as LedgerEvent[];
    expect(problemsOf(() => foldEvents(events, '2025'))).toEqual([
      {
        code: 'loop',
        path: ['target'],
        message: "'c1' is retracted or corrected, through 'r1', by itself: a loop",
        events: ['c1', 'r1'],
        suggestion: 'append the stream to a Ledger, which refuses loops, and fold that',
      },
    ]);
  });
});

describe('foldEvents: bad input it names', () => {
  it('a bad valid time, at the option `at`', () => {
    expect(problemsOf(() => foldEvents([], '2025-13'))).toEqual([
      expect.objectContaining({ code: 'invalid-time', path: ['at'] }),
    ]);
  });

  it('a correction without a replacement, at the replacement id', () => {
    const correction = { type: 'correction', id: 'c1', target: 's1', recordedAt: '2025-03-01T00:00:00.000Z' };
    expect(problemsOf(() => foldEvents([correction] as unknown as LedgerEvent[], '2025'))).toEqual([
      expect.objectContaining({ code: 'schema', index: 0, path: ['replacement', 'id'] }),
    ]);
  });
});
