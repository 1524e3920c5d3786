// Law "immutability" (docs/design.md §7): snapshots, cells, evidence, events and query results handed out
// are frozen; attempts to change them throw (test files are ES modules, so strict mode) and change nothing.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { defineProjection, type Ledger } from '../../src/index.js';
import { ledgerAnswers } from '../support/answers.js';
import { streamWithQueriesArb } from '../support/arbitraries.js';
import { deepFrozen, ledgerFrom } from '../support/helpers.js';

const params = { seed: 1989, numRuns: 40 };

const counts = defineProjection({
  initial: { byIssue: {} as Record<string, number> },
  reduce(draft, statement) {
    draft.byIssue[statement.issue] = (draft.byIssue[statement.issue] ?? 0) + 1;
  },
});

/** Every object reachable from a value (own properties), the value included. */
function reachable(value: unknown, found = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || found.has(value)) return found;
  found.add(value);
  for (const key of Reflect.ownKeys(value)) reachable((value as Record<PropertyKey, unknown>)[key], found);
  return found;
}

/** Tries every way of changing an object; each must throw a TypeError. */
function expectUnchangeable(target: object): void {
  const anyTarget = target as Record<string, unknown>;
  const key = Object.keys(target)[0] ?? 'length';
  expect(() => {
    anyTarget[key] = 'changed';
  }).toThrow(TypeError);
  expect(() => {
    anyTarget['added'] = 1;
  }).toThrow(TypeError);
  // Deleting a key that is not there succeeds even on a frozen object, so only try an existing one.
  if (Object.hasOwn(target, key)) {
    expect(() => {
      delete anyTarget[key];
    }).toThrow(TypeError);
  }
  expect(() => Object.defineProperty(target, 'defined', { value: 1 })).toThrow(TypeError);
  expect(() => Object.setPrototypeOf(target, { swapped: true })).toThrow(TypeError);
  if (Array.isArray(target)) expect(() => (target as unknown[]).push(1)).toThrow(TypeError);
}

function handedOut(ledger: Ledger): unknown[] {
  const snapshot = ledger.at('2025-12-31', { inherit: true });
  return [
    ledger.vocabulary,
    snapshot,
    snapshot.cells(),
    snapshot.row('france'),
    snapshot.column('nato'),
    ledger.cell('france', 'nato', { at: '2026', inherit: true }),
    ledger.events(),
    ...ledger.events().map((e) => ledger.get(e.id)),
    ...ledger.events().flatMap((e) => (e.type === 'correction' ? [ledger.get(e.replacement.id)] : [])),
    ledger.timeline('france', 'nato', { inherit: true }),
    ledger.timeline('ukraine', 'guarantees'),
    ledger.diff('2024', '2026', { inherit: true }),
    ledger.divergence('2026'),
    ledger.alignment('2026'),
    ledger.project(counts, { at: '2026' }),
  ];
}

describe(`law: immutability (seed ${params.seed}, ${params.numRuns} runs)`, () => {
  it('everything handed out is deeply frozen; every attempt to change it throws and changes nothing', () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ledger = ledgerFrom(stream.raw);
        const before = { events: JSON.stringify(ledger.events()), answers: ledgerAnswers(ledger, queries) };
        const appended = ledgerFrom([]).append(stream.raw);
        for (const value of [appended, ...handedOut(ledger)]) {
          expect(deepFrozen(value)).toBe(true);
          for (const object of reachable(value)) expectUnchangeable(object);
        }
        // Shadowing a method of the vocabulary would change every vocabulary-driven answer.
        expect(() => Object.assign(ledger.vocabulary ?? {}, { party: () => undefined })).toThrow(TypeError);
        expect(JSON.stringify(ledger.events())).toBe(before.events);
        expect(ledgerAnswers(ledger, queries)).toEqual(before.answers);
      }),
      params,
    );
  });

  it('changing the objects a caller appended, afterwards, changes nothing in the ledger', () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const mine = structuredClone(stream.raw) as Array<Record<string, unknown>>;
        const ledger = ledgerFrom(mine);
        const reference = ledgerFrom(stream.raw);
        for (const raw of mine) {
          raw['recordedAt'] = '1999-01-01T00:00Z';
          raw['stance'] = 'neutral';
          raw['target'] = 'elsewhere';
          for (const source of (raw['sources'] as Array<Record<string, unknown>> | undefined) ?? [])
            source['document'] = 'tampered';
          (raw['parties'] as string[] | undefined)?.push('russia');
        }
        expect(ledger.events()).toEqual(reference.events());
        expect(ledgerAnswers(ledger, queries)).toEqual(ledgerAnswers(reference, queries));
      }),
      params,
    );
  });

  it('a projection cannot reach into the ledger: its result is frozen, and the statements it sees are frozen', () => {
    const ledger = ledgerFrom(
      fc.sample(streamWithQueriesArb(), { seed: params.seed, numRuns: 1 })[0]?.stream.raw ?? [],
    );
    const seen: unknown[] = [];
    const spy = defineProjection({
      initial: { n: 0 },
      reduce(draft, statement) {
        seen.push(statement);
        draft.n += 1;
      },
    });
    const result = ledger.project(spy);
    expect(Object.isFrozen(result)).toBe(true);
    expect(seen.every((s) => deepFrozen(s))).toBe(true);
    expect(() => {
      (result as { n: number }).n = 99;
    }).toThrow(TypeError);
    expect(ledger.project(spy).n).toBe(result.n);
  });
});
