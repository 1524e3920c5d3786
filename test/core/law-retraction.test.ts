// Law "retraction erases" (docs/design.md §7): with a live retraction of e, answers as known at any K after
// it equal the answers without e (a correction takes its replacement with it; a retracted retraction
// gives its target back); as known before it, they are unchanged.
import fc from 'fast-check';
import { checkProperty, runsOf } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/index.js';
import { ledgerAnswers, modelAnswers } from '../support/answers.js';
import { judgeAppend } from '../support/append-rules.js';
import { normalise, streamWithQueriesArb, type Query } from '../support/arbitraries.js';
import { VOCABULARY } from '../support/fixtures.js';
import { idsOf, ledgerFrom } from '../support/helpers.js';
import { instantOf } from '../support/naive-time.js';
import { ReferenceModel } from '../support/reference-model.js';

const params = { seed: 31337, numRuns: 80 };
const KINDS = ['statement', 'corroboration', 'retraction', 'correction', 'replacement'] as const;

interface Target {
  readonly id: string;
  readonly kind: (typeof KINDS)[number];
  readonly recorded: number;
  /** Index of the event that holds it in the stream. */
  readonly index: number;
}

function targetsOf(events: readonly LedgerEvent[]): Target[] {
  return events.flatMap((e, index) => {
    const recorded = instantOf(e.recordedAt);
    const own: Target = { id: e.id, kind: e.type, recorded, index };
    return e.type === 'correction'
      ? [own, { id: e.replacement.id, kind: 'replacement' as const, recorded, index }]
      : [own];
  });
}

/** The events without `target`: dropped outright, or for a replacement, its correction reduced to a plain retraction. */
function without(events: readonly LedgerEvent[], target: Target): LedgerEvent[] {
  return events.flatMap((e, i) => {
    if (i !== target.index) return [e];
    if (target.kind !== 'replacement' || e.type !== 'correction') return [];
    return [
      {
        type: 'retraction',
        id: e.id,
        v: 1,
        target: e.target,
        reason: 'coding-error',
        recordedAt: e.recordedAt,
      } as LedgerEvent,
    ];
  });
}

const arb = streamWithQueriesArb().chain(({ stream, queries }) =>
  fc
    .record({ kind: fc.constantFrom(...KINDS), pick: fc.nat(1000), lag: fc.constantFrom(0, 60_000, 86_400_000 * 10) })
    .map((choice) => ({ stream, queries, ...choice })),
);

describe(`law: retraction erases (seed ${params.seed}, ${params.numRuns} runs)`, () => {
  it('after the retraction, answers equal those without its target; before it, they are unchanged', () => {
    let checked = 0;
    checkProperty(
      fc.property(arb, ({ stream, queries, kind, pick, lag }) => {
        const all = targetsOf(stream.events);
        if (all.length === 0) return;
        const ofKind = all.filter((t) => t.kind === kind);
        const pool = ofKind.length > 0 ? ofKind : all;
        const target = pool[pick % pool.length] as Target;
        const at = target.recorded + lag;
        const raw = {
          type: 'retraction',
          target: target.id,
          reason: 'misreport',
          recordedAt: new Date(at).toISOString(),
        };
        // Retracting a retraction can revive a correction next to a live one: not a valid append, so not this law's case.
        if (judgeAppend(stream.events, [normalise(raw)], VOCABULARY).codes.size > 0) return;
        checked++;
        const retracted = ledgerFrom([...stream.raw, raw]);

        const after = (q: Query, n: number): Query => ({
          ...q,
          knownAt: [undefined, new Date(at), new Date(at).toISOString(), '2026'][n % 4],
        });
        const afterQueries = queries.map(after);
        const erased = new ReferenceModel(without(stream.events, target), VOCABULARY);
        expect(ledgerAnswers(retracted, afterQueries)).toEqual(modelAnswers(erased, afterQueries));

        // Where the stream without the target is itself a valid ledger (nothing refers to it), compare ledger to ledger.
        const referred = stream.events.some(
          (e) => e.type !== 'statement' && idsOf(stream.events[target.index] as LedgerEvent).includes(e.target),
        );
        const rest = stream.raw.filter((_, i) => i !== target.index);
        if (
          !referred &&
          target.kind !== 'replacement' &&
          judgeAppend([], without(stream.events, target), VOCABULARY).codes.size === 0
        ) {
          expect(ledgerAnswers(retracted, afterQueries)).toEqual(ledgerAnswers(ledgerFrom(rest), afterQueries));
        }

        const before = queries.map((q, n) => ({
          ...q,
          knownAt: [new Date(at - 1), new Date(at - 1).toISOString()][n % 2],
        }));
        expect(ledgerAnswers(retracted, before)).toEqual(ledgerAnswers(ledgerFrom(stream.raw), before));
      }),
      params,
    );
    // The law must actually have been exercised, not skipped.
    expect(checked).toBeGreaterThan(runsOf(params.numRuns) / 2);
  });
});
