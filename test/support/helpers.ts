/** Small helpers the law tests share: building ledgers, comparing their stored events, checking deep freezing. */
import { expect } from 'vitest';
import { Ledger, ValidationError, type LedgerEvent, type Problem } from '../../src/index.js';
import { canon } from './canon.js';
import { VOCABULARY } from './fixtures.js';

/**
 * A ledger over the test vocabulary, fed `raw` in the given batches (default: one batch).
 *
 * @example
 * ledgerFrom(stream.raw, [2, 5]); // three appends: [0, 2), [2, 5), [5, end)
 */
export function ledgerFrom(raw: readonly unknown[], cuts: readonly number[] = []): Ledger {
  const ledger = new Ledger({ vocabulary: VOCABULARY });
  let from = 0;
  for (const cut of [...cuts, raw.length]) {
    if (cut > from) ledger.append(raw.slice(from, cut));
    from = Math.max(from, cut);
  }
  return ledger;
}

/**
 * The stored events as a set (canonical text sorted), for comparing ledgers appended in different orders.
 *
 * @example
 * expect(storedSet(a)).toEqual(storedSet(b));
 */
export function storedSet(ledger: Ledger): string[] {
  return ledger.events().map(canon).sort();
}

/**
 * True when the value and everything reachable through its own properties is frozen.
 *
 * @example
 * deepFrozen(Object.freeze({ a: Object.freeze([1]) })); //=> true
 */
export function deepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => deepFrozen((value as Record<PropertyKey, unknown>)[key], seen));
}

/** The ids an event brings into the ledger: its own, and a correction's replacement's. */
export function idsOf(event: LedgerEvent): string[] {
  return event.type === 'correction' ? [event.id, event.replacement.id] : [event.id];
}

/**
 * Indexes of the events that refer, directly or through others, to an event of `roots` (ids).
 *
 * @example
 * closureOver(events, new Set([statementId])); // its corroborations, retractions, corrections, and theirs
 */
export function closureOver(events: readonly LedgerEvent[], roots: ReadonlySet<string>): Set<number> {
  const reached = new Set(roots);
  const chosen = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    events.forEach((event, index) => {
      if (chosen.has(index)) return;
      if (event.type !== 'statement' && reached.has(event.target)) {
        chosen.add(index);
        for (const id of idsOf(event)) reached.add(id);
        grew = true;
      }
    });
  }
  return chosen;
}

/**
 * Indexes of the events a ledger needs to hold the statements with these ids (standalone or
 * replacements): the statements, the corrections carrying replacements, and what those target, recursively.
 *
 * @example
 * carriers(events, new Set([replacementId])); // the correction, its target, and that target's carriers
 */
export function carriers(events: readonly LedgerEvent[], ids: ReadonlySet<string>): Set<number> {
  const chosen = new Set<number>();
  const need = (id: string): void => {
    const index = events.findIndex((e) => idsOf(e).includes(id));
    const event = events[index];
    if (event === undefined || chosen.has(index)) return;
    chosen.add(index);
    if (event.type !== 'statement') need(event.target);
  };
  for (const id of ids) need(id);
  return chosen;
}

/**
 * The problems of the `ValidationError` an action throws; fails the test when it throws anything else or nothing.
 *
 * @example
 * problemsOf(() => ledger.append([{ type: 'statment' }]))[0]?.path; //=> ['type']
 */
export function problemsOf(action: () => unknown): readonly Problem[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}
