// Hand-worked examples of docs/design.md §3, each answer derived by hand from the spec text.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { VOCABULARY, retraction, statement } from '../support/fixtures.js';

const s = (id: string, fields: Record<string, unknown>) => statement({ id, summary: id, ...fields });
const { type: _t, recordedAt: _r, ...base } = statement();
const correct = (id: string, target: string, recordedAt: string, fields: Record<string, unknown>) => ({
  type: 'correction',
  id,
  target,
  recordedAt,
  replacement: { ...base, summary: id, ...fields },
});

describe('winner, since, tentative, evidence', () => {
  const ledger = new Ledger({ vocabulary: VOCABULARY });
  ledger.append([
    s('a', { stance: 'demands', statedAt: '2025-01', recordedAt: '2025-01-05T00:00Z' }),
    s('b', {
      stance: 'demands',
      statedAt: '2025-02-10',
      recordedAt: '2025-02-11T00:00Z',
      sources: [{ document: 'doc-2', quote: 'We insist' }],
    }),
    s('c', { stance: 'opposes', statedAt: '2025-03', recordedAt: '2025-03-20T00:00Z' }),
    s('d', { stance: 'opposes', statedAt: '2025-03', recordedAt: '2025-03-25T00:00Z' }),
    { type: 'corroboration', id: 'b2', target: 'b', source: { document: 'doc-3' }, recordedAt: '2025-02-20T00:00Z' },
    { type: 'corroboration', id: 'b1', target: 'b', source: { document: 'doc-1' }, recordedAt: '2025-02-20T00:00Z' },
  ]);

  it('a reaffirmation extends the run: since is the first of the unbroken run', () => {
    expect(ledger.cell('ukraine', 'nato', { at: '2025-02-28' })).toMatchObject({
      stance: 'demands',
      value: 2,
      statement: 'b',
      since: '2025-01',
      tentative: false,
    });
  });

  it('evidence: the winner’s sources, then its corroborations by (recordedAt, id)', () => {
    expect(ledger.cell('ukraine', 'nato', { at: '2025-02-28' })?.evidence).toEqual([
      { event: 'b', document: 'doc-2', quote: 'We insist' },
      { event: 'b1', document: 'doc-1' },
      { event: 'b2', document: 'doc-3' },
    ]);
    // Known before the corroborations arrived, only the statement's own source.
    expect(
      ledger.cell('ukraine', 'nato', { at: '2025-02-28', knownAt: '2025-02-19' })?.evidence.map((e) => e.event),
    ).toEqual(['b']);
  });

  it('equal statedAt: the later recorded wins; asked inside the month, the winner is tentative', () => {
    expect(ledger.cell('ukraine', 'nato', { at: '2025-03-31' })).toMatchObject({
      statement: 'd',
      since: '2025-03',
      tentative: false,
    });
    expect(ledger.cell('ukraine', 'nato', { at: '2025-03-15' })).toMatchObject({ statement: 'd', tentative: true });
    expect(ledger.cell('ukraine', 'nato', { at: '2025-03-31', knownAt: '2025-03-21' })).toMatchObject({
      statement: 'c',
      since: '2025-03',
    });
  });

  it('no candidate: no cell, never neutral', () => {
    expect(ledger.cell('ukraine', 'nato', { at: '2024-12-31' })).toBeUndefined();
    expect(ledger.cell('russia', 'nato', { at: '2026' })).toBeUndefined();
    expect(ledger.at('2024-12-31').cells()).toEqual([]);
  });

  it('timeline: runs of unchanged stance, each with its statements and their evidence', () => {
    expect(ledger.timeline('ukraine', 'nato').changes.map((c) => [c.stance, c.since, c.statements])).toEqual([
      ['demands', '2025-01', ['a', 'b']],
      ['opposes', '2025-03', ['c', 'd']],
    ]);
  });

  it('diff reports exactly the cells that changed', () => {
    expect(ledger.diff('2025-02', '2025-03').map((c) => [c.party, c.issue, c.before?.stance, c.after?.stance])).toEqual(
      [['ukraine', 'nato', 'demands', 'opposes']],
    );
    expect(ledger.diff('2025-01', '2025-02')).toEqual([]);
    expect(ledger.diff('2024', '2025-01').map((c) => c.before)).toEqual([null]);
  });
});

describe('terms', () => {
  it('a change of terms is a change of position; empty terms are not the same as none, for since, timeline and diff alike', () => {
    const ledger = new Ledger({ vocabulary: VOCABULARY });
    ledger.append([
      s('t1', { issue: 'guarantees', statedAt: '2025-01' }),
      s('t2', { issue: 'guarantees', statedAt: '2025-02', terms: {} }),
      s('t3', { issue: 'guarantees', statedAt: '2025-03', terms: { durationYears: 15 } }),
      s('t4', { issue: 'guarantees', statedAt: '2025-04', terms: { durationYears: 15 } }),
    ]);
    expect(ledger.timeline('ukraine', 'guarantees').changes.map((c) => c.statements)).toEqual([
      ['t1'],
      ['t2'],
      ['t3', 't4'],
    ]);
    expect(ledger.cell('ukraine', 'guarantees', { at: '2025-02' })).toMatchObject({ since: '2025-02', terms: {} });
    expect(ledger.diff('2025-01', '2025-02').map((c) => [c.before?.statement, c.after?.statement])).toEqual([
      ['t1', 't2'],
    ]);
    expect(ledger.diff('2025-03', '2025-04')).toEqual([]);
    expect(ledger.cell('ukraine', 'guarantees', { at: '2025-04' })).toMatchObject({
      since: '2025-03',
      terms: { durationYears: 15 },
    });
  });
});

describe('retractions and corrections', () => {
  const events = [
    s('s1', { stance: 'demands', statedAt: '2025-04', recordedAt: '2025-04-23T00:00Z' }),
    correct('c1', 's1', '2025-05-01T00:00Z', { id: 'r1', stance: 'supports', statedAt: '2025-04-20' }),
    retraction('x1', 'c1', '2025-06-01T00:00Z'),
    retraction('x2', 'x1', '2025-07-01T00:00Z'),
  ];
  const ledger = new Ledger({ vocabulary: VOCABULARY });
  ledger.append([...events].reverse()); // each retraction before its target in the batch
  const stanceKnownAt = (knownAt: string) => ledger.cell('ukraine', 'nato', { at: '2026', knownAt })?.statement;

  it('as known over time: original, corrected, correction retracted (both halves undone), retraction retracted (correction back)', () => {
    expect(stanceKnownAt('2025-04-30')).toBe('s1');
    expect(stanceKnownAt('2025-05-31')).toBe('r1');
    expect(stanceKnownAt('2025-06-30')).toBe('s1');
    expect(stanceKnownAt('2025-07-01')).toBe('r1');
    expect(ledger.cell('ukraine', 'nato', { at: '2026' })).toMatchObject({
      stance: 'supports',
      since: '2025-04-20',
      statement: 'r1',
    });
  });

  it('the replacement is an ordinary statement later events can target', () => {
    expect(ledger.get('r1')).toMatchObject({ type: 'statement', recordedAt: '2025-05-01T00:00:00.000Z' });
    ledger.append([retraction('x3', 'r1', '2025-08-01T00:00Z')]);
    expect(ledger.cell('ukraine', 'nato', { at: '2026' })).toBeUndefined();
    expect(ledger.cell('ukraine', 'nato', { at: '2026', knownAt: '2025-07-31' })?.statement).toBe('r1');
  });
});

describe('blocs', () => {
  const ledger = new Ledger({ vocabulary: VOCABULARY });
  ledger.append([
    s('e1', { parties: ['eu'], issue: 'crimea', stance: 'rejects', statedAt: '2025-03' }),
    s('f1', { parties: ['france'], issue: 'crimea', stance: 'opposes', statedAt: '2025-02' }),
    s('r1', { parties: ['russia'], issue: 'crimea', stance: 'demands', statedAt: '2025-01' }),
  ]);

  it('by default a member holds only its own statements; with inherit the bloc’s count too, via the bloc', () => {
    expect(ledger.cell('france', 'crimea', { at: '2026' })?.statement).toBe('f1');
    expect(ledger.cell('constructor', 'crimea', { at: '2026' })).toBeUndefined();
    expect(ledger.cell('france', 'crimea', { at: '2026', inherit: true })).toMatchObject({
      statement: 'e1',
      evidence: [{ event: 'e1', document: 'doc-1', via: 'eu' }],
    });
    expect(ledger.cell('constructor', 'crimea', { at: '2026', inherit: true })?.statement).toBe('e1');
    expect(ledger.cell('eu', 'crimea', { at: '2026', inherit: true })?.evidence[0]).not.toHaveProperty('via');
    expect(ledger.cell('france', 'crimea', { at: '2025-02-28', inherit: true })?.statement).toBe('f1');
  });

  it('divergence counts the bloc once beside its members, nothing inherited', () => {
    expect(ledger.divergence('2026')).toEqual([
      {
        issue: 'crimea',
        verdict: 'contested',
        spread: 4,
        stances: { eu: 'rejects', france: 'opposes', russia: 'demands' },
      },
    ]);
    expect(ledger.divergence('2025-01')).toEqual([
      { issue: 'crimea', verdict: 'open', spread: 0, stances: { russia: 'demands' } },
    ]);
  });

  it('alignment leaves out a bloc paired with its own member', () => {
    expect(ledger.alignment('2026')).toEqual([
      { parties: ['eu', 'russia'], agree: [], disagree: ['crimea'], other: [] },
      { parties: ['france', 'russia'], agree: [], disagree: ['crimea'], other: [] },
    ]);
  });
});
