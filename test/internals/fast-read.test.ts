import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { FastEventReader } from '../../src/events/fast-read.js';
import { readEventBySchema } from '../../src/events/read-event.js';

// readEvent has a fast path (src/events/fast-read.ts). It is only sound if it never accepts what the
// zod schema rejects and, when it accepts, returns exactly what the schema path returns: same fields,
// same key order, same freezing. This checks both over valid events and over every kind of mutation of
// them, all read by one reader, as a ledger reads its events.

const params = { seed: 42, numRuns: 1500 };
const reader = new FastEventReader();
const readFast = (raw: unknown) => reader.read(raw);
// readEvent's reader for a single event, which keeps no tables.
const unshared = new FastEventReader({ share: false });

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,12}$/);
const text = fc.string({ minLength: 1, maxLength: 12 });
const fuzzy = fc.constantFrom(
  '2025',
  '2025-02',
  '2025-02-28',
  '2024-02-29',
  '2025-12-28T14:00Z',
  '2025-12-28T14:00:05+02:00',
  '2025-03/2025-04-02',
  '2025-12-31T23:59:59.5-01:00',
);
const instant = fc.constantFrom(
  '2025-01-01T00:00Z',
  '2025-01-01T00:00:00.000Z',
  '2025-06-30T23:59:59.999+05:30',
  '2026-02-28T12:00:00Z',
  '2025-12-30T01:00+01:00',
);
const source = fc.record(
  { document: id, publishedAt: fuzzy, quote: text, url: fc.constant('https://example.org/a') },
  { requiredKeys: ['document'], noNullPrototype: true },
);
const speaker = fc.record(
  { name: text, role: text, authority: fc.constantFrom('head-of-state', 'minister', 'envoy', 'official', 'anonymous') },
  { requiredKeys: ['name', 'authority'], noNullPrototype: true },
);
const terms = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.boolean()),
  { maxKeys: 3, noNullPrototype: true },
);
const envelope = { id, v: fc.constant(1) };

const statement = fc.record(
  {
    type: fc.constant('statement'),
    ...envelope,
    parties: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    speaker,
    issue: id,
    stance: fc.constantFrom('demands', 'supports', 'neutral', 'opposes', 'rejects'),
    terms,
    conditions: text,
    salience: fc.double({ min: 0, max: 1, noNaN: true }),
    act: fc.constantFrom('propose', 'demand', 'accept', 'reject', 'concede', 'reaffirm', 'threaten', 'assert', 'deny'),
    attribution: fc.constantFrom(
      'on-record',
      'joint-statement',
      'official-document',
      'reportedly',
      'anonymous-sources',
    ),
    statedAt: fuzzy,
    summary: text,
    sources: fc.array(source, { minLength: 1, maxLength: 2 }),
    recordedAt: instant,
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
  { type: fc.constant('corroboration'), ...envelope, target: id, source, recordedAt: instant },
  { requiredKeys: ['type', 'target', 'source', 'recordedAt'], noNullPrototype: true },
);
const retraction = fc.record(
  {
    type: fc.constant('retraction'),
    ...envelope,
    target: id,
    reason: fc.constantFrom('misreport', 'mistranslation', 'denied-by-party', 'duplicate', 'coding-error'),
    note: text,
    recordedAt: instant,
  },
  { requiredKeys: ['type', 'target', 'reason', 'recordedAt'], noNullPrototype: true },
);
// A replacement is a statement without recordedAt, `type` optional.
const replacement = statement
  .map(({ recordedAt: _recordedAt, ...content }) => content)
  .chain((content) =>
    fc.boolean().map((keepType) => {
      if (keepType) return content;
      const { type: _type, ...rest } = content;
      return rest;
    }),
  );
const correction = fc.record(
  {
    type: fc.constant('correction'),
    ...envelope,
    target: id,
    replacement,
    reason: fc.constantFrom('misreport', 'coding-error'),
    recordedAt: instant,
  },
  { requiredKeys: ['type', 'target', 'replacement', 'recordedAt'], noNullPrototype: true },
);
const validEvent = fc.oneof(statement, corroboration, retraction, correction);

/** Keys in a random order: the output's order must not depend on the input's. */
const shuffled = (event: Record<string, unknown>, order: number[]) => {
  const keys = Object.keys(event);
  return Object.fromEntries(
    keys
      .map((key, i) => [key, order[i] ?? 0] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([key]) => [key, event[key]]),
  );
};

const weird = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  0,
  -1,
  2,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  [''],
  ['a', 'a'],
  'bogus',
  'x y',
  '2025-02-30',
  '2025-13',
  '2025-12-28T14:00',
  '2025-12-28 14:00Z',
  '0099-01-01T00:00Z',
  '2025-12-31/2025-01-01',
  '2025-12-28T14:00:00.000Z',
  { document: 'd' },
  { document: 'd', url: 'not a url' },
  { name: 'n', authority: 'king' },
  { __proto__: null, document: 'd' },
  JSON.parse('{"__proto__": 1}'),
  { k: Number.NaN },
  { '': 1 },
  { k: [1] },
  Object.assign(Object.create({ inherited: 1 }), { document: 'd' }),
);

/** Changes one field somewhere in the event (top level or one level down), adds an unknown key, or removes one. */
const mutated = fc
  .tuple(validEvent, fc.nat(), fc.nat(), weird, fc.constantFrom('set', 'delete', 'add', 'nested'))
  .map(([event, a, b, value, how]) => {
    const copy: Record<string, unknown> = structuredClone(event);
    const keys = Object.keys(copy);
    const key = keys[a % keys.length] as string;
    if (how === 'set') copy[key] = value;
    else if (how === 'delete') delete copy[key];
    else if (how === 'add') copy[`extra${a % 3}`] = value;
    else {
      const inner = copy[key];
      const holder = Array.isArray(inner) ? inner[0] : inner;
      if (holder !== null && typeof holder === 'object') {
        // One level further down too (a correction's replacement's speaker or sources).
        const innerKeys = Object.keys(holder);
        const innerKey = innerKeys[b % Math.max(1, innerKeys.length)] ?? 'extra';
        const deeper = (holder as Record<string, unknown>)[innerKey];
        const deepHolder = Array.isArray(deeper) ? deeper[0] : deeper;
        if (b % 2 === 1 && deepHolder !== null && typeof deepHolder === 'object') {
          const deepKeys = Object.keys(deepHolder);
          (deepHolder as Record<string, unknown>)[deepKeys[a % Math.max(1, deepKeys.length)] ?? 'extra'] = value;
        } else (holder as Record<string, unknown>)[innerKey] = value;
      } else copy[key] = value;
    }
    return copy;
  });

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

function expectSame(raw: unknown): void {
  const fast = readFast(raw);
  const slow = readEventBySchema(raw);
  const alone = unshared.read(raw);
  expect(alone === undefined, JSON.stringify(raw)).toBe(fast === undefined);
  if (fast === undefined) return;
  expect(JSON.stringify(alone)).toBe(JSON.stringify(fast));
  expect(deeplyFrozen(alone)).toBe(true);
  expect(slow.ok, `fast path accepted what the schema rejects: ${JSON.stringify(raw)}`).toBe(true);
  if (!slow.ok) return;
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.event));
  expect(fast).toEqual(slow.event);
  expect(deeplyFrozen(fast)).toBe(true);
}

describe(`readEvent fast path = schema path (seed ${params.seed}, ${params.numRuns} runs)`, () => {
  it('valid events: same stored event, key order and freezing; the fast path takes every one without a url', () => {
    checkProperty(
      fc.property(validEvent, fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (event, order) => {
        const raw = shuffled(event, order);
        expectSame(raw);
        const hasUrl = JSON.stringify(raw).includes('"url"');
        if (!hasUrl) expect(readFast(raw), JSON.stringify(raw)).toBeDefined();
      }),
      params,
    );
  });

  it('mutated events: the fast path never accepts what the schema rejects, and agrees when it accepts', () => {
    checkProperty(
      fc.property(mutated, (raw) => expectSame(raw)),
      params,
    );
  });

  it('leaves the caller’s object untouched', () => {
    checkProperty(
      fc.property(validEvent, (event) => {
        const before = JSON.stringify(event);
        readFast(event);
        expect(JSON.stringify(event)).toBe(before);
        expect(Object.isFrozen(event)).toBe(false);
      }),
      { ...params, numRuns: 200 },
    );
  });
});
