// Type tests (checked by `tsc --noEmit`; the runtime part only keeps vitest happy): event types narrow
// by `type`, and a projection's result type follows from its initial state and reducer.
import { describe, expectTypeOf, it } from 'vitest';
import {
  Ledger,
  defineProjection,
  type Cell,
  type Correction,
  type Corroboration,
  type LedgerEvent,
  type Projection,
  type Replacement,
  type Retraction,
  type Stance,
  type StanceValue,
  type Statement,
} from '../../src/index.js';

function describeEvent(event: LedgerEvent): string {
  switch (event.type) {
    case 'statement':
      expectTypeOf(event).toEqualTypeOf<Statement>();
      expectTypeOf(event.parties).toEqualTypeOf<readonly string[]>();
      expectTypeOf(event.stance).toEqualTypeOf<Stance>();
      // @ts-expect-error a statement has no target
      return event.target;
    case 'corroboration':
      expectTypeOf(event).toEqualTypeOf<Corroboration>();
      expectTypeOf(event.target).toBeString();
      expectTypeOf(event.source.document).toBeString();
      // @ts-expect-error a corroboration has no parties
      return event.parties;
    case 'retraction':
      expectTypeOf(event).toEqualTypeOf<Retraction>();
      expectTypeOf(event.reason).toEqualTypeOf<
        'misreport' | 'mistranslation' | 'denied-by-party' | 'duplicate' | 'coding-error'
      >();
      return event.target;
    case 'correction':
      expectTypeOf(event).toEqualTypeOf<Correction>();
      expectTypeOf(event.replacement).toEqualTypeOf<Replacement>();
      expectTypeOf(event.replacement.type).toEqualTypeOf<'statement'>();
      expectTypeOf(event.replacement.id).toBeString();
      return event.target;
    default:
      // Every type is handled: nothing is left.
      expectTypeOf(event).toBeNever();
      return event;
  }
}

describe('types', () => {
  it('event types narrow by their type field', () => {
    expectTypeOf(describeEvent).parameter(0).toEqualTypeOf<LedgerEvent>();
    expectTypeOf<LedgerEvent['type']>().toEqualTypeOf<'statement' | 'corroboration' | 'retraction' | 'correction'>();
    const events = new Ledger().events();
    expectTypeOf(events).toEqualTypeOf<readonly LedgerEvent[]>();
    const statements = events.filter((e): e is Statement => e.type === 'statement');
    expectTypeOf(statements[0]).toEqualTypeOf<Statement | undefined>();
    // Stored events are read-only.
    // @ts-expect-error readonly
    if (statements[0]) statements[0].stance = 'neutral';
  });

  it("a projection's result type follows from its initial state and reducer", () => {
    const tally = defineProjection({
      initial: { count: 0, byParty: {} as Record<string, Stance[]>, lastIssue: undefined as string | undefined },
      reduce(draft, statement) {
        expectTypeOf(statement).toEqualTypeOf<Statement>();
        // The draft is mutable...
        expectTypeOf(draft.count).toEqualTypeOf<number>();
        expectTypeOf(draft.byParty).toEqualTypeOf<Record<string, Stance[]>>();
        draft.count += 1;
        draft.lastIssue = statement.issue;
        for (const party of statement.parties) (draft.byParty[party] ??= []).push(statement.stance);
        // @ts-expect-error ...but keeps its types
        draft.count = 'many';
      },
    });
    expectTypeOf(tally).toMatchTypeOf<
      Projection<{ count: number; byParty: Record<string, Stance[]>; lastIssue: string | undefined }>
    >();
    const result = new Ledger().project(tally);
    // ...and the result is the same state, deeply read-only.
    expectTypeOf(result.count).toEqualTypeOf<number>();
    expectTypeOf(result.lastIssue).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.byParty).toEqualTypeOf<{ readonly [party: string]: readonly Stance[] }>();
    // Never called: these lines exist for the compiler (at run time the frozen result would throw).
    const attempts = () => {
      // @ts-expect-error the result is read-only
      result.count = 1;
      // @ts-expect-error nested arrays too
      result.byParty['x']?.push('demands');
    };
    expectTypeOf(attempts).toBeFunction();
  });

  it('cells carry the stance scale, not bare strings and numbers', () => {
    const cell = new Ledger().cell('ukraine', 'nato', { at: '2025' });
    expectTypeOf(cell).toEqualTypeOf<Cell | undefined>();
    expectTypeOf<Cell['stance']>().toEqualTypeOf<Stance>();
    expectTypeOf<Cell['value']>().toEqualTypeOf<StanceValue>();
    expectTypeOf<StanceValue>().toEqualTypeOf<-2 | -1 | 0 | 1 | 2>();
  });
});
