// The stream fold keeps each candidate's row, cell and lane in arrays that start small and grow
// (docs/design.md §9.3). Picking a cell's winner again, after the first pick is retracted, reads the lane
// back from those arrays: a candidate past their first size must keep the bloc it came through.
import { describe, expect, it } from 'vitest';
import { foldEvents, Ledger } from '../../src/index.js';
import { BLOCS_VOCABULARY, statement } from '../support/fixtures.js';

const time = (n: number) =>
  `2025-03-01T${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z`;

describe('the stream fold past its first array sizes', () => {
  it('a winner picked again from past the hundredth candidate keeps its bloc', () => {
    // Each statement of `accord` is a candidate of its three members: 40 statements, 120 candidates.
    const events = Array.from({ length: 40 }, (_, n) =>
      statement({ id: `a${n}`, parties: ['accord'], statedAt: time(n), recordedAt: '2025-04-01T00:00Z' }),
    );
    events.push({ type: 'retraction', id: 'r', target: 'a39', reason: 'misreport', recordedAt: '2025-05-01T00:00Z' });
    const folded = foldEvents(events as never, '2025-12-31', { inherit: true, vocabulary: BLOCS_VOCABULARY });
    for (const party of ['constructor', 'france', 'ukraine']) {
      const cell = folded.cell(party, 'nato');
      expect({ party, statement: cell?.statement, evidence: cell?.evidence }).toEqual({
        party,
        statement: 'a38',
        evidence: [{ event: 'a38', document: 'doc-1', via: 'accord' }],
      });
    }
    // The indexed ledger, a second witness, answers the same.
    const ledger = Ledger.from(events, { vocabulary: BLOCS_VOCABULARY });
    expect(JSON.stringify(folded.cells())).toBe(JSON.stringify(ledger.at('2025-12-31', { inherit: true }).cells()));
  });
});
