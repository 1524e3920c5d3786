import type { core } from 'zod/mini';
import type { ProblemCode } from '../errors/index.js';
import { InvalidTimeError, normalizeInstant, parseFuzzyTime } from '../time/index.js';

// The rules an event must meet beyond the shapes of its fields, as zod refinements. A rule reports a
// custom issue whose `params` carry the problem's code (and suggestion): `zodProblems` then keeps the
// issue's message, which these rules write.

/** What a rule puts in a custom issue's `params`. */
export interface RuleParams {
  /** The code of the problem the issue becomes. */
  readonly code: ProblemCode;
  /** A likely fix. */
  readonly suggestion?: string;
}

/** A zod refinement: reports what is wrong with `value` through `ctx`. */
export type Rule<T> = (value: T, ctx: core.$RefinementCtx<T>) => void;

/**
 * A refinement that reads a time with `parse` and, when it throws an {@link InvalidTimeError}, reports the
 * rule it broke, with its suggestion, as an `invalid-time` problem.
 */
function timeRule(parse: (text: string) => unknown): Rule<string> {
  return (text, ctx) => {
    try {
      parse(text);
    } catch (error) {
      if (!(error instanceof InvalidTimeError)) throw error;
      const params: RuleParams =
        error.suggestion === undefined
          ? { code: 'invalid-time' }
          : { code: 'invalid-time', suggestion: error.suggestion };
      ctx.addIssue({ code: 'custom', message: error.rule, params, input: text });
    }
  };
}

/** A fuzzy time (docs/design.md §2.2): the refinement of both zod flavours' `FuzzyTimeSchema`. */
export const fuzzyTimeRule: Rule<string> = timeRule(parseFuzzyTime);

/** An instant, a date-time with a zone to the minute or finer: the refinement of `InstantSchema`. */
export const instantRule: Rule<string> = timeRule(normalizeInstant);

/**
 * The parties listed more than once in a sorted list: one entry for each repeat, so `a, a, a` gives `a` twice.
 *
 * @example
 * repeatedParties(['a', 'a', 'b']); //=> ['a']
 */
export function repeatedParties(sorted: readonly string[]): string[] {
  const repeats: string[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeats.push(sorted[i] as string);
  return repeats;
}

/** The message of a party listed twice. */
export const listedTwice = (party: string): string => `party '${party}' is listed twice`;

/**
 * A statement's parties are distinct. `readEvent` checks this once the schema has passed; the classic
 * schemas (src/schemas) check it as a refinement of `parties`.
 */
export const distinctPartiesRule: Rule<string[]> = (parties, ctx) => {
  for (const party of repeatedParties([...parties].sort())) {
    ctx.addIssue({ code: 'custom', message: listedTwice(party), params: { code: 'schema' }, input: parties });
  }
};

/** The message of a term named `__proto__`. */
export const PROTO_TERM = "'__proto__' cannot be a term name";

/**
 * True when `terms` has an own key `__proto__` (as `JSON.parse` makes it). zod's records drop such a key
 * without a word, to guard their output's prototype, so the rule must read the terms as given.
 *
 * @example
 * hasProtoTerm(JSON.parse('{"__proto__": 1}')); //=> true
 */
export function hasProtoTerm(terms: unknown): boolean {
  return terms !== null && typeof terms === 'object' && Object.hasOwn(terms, '__proto__');
}

/**
 * Terms have no key `__proto__`: the classic `TermsSchema` runs this on the terms as given, before its
 * record drops the key. (`readEvent` checks the raw event itself.)
 */
export function refuseProtoTerm(terms: unknown, ctx: core.$RefinementCtx<unknown>): unknown {
  if (hasProtoTerm(terms)) {
    ctx.addIssue({
      code: 'custom',
      path: ['__proto__'],
      message: PROTO_TERM,
      params: { code: 'schema' },
      input: terms,
    });
  }
  return terms;
}
