// The append builds a problem's origin (index, line, file) only when it reports one, from the event's
// index in the batch; it keeps no origin object per event. These pin, for every kind of problem the
// append itself finds, exactly which event it names and how, with and without lines and file, so that
// no problem can move to another line or change its keys.
import { describe, expect, it } from 'vitest';
import { Ledger, type Problem } from '../../src/index.js';
import { VOCABULARY, statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const {
  type: _type,
  recordedAt: _recordedAt,
  ...replacement
} = statement({ stance: 'supports', summary: 'corrected' });
const retraction = (id: string, target: string, recordedAt = '2025-05-01T00:00Z') => ({
  type: 'retraction',
  id,
  target,
  reason: 'misreport',
  recordedAt,
});
const correction = (id: string, target: string, recordedAt: string, extra: Record<string, unknown> = {}) => ({
  type: 'correction',
  id,
  target,
  replacement: { ...replacement, ...extra },
  recordedAt,
});
const where = (problems: readonly Problem[]) =>
  problems.map((p) => ({ code: p.code, keys: Object.keys(p).slice(0, 3), index: p.index, line: p.line, file: p.file }));
const withLines = { lines: [10, 12, 15, 20], file: 'events.ndjson' };

describe('problems name the event they are about', () => {
  it('an id taken earlier in the batch names both lines (or both positions without lines)', () => {
    const batch = [statement({ id: 's1' }), statement({ id: 'x' }), statement({ id: 's1', stance: 'rejects' })];
    const lined = problemsOf(() => new Ledger().append(batch, withLines));
    expect(where(lined)).toEqual([
      { code: 'id-conflict', keys: ['index', 'line', 'file'], index: 2, line: 15, file: 'events.ndjson' },
    ]);
    expect(lined[0]?.message).toBe("id 's1' is already used by a different event earlier in this batch (line 10)");
    const bare = problemsOf(() => new Ledger().append(batch));
    expect(where(bare)).toEqual([
      { code: 'id-conflict', keys: ['index', 'code', 'path'], index: 2, line: undefined, file: undefined },
    ]);
    expect(bare[0]?.message).toBe("id 's1' is already used by a different event earlier in this batch (#0)");
  });

  it('a file without lines, and lines without a file', () => {
    const batch = [statement({ id: 's1' }), retraction('r1', 'nope')];
    expect(where(problemsOf(() => new Ledger().append(batch, { file: 'f.ndjson' })))).toEqual([
      { code: 'unknown-target', keys: ['index', 'file', 'code'], index: 1, line: undefined, file: 'f.ndjson' },
    ]);
    expect(where(problemsOf(() => new Ledger().append(batch, { lines: [3, 4] })))).toEqual([
      { code: 'unknown-target', keys: ['index', 'line', 'code'], index: 1, line: 4, file: undefined },
    ]);
  });

  it('target problems, a replacement id taken, and a loop name the event that has them', () => {
    const l = new Ledger();
    l.append([statement({ id: 's0' }), retraction('r0', 's0')]);
    const problems = problemsOf(() =>
      l.append(
        [
          statement({ id: 's1' }),
          {
            type: 'corroboration',
            id: 'k1',
            target: 'r0',
            source: { document: 'doc-1' },
            recordedAt: '2025-06-01T00:00Z',
          },
          retraction('r1', 's1', '2025-01-01T00:00Z'),
          correction('c1', 's1', '2025-06-01T00:00Z', { id: 's0' }),
        ],
        withLines,
      ),
    );
    expect(where(problems)).toEqual([
      { code: 'id-conflict', keys: ['index', 'line', 'file'], index: 3, line: 20, file: 'events.ndjson' },
      { code: 'wrong-target-type', keys: ['index', 'line', 'file'], index: 1, line: 12, file: 'events.ndjson' },
      { code: 'target-recorded-later', keys: ['index', 'line', 'file'], index: 2, line: 15, file: 'events.ndjson' },
    ]);
    // A correction's replacement is an entry of its own but no line of its own: what follows keeps its position.
    const after = problemsOf(() =>
      l.append([correction('c2', 's0', '2025-06-01T00:00Z', { id: 'fresh' }), retraction('r2', 'nope')], withLines),
    );
    expect(where(after)).toEqual([
      { code: 'unknown-target', keys: ['index', 'line', 'file'], index: 1, line: 12, file: 'events.ndjson' },
    ]);
    const loop = problemsOf(() => new Ledger().append([retraction('a', 'b'), retraction('b', 'a')], withLines));
    expect(where(loop)).toEqual([
      { code: 'loop', keys: ['index', 'line', 'file'], index: 0, line: 10, file: 'events.ndjson' },
    ]);
  });

  it('a second live correction is named after the correction that makes it, not the first of the batch', () => {
    const l = new Ledger();
    l.append([statement({ id: 's1' }), correction('c1', 's1', '2025-05-01T00:00Z')]);
    const problems = problemsOf(() =>
      l.append(
        [statement({ id: 'other' }), correction('c2', 's1', '2025-06-01T00:00Z', { summary: 'again' })],
        withLines,
      ),
    );
    expect(where(problems)).toEqual([
      { code: 'second-correction', keys: ['index', 'line', 'file'], index: 1, line: 12, file: 'events.ndjson' },
    ]);
  });

  it('schema and vocabulary problems keep their order among the others', () => {
    const l = new Ledger({ vocabulary: VOCABULARY });
    const problems = problemsOf(() =>
      l.append(
        [
          statement({ id: 's1' }),
          statement({ id: 's2', parties: ['atlantis'] }),
          { type: 'statement' },
          statement({ id: 's1', stance: 'rejects' }),
        ],
        withLines,
      ),
    );
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['unknown-party', 12],
      ...problems.filter((p) => p.code === 'schema').map(() => ['schema', 15]),
      ['id-conflict', 20],
    ]);
    expect(problems.filter((p) => p.code === 'schema').length).toBeGreaterThan(0);
  });
});
