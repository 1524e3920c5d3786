import { z } from 'zod';
import {
  FUZZY_TIME_PATTERN,
  INSTANT_PATTERN,
  InvalidTimeError,
  normalizeInstant,
  parseFuzzyTime,
} from '../time/index.js';
import { IdSchema } from '../vocabulary/index.js';

function timeRule(parse: (text: string) => unknown) {
  return (text: string, ctx: z.core.$RefinementCtx<string>) => {
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

/** A fuzzy time: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time with a zone, or an interval `A/B`. */
export const FuzzyTimeSchema = z
  .string()
  .superRefine(timeRule(parseFuzzyTime))
  // `pattern` is metadata for the published JSON Schema only; the refinement above is the real check.
  .meta({
    description:
      'A fuzzy time: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]] with Z or ±hh:mm, or an interval A/B.',
    pattern: FUZZY_TIME_PATTERN,
  });

/** An instant: a date-time with a zone, to the minute or finer; stored as `YYYY-MM-DDThh:mm:ss.sssZ`. */
export const InstantSchema = z
  .string()
  .superRefine(timeRule(normalizeInstant))
  .meta({ description: 'An instant: YYYY-MM-DDThh:mm[:ss[.sss]] with Z or ±hh:mm.', pattern: INSTANT_PATTERN });

/** How much authority a speaker has to commit their party. */
export const AuthoritySchema = z.enum([
  'head-of-state',
  'minister',
  'envoy',
  'official',
  'spokesperson',
  'anonymous',
  'other',
]);

/** The person who spoke for a party. */
export const SpeakerSchema = z.strictObject({
  /** Their name as reported ("Volodymyr Zelensky"), or a description for an anonymous source. */
  name: z.string().min(1),
  /** Their office ("President", "special envoy"). */
  role: z.string().min(1).optional(),
  /** How far they can commit their party. */
  authority: AuthoritySchema,
});

/** Where a report of a statement was read. */
export const SourceSchema = z.strictObject({
  /** The document's id (for the bundled dataset, the article's file name without `.txt`). */
  document: IdSchema,
  /** When the document was published, as precisely as known. */
  publishedAt: FuzzyTimeSchema.optional(),
  /** Where the document can be read. */
  url: z.url().optional(),
  /** The party's own words as the document quotes them. */
  quote: z.string().min(1).optional(),
});

/** The quantities or options a stance names, e.g. `{ durationYears: 15 }`. */
export const TermsSchema = z.record(z.string().min(1), z.union([z.number(), z.string(), z.boolean()]));

/** What the party did in making the statement. */
export const ActSchema = z.enum([
  'propose',
  'demand',
  'accept',
  'reject',
  'concede',
  'reaffirm',
  'threaten',
  'assert',
  'deny',
]);

/** How directly the report attributes the statement to the party. */
export const AttributionSchema = z.enum([
  'on-record',
  'joint-statement',
  'official-document',
  'reportedly',
  'anonymous-sources',
]);

/** Why an event is retracted. */
export const RetractionReasonSchema = z.enum([
  'misreport',
  'mistranslation',
  'denied-by-party',
  'duplicate',
  'coding-error',
]);

/**
 * The format version of an event; the current one is 1.
 *
 * @example
 * CURRENT_EVENT_VERSION; //=> 1
 */
export const CURRENT_EVENT_VERSION = 1;

/** The `id` and `v` fields every event may carry. */
export const envelope = {
  /** The event's id; derived from its content when absent. */
  id: IdSchema.optional(),
  /** The event format version; 1 when absent. */
  v: z.literal(CURRENT_EVENT_VERSION).optional(),
};
