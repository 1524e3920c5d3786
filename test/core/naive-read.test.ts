// The reference model reads raw events itself (test/support/naive-read.ts: its own canonical JSON, SHA-256
// from node:crypto, its own time normalisation); `readEvent` must read every generated event, ids derived
// from content included, exactly as it does (docs/design.md §1.4–§1.5, §2.1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/index.js';
import { SEVERAL_BLOCS, streamArb } from '../support/arbitraries.js';
import { naiveRead } from '../support/naive-read.js';
import { checkProperty } from '../support/property.js';

const params = { seed: 5150, numRuns: 80 };

describe('readEvent = the reference model reading raw events', () => {
  it(`normalises and derives ids as the model does, for every generated event (seed ${params.seed}, ${params.numRuns} runs)`, () => {
    let derived = 0;
    checkProperty(
      fc.property(streamArb(30, false, SEVERAL_BLOCS), (stream) => {
        for (const raw of stream.raw) {
          const read = readEvent(raw);
          expect(read.ok && read.event).toEqual(naiveRead(raw));
          if (raw['id'] === undefined) derived++;
        }
      }),
      params,
    );
    expect(derived, 'events given without an id').toBeGreaterThan(0);
  });

  it('derives the id of an event and of a replacement given without one', () => {
    const correction = {
      type: 'correction',
      target: 's1',
      recordedAt: '2025-01-02T03:04+02:00',
      replacement: {
        parties: ['ukraine', 'france'],
        issue: 'nato',
        stance: 'supports',
        act: 'assert',
        attribution: 'joint-statement',
        statedAt: '2025',
        summary: 'corrected',
        sources: [{ document: 'doc-1' }],
      },
    };
    const read = readEvent(correction);
    expect(read.ok && read.event).toEqual(naiveRead(correction));
    expect(read.ok && read.event.recordedAt).toBe('2025-01-02T01:04:00.000Z');
  });
});
