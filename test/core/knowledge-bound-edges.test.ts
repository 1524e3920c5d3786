// An event is known as of K when it was recorded before K's bound (docs/design.md §3.2), and the bound of
// a minute is the next minute: asked as of the minute before its recordedAt, an event is not known yet;
// asked as of its own minute, it is. Each case sits a query exactly on such an edge, for every kind of
// row whose liveness flips: a statement, a replacement, a retracted statement, and one whose retraction
// is itself retracted. The answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { retraction, statement } from '../support/fixtures.js';

const { type: _type, recordedAt: _recordedAt, ...base } = statement();

const stanceAsOf = (ledger: Ledger, knownAt: string, issue = 'nato') =>
  ledger.at('2030', { knownAt }).cell('ukraine', issue)?.stance;

describe('queries on the edge of an event becoming known', () => {
  it('a replacement counts from its correction’s own minute, not the minute before', () => {
    const ledger = Ledger.from([
      statement({ id: 's1', stance: 'demands', statedAt: '2025-01', recordedAt: '2025-01-10T00:00Z' }),
      {
        type: 'correction',
        id: 'c1',
        target: 's1',
        recordedAt: '2025-02-01T00:01Z',
        replacement: { ...base, stance: 'opposes', statedAt: '2025-01' },
      },
    ]);
    expect(stanceAsOf(ledger, '2025-02-01T00:00Z')).toBe('demands');
    expect(stanceAsOf(ledger, '2025-02-01T00:01Z')).toBe('opposes');
  });

  it('a statement, its retraction and the retraction’s retraction each count from their own minute', () => {
    const ledger = Ledger.from([
      statement({ id: 's1', stance: 'demands', statedAt: '2025-01', recordedAt: '2025-01-10T00:05Z' }),
      statement({ id: 's2', stance: 'rejects', statedAt: '2025-01-20', recordedAt: '2025-01-20T00:05Z' }),
      retraction('r1', 's2', '2025-02-01T00:05Z'),
      retraction('r2', 'r1', '2025-03-01T00:05Z'),
    ]);
    expect(stanceAsOf(ledger, '2025-01-10T00:04Z')).toBeUndefined();
    expect(stanceAsOf(ledger, '2025-01-10T00:05Z')).toBe('demands');
    expect(stanceAsOf(ledger, '2025-01-20T00:04Z')).toBe('demands');
    expect(stanceAsOf(ledger, '2025-01-20T00:05Z')).toBe('rejects');
    expect(stanceAsOf(ledger, '2025-02-01T00:04Z')).toBe('rejects');
    expect(stanceAsOf(ledger, '2025-02-01T00:05Z')).toBe('demands');
    expect(stanceAsOf(ledger, '2025-03-01T00:04Z')).toBe('demands');
    expect(stanceAsOf(ledger, '2025-03-01T00:05Z')).toBe('rejects');
  });

  it('a statement retracted the moment it was recorded comes alive from the minute its retraction is retracted', () => {
    // Its liveness flips once, at r2's recordedAt, not at its own.
    const ledger = Ledger.from([
      statement({ id: 's1', stance: 'demands', statedAt: '2025-01', recordedAt: '2025-01-10T00:05Z' }),
      retraction('r1', 's1', '2025-01-10T00:05Z'),
      retraction('r2', 'r1', '2025-02-01T00:05Z'),
    ]);
    expect(stanceAsOf(ledger, '2025-01-10T00:05Z')).toBeUndefined();
    expect(stanceAsOf(ledger, '2025-02-01T00:04Z')).toBeUndefined();
    expect(stanceAsOf(ledger, '2025-02-01T00:05Z')).toBe('demands');
  });
});
