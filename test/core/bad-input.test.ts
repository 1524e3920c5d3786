// Bad input (issue 2): one error type listing every problem with where and what, a suggestion where
// there is one, and a failed append leaves the ledger exactly as it was.
import { describe, expect, it } from 'vitest';
import { Ledger, formatProblem, type Problem } from '../../src/index.js';
import { VOCABULARY, statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const ledger = () => new Ledger({ vocabulary: VOCABULARY });
const {
  type: _type,
  recordedAt: _recordedAt,
  ...replacement
} = statement({ stance: 'supports', summary: 'corrected' });
const retraction = (target: string, recordedAt = '2025-05-01T00:00Z', id?: string) => ({
  type: 'retraction',
  ...(id ? { id } : {}),
  target,
  reason: 'misreport',
  recordedAt,
});
const correction = (id: string, target: string, recordedAt: string, summary = 'corrected') => ({
  type: 'correction',
  id,
  target,
  replacement: { ...replacement, summary },
  recordedAt,
});

/** Everything a caller can observe, for "nothing changed" checks. */
function observe(l: Ledger): unknown {
  return JSON.parse(
    JSON.stringify({
      size: l.size,
      events: l.events(),
      now: l.at('2026', { inherit: true }).cells(),
      earlier: l.at('2025-04-30', { knownAt: '2025-05-01' }).cells(),
      timeline: l.timeline('ukraine', 'nato'),
      divergence: l.divergence('2026'),
    }),
  );
}

describe('schema violations', () => {
  it('lists every problem of an event, each with its field path', () => {
    const problems = problemsOf(() =>
      ledger().append([
        {
          type: 'statement',
          parties: [],
          issue: 'x y',
          stance: 'maybe',
          statedAt: '2025-13',
          recordedAt: '2025-01-01',
          sources: [{}],
          extra: 1,
        },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        ['parties'],
        ['issue'],
        ['stance'],
        ['act'],
        ['attribution'],
        ['statedAt'],
        ['summary'],
        ['sources', 0, 'document'],
        ['recordedAt'],
        ['extra'],
      ]),
    );
    expect(problems).toHaveLength(10);
    expect(problems.every((p) => p.index === 0 && p.message.length > 0)).toBe(true);
    expect(problems.find((p) => p.path[0] === 'stance')?.message).toMatch(/"maybe"/);
    expect(problems.find((p) => p.path[0] === 'extra')?.message).toMatch(/unknown field 'extra'/);
    expect(problems.find((p) => p.path[0] === 'recordedAt')?.suggestion).toMatch(/2025-01-01T00:00:00Z/);
  });

  it('names the index in the batch, and the file and line when given', () => {
    const problems = problemsOf(() =>
      ledger().append([statement(), statement({ stance: 'maybe' }), null, 'text', []], {
        lines: [3, 4, 7, 8, 9],
        file: 'events.ndjson',
      }),
    );
    expect(problems.map((p) => [p.index, p.line, p.file])).toEqual([
      [1, 4, 'events.ndjson'],
      [2, 7, 'events.ndjson'],
      [3, 8, 'events.ndjson'],
      [4, 9, 'events.ndjson'],
    ]);
    expect(formatProblem(problems[0] as Problem)).toMatch(/^events\.ndjson:4: stance: /);
    expect(problems.slice(1).map((p) => p.message)).toEqual([
      expect.stringMatching(/null/),
      expect.stringMatching(/string/),
      expect.stringMatching(/array/),
    ]);
  });

  it('an unknown event type suggests the closest', () => {
    const [problem] = problemsOf(() => ledger().append([{ ...statement(), type: 'statment' }]));
    expect(problem).toMatchObject({ path: ['type'], suggestion: expect.stringMatching(/statement/) });
  });
});

describe('vocabulary', () => {
  it.each([
    ['party', { parties: ['ukraine', 'ukriane'] }, 'unknown-party', ['parties', 1], /ukraine/],
    ['issue', { issue: 'nat0' }, 'unknown-issue', ['issue'], /nato/],
    [
      'term',
      { issue: 'guarantees', terms: { durationYear: 5 } },
      'unknown-term',
      ['terms', 'durationYear'],
      /durationYears/,
    ],
  ])('an unknown %s is an error with a "did you mean"', (_, fields, code, path, suggestion) => {
    expect(problemsOf(() => ledger().append([statement(fields)]))).toEqual([
      expect.objectContaining({ code, path, suggestion: expect.stringMatching(suggestion) }),
    ]);
  });

  it("a correction's replacement is checked too", () => {
    const l = ledger();
    l.append([statement({ id: 's1' })]);
    const bad = { ...correction('c1', 's1', '2025-05-01T00:00Z'), replacement: { ...replacement, parties: ['rusia'] } };
    expect(problemsOf(() => l.append([bad]))).toEqual([
      expect.objectContaining({ code: 'unknown-party', suggestion: expect.stringMatching(/russia/) }),
    ]);
  });
});

describe('targets', () => {
  it('a retraction or correction of an unknown id names it', () => {
    expect(problemsOf(() => ledger().append([retraction('nope')]))).toEqual([
      expect.objectContaining({ code: 'unknown-target', path: ['target'], message: expect.stringMatching(/'nope'/) }),
    ]);
    expect(problemsOf(() => ledger().append([correction('c1', 'nope', '2025-05-01T00:00Z')]))).toEqual([
      expect.objectContaining({ code: 'unknown-target', events: expect.arrayContaining(['c1', 'nope']) }),
    ]);
  });

  it('a loop of targets, or an event targeting itself, is an error naming the members', () => {
    const loop = problemsOf(() =>
      ledger().append([retraction('b', '2025-05-01T00:00Z', 'a'), retraction('a', '2025-05-01T00:00Z', 'b')]),
    );
    expect(loop).toContainEqual(expect.objectContaining({ code: 'loop', events: expect.arrayContaining(['a', 'b']) }));
    expect(problemsOf(() => ledger().append([retraction('a', '2025-05-01T00:00Z', 'a')]))).toEqual([
      expect.objectContaining({ code: 'loop', events: ['a'] }),
    ]);
    // A correction loop: a correction of its own replacement, and two corrections of each other's replacements.
    const own = { ...correction('c0', 'r0', '2025-05-01T00:00Z'), replacement: { ...replacement, id: 'r0' } };
    expect(problemsOf(() => ledger().append([own]))).toContainEqual(expect.objectContaining({ code: 'loop' }));
    const crossed = [
      { ...correction('ca', 'rb', '2025-05-01T00:00Z'), replacement: { ...replacement, id: 'ra' } },
      {
        ...correction('cb', 'ra', '2025-05-01T00:00Z', 'other'),
        replacement: { ...replacement, id: 'rb', summary: 'other' },
      },
    ];
    expect(problemsOf(() => ledger().append(crossed))).toContainEqual(expect.objectContaining({ code: 'loop' }));
    // Corrections target statements only: a correction of a correction is the wrong type.
    const l = ledger();
    l.append([statement({ id: 's1' }), correction('c1', 's1', '2025-05-01T00:00Z')]);
    expect(problemsOf(() => l.append([correction('c2', 'c1', '2025-06-01T00:00Z')]))).toEqual([
      expect.objectContaining({ code: 'wrong-target-type' }),
    ]);
  });

  it('an event recorded before its target is an error naming both', () => {
    const problems = problemsOf(() =>
      ledger().append([statement({ id: 's1' }), retraction('s1', '2025-04-22T23:59Z', 'r1')]),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'target-recorded-later', index: 1, events: ['r1', 's1'] }),
    ]);
  });

  it('an id reused with different content is an error naming both events', () => {
    const l = ledger();
    l.append([statement({ id: 's1' })]);
    expect(problemsOf(() => l.append([statement({ id: 's1', stance: 'rejects' })]))).toEqual([
      expect.objectContaining({
        code: 'id-conflict',
        path: ['id'],
        message: expect.stringMatching(/'s1'.*already in the ledger/),
      }),
    ]);
    const inBatch = problemsOf(() =>
      ledger().append([statement({ id: 's2' }), statement({ id: 's2', stance: 'rejects' })], { lines: [10, 11] }),
    );
    expect(inBatch).toEqual([
      expect.objectContaining({ code: 'id-conflict', line: 11, message: expect.stringMatching(/'s2'.*line 10/) }),
    ]);
  });

  it('a second live correction is an error; so is reviving one by retracting the retraction of the first', () => {
    const l = ledger();
    l.append([statement({ id: 's1' }), correction('c1', 's1', '2025-05-01T00:00Z')]);
    expect(problemsOf(() => l.append([correction('c2', 's1', '2025-06-01T00:00Z', 'again')]))).toEqual([
      expect.objectContaining({
        code: 'second-correction',
        events: ['s1', 'c1', 'c2'],
        suggestion: expect.stringMatching(/correct the replacement/),
      }),
    ]);
    // Retract c1, then c2 is fine; retracting that retraction would bring c1 back beside c2.
    l.append([retraction('c1', '2025-05-02T00:00Z', 'r1'), correction('c2', 's1', '2025-06-01T00:00Z', 'again')]);
    const before = observe(l);
    expect(problemsOf(() => l.append([retraction('r1', '2025-07-01T00:00Z', 'r2')]))).toEqual([
      expect.objectContaining({ code: 'second-correction', events: ['s1', 'c1', 'c2'] }),
    ]);
    expect(observe(l)).toEqual(before);
  });
});

describe('a failed append changes nothing', () => {
  it('a batch with one bad event adds none of its good ones, and every answer stays as it was', () => {
    const l = ledger();
    l.append([
      statement({ id: 's1' }),
      correction('c1', 's1', '2025-05-01T00:00Z'),
      statement({ id: 's3', parties: ['eu'], issue: 'crimea', stance: 'rejects' }),
    ]);
    const before = observe(l);
    const events = l.events();
    const bad = [
      statement({ id: 's4', parties: ['russia'], stance: 'rejects' }),
      retraction('s3', '2025-06-01T00:00Z', 'r9'),
      statement({ id: 's5', issue: 'natoo' }),
    ];
    problemsOf(() => l.append(bad));
    problemsOf(() => l.append([retraction('c1', '2025-06-01T00:00Z'), retraction('missing')]));
    problemsOf(() => l.append([statement({ id: 's1', summary: 'changed' })]));
    expect(observe(l)).toEqual(before);
    expect(l.events()).toEqual(events);
    expect(l.get('s4')).toBeUndefined();
    expect(l.get('r9')).toBeUndefined();
    // The good events can still be appended afterwards.
    expect(l.append(bad.slice(0, 2)).added).toHaveLength(2);
  });
});
