// A snapshot as JSON (docs/design.md §6.1), and a bad query time as a problem (§2.3), written out whole.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/index.js';
import { statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const ledger = Ledger.from([statement({ id: 's1' })]);

describe('a snapshot as JSON', () => {
  it('holds at, knownAt, inherit and its cells', () => {
    const json = JSON.parse(JSON.stringify(ledger.at('2025-12-31', { knownAt: '2025-12-07' })));
    expect(json).toEqual({
      at: '2025-12-31',
      knownAt: '2025-12-07',
      inherit: false,
      cells: [
        {
          party: 'ukraine',
          issue: 'nato',
          stance: 'demands',
          value: 2,
          since: '2025-04',
          tentative: false,
          statement: 's1',
          evidence: [{ event: 's1', document: 'doc-1' }],
        },
      ],
    });
  });
});

describe('a bad query time', () => {
  it("is named with the time parser's suggestion", () => {
    expect(problemsOf(() => ledger.at('2025-12-31T10:00'))).toEqual([
      {
        code: 'invalid-time',
        path: ['at'],
        message: expect.stringContaining("'2025-12-31T10:00' is not a valid time"),
        suggestion: "add 'Z' for UTC or an offset such as '+02:00'",
      },
    ]);
  });
});
