// A fast reader shares equal frozen parts between the events it reads (a single party's list, a bare
// source and its list, the last speaker of each name, and one copy of each id, enum value and name).
// Sharing is only sound if what one event leaves in those tables never changes what a later one reads:
// here long runs of events drawn from small pools (so the tables are hit, and missed on a detail such
// as a role added or dropped) are each compared with the schema path, in order.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { FastEventReader } from '../../src/events/fast-read.js';
import { readEventBySchema } from '../../src/events/read-event.js';

const params = { seed: 7, numRuns: 300 };

const id = fc.constantFrom('p1', 'p2', 'party-with-a-longer-id', 'doc-000000000001', 'doc-2');
const name = fc.constantFrom('Speaker One', 'Speaker Two', 'An official who spoke');
const source = fc.record(
  {
    document: id,
    publishedAt: fc.constantFrom('2025-02', '2025-02-28T10:00Z'),
    quote: fc.constantFrom('a quote', 'another quote'),
  },
  { requiredKeys: ['document'], noNullPrototype: true },
);
const speaker = fc.record(
  {
    name,
    role: fc.constantFrom('envoy', 'head of a delegation'),
    authority: fc.constantFrom('head-of-state', 'envoy', 'anonymous'),
  },
  { requiredKeys: ['name', 'authority'], noNullPrototype: true },
);
const statement = fc.record(
  {
    type: fc.constant('statement'),
    id: fc.constantFrom('e1', 'e2'),
    parties: fc.uniqueArray(id, { minLength: 1, maxLength: 2 }),
    speaker,
    issue: id,
    stance: fc.constantFrom('demands', 'rejects'),
    act: fc.constantFrom('propose', 'reaffirm'),
    attribution: fc.constantFrom('on-record', 'anonymous-sources', 'joint-statement'),
    statedAt: fc.constantFrom('2025', '2025-03-01', '2025-03-01T12:00Z', '2025-03/2025-04'),
    summary: fc.constantFrom('s', 'a summary'),
    sources: fc.array(source, { minLength: 1, maxLength: 2 }),
    recordedAt: fc.constantFrom('2025-05-01T00:00Z', '2025-05-01T00:00:00.000Z'),
  },
  {
    requiredKeys: [
      'type',
      'parties',
      'issue',
      'stance',
      'act',
      'attribution',
      'statedAt',
      'summary',
      'sources',
      'recordedAt',
    ],
    noNullPrototype: true,
  },
);
const corroboration = fc.record(
  {
    type: fc.constant('corroboration'),
    target: fc.constantFrom('e1', 'e2'),
    source,
    recordedAt: fc.constant('2025-06-01T00:00Z'),
  },
  { noNullPrototype: true },
);

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe(`fast path sharing (seed ${params.seed}, ${params.numRuns} runs)`, () => {
  it('every event of a run read in order equals the schema path, key order included, and is deeply frozen', () => {
    checkProperty(
      fc.property(fc.array(fc.oneof(statement, corroboration), { minLength: 2, maxLength: 30 }), (events) => {
        const reader = new FastEventReader();
        for (const raw of events) {
          const fast = reader.read(structuredClone(raw));
          const slow = readEventBySchema(structuredClone(raw));
          expect(fast, JSON.stringify(raw)).toBeDefined();
          expect(slow.ok).toBe(true);
          if (!slow.ok) return;
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.event));
          expect(deeplyFrozen(fast)).toBe(true);
        }
      }),
      params,
    );
  });

  it('equal parts are one object, and a speaker with another role is not taken for the last one', () => {
    const base = {
      type: 'statement',
      issue: 'i1',
      stance: 'demands',
      act: 'propose',
      attribution: 'on-record',
      statedAt: '2025',
      summary: 's',
      recordedAt: '2025-05-01T00:00Z',
    };
    const reader = new FastEventReader();
    const read = (extra: Record<string, unknown>) =>
      reader.read({ ...base, parties: ['p1'], sources: [{ document: 'd1' }], ...extra }) as unknown as Record<
        string,
        unknown
      >;
    const a = read({ id: 'a', speaker: { name: 'N', role: 'envoy', authority: 'envoy' } });
    const b = read({ id: 'b', speaker: { name: 'N', role: 'envoy', authority: 'envoy' } });
    const c = read({ id: 'c', speaker: { name: 'N', authority: 'envoy' } });
    expect(a['parties']).toBe(b['parties']);
    expect(a['sources']).toBe(b['sources']);
    expect(a['speaker']).toBe(b['speaker']);
    expect(c['speaker']).toEqual({ name: 'N', authority: 'envoy' });
    expect(Object.keys(c['speaker'] as object)).toEqual(['name', 'authority']);
  });

  it('each reader keeps its own tables: another reader hands out its own copies', () => {
    const raw = {
      type: 'statement',
      parties: ['p1'],
      issue: 'i1',
      stance: 'demands',
      act: 'propose',
      attribution: 'on-record',
      statedAt: '2025',
      summary: 's',
      sources: [{ document: 'd1' }],
      recordedAt: '2025-05-01T00:00Z',
    };
    const parts = (event: unknown) => {
      const { parties, sources } = event as { parties: unknown; sources: unknown };
      return { parties, sources };
    };
    const first = parts(new FastEventReader().read({ ...raw, id: 'a' }));
    const second = parts(new FastEventReader().read({ ...raw, id: 'b' }));
    expect(second).toEqual(first);
    expect(second.parties).not.toBe(first.parties);
    expect(second.sources).not.toBe(first.sources);
    // A reader that shares nothing hands out new parts every time.
    const unshared = new FastEventReader({ share: false });
    const [a1, a2] = [unshared.read({ ...raw, id: 'a' }), unshared.read({ ...raw, id: 'b' })].map(parts);
    expect(a2).toEqual(a1);
    expect(a2?.parties).not.toBe(a1?.parties);
    expect(a2?.sources).not.toBe(a1?.sources);
  });
});
