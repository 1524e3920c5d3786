import type { core } from 'zod/mini';
import { InvalidTimeError, normalizeInstant, parseFuzzyTime } from '../time/index.js';

/** A zod refinement of a string: reports what `parse` finds wrong with it. */
export type TimeRule = (text: string, ctx: core.$RefinementCtx<string>) => void;

/**
 * A refinement that reads a time with `parse` and, when it throws an {@link InvalidTimeError}, reports the
 * rule it broke as a custom issue carrying `time: true` and the suggestion, which `zodProblems` turns into
 * an `invalid-time` problem with that very message. The event schemas of both zod flavours use it.
 */
function timeRule(parse: (text: string) => unknown): TimeRule {
  return (text, ctx) => {
    try {
      parse(text);
    } catch (error) {
      if (!(error instanceof InvalidTimeError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: error.rule,
        params: { time: true, suggestion: error.suggestion },
        input: text,
      });
    }
  };
}

/** The check of a fuzzy time (docs/design.md §2.2). */
export const fuzzyTimeRule: TimeRule = timeRule(parseFuzzyTime);

/** The check of an instant: a date-time with a zone, to the minute or finer. */
export const instantRule: TimeRule = timeRule(normalizeInstant);
