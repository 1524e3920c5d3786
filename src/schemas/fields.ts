import { z } from 'zod';
import {
  ActSchema as ActRule,
  AttributionSchema as AttributionRule,
  AuthoritySchema as AuthorityRule,
  CURRENT_EVENT_VERSION,
  fuzzyTimeRule,
  instantRule,
  RetractionReasonSchema as RetractionReasonRule,
  refuseProtoTerm,
} from '../events/index.js';
import { FUZZY_TIME_PATTERN, INSTANT_PATTERN } from '../time/index.js';
import { ID_PATTERN, ID_RULE, StanceSchema as StanceRule } from '../vocabulary/index.js';

// The classic zod twins of the schemas the library validates with (zod/mini, in src/events and
// src/vocabulary): the same fields and checks, the same enum options (read off those schemas), and
// descriptions for the published JSON Schema. They also check, as refinements, the rules `readEvent` and
// `Vocabulary.from` apply beside their schemas (distinct parties, no `__proto__` term, the vocabulary's
// own rules), so that they accept and reject exactly what the library does
// (test/core/classic-schemas.test.ts).

/**
 * Text of at least one character: names, titles, summaries, quotes.
 *
 * @example
 * TextSchema.safeParse('').success; //=> false
 */
export const TextSchema = z.string().min(1);

/**
 * An event, party or issue id: `[A-Za-z0-9][A-Za-z0-9._:-]{0,127}`, compared as a plain string.
 *
 * @example
 * IdSchema.safeParse('s.001.ukraine').success; //=> true
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: ID_RULE })
  .describe('An id: a letter or digit, then up to 127 letters, digits, ".", "_", ":" or "-".');

/**
 * A party's position on an issue's proposition, on one ordinal scale (docs/design.md §1.3).
 *
 * @example
 * StanceSchema.options; //=> ['demands', 'supports', 'neutral', 'opposes', 'rejects']
 */
export const StanceSchema = z
  .enum(StanceRule.options)
  .describe('A stance on the ordinal scale demands (+2) … rejects (−2).');

/**
 * A fuzzy time: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time with a zone, or an interval `A/B`.
 *
 * @example
 * FuzzyTimeSchema.safeParse('2025-12-20/2025-12-31').success; //=> true
 */
export const FuzzyTimeSchema = z
  .string()
  .superRefine(fuzzyTimeRule)
  // `pattern` is metadata for the published JSON Schema only; the refinement above is the real check.
  .meta({
    description:
      'A fuzzy time: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]] with Z or ±hh:mm, or an interval A/B.',
    pattern: FUZZY_TIME_PATTERN,
  });

/**
 * An instant: a date-time with a zone, to the minute or finer.
 *
 * @example
 * InstantSchema.safeParse('2025-04-23').success; //=> false (no time of day, no zone)
 */
export const InstantSchema = z
  .string()
  .superRefine(instantRule)
  .meta({ description: 'An instant: YYYY-MM-DDThh:mm[:ss[.sss]] with Z or ±hh:mm.', pattern: INSTANT_PATTERN });

/**
 * How much authority a speaker has to commit their party.
 *
 * @example
 * AuthoritySchema.parse('envoy'); //=> 'envoy'
 */
export const AuthoritySchema = z.enum(AuthorityRule.options);

/**
 * The person who spoke for a party.
 *
 * @example
 * SpeakerSchema.parse({ name: 'Steve Witkoff', role: 'special envoy', authority: 'envoy' }).authority; //=> 'envoy'
 */
export const SpeakerSchema = z.strictObject({
  /** Their name as reported ("Volodymyr Zelensky"), or a description for an anonymous source. */
  name: TextSchema,
  /** Their office ("President", "special envoy"). */
  role: TextSchema.optional(),
  /** How far they can commit their party. */
  authority: AuthoritySchema,
});

/**
 * Where a report of a statement was read.
 *
 * @example
 * SourceSchema.parse({ document: 'doc-1', quote: 'We will not recognise it.' }).document; //=> 'doc-1'
 */
export const SourceSchema = z.strictObject({
  /** The document's id (for the bundled dataset, the article's file name without `.txt`). */
  document: IdSchema,
  /** When the document was published, as precisely as known. */
  publishedAt: FuzzyTimeSchema.optional(),
  /** Where the document can be read. */
  url: z.url().optional(),
  /** The party's own words as the document quotes them. */
  quote: TextSchema.optional(),
});

const TermsRecord = z.record(TextSchema, z.union([z.number(), z.string(), z.boolean()]));

/**
 * The quantities or options a stance names, e.g. `{ durationYears: 15 }`. A term named `__proto__` is
 * refused, as `readEvent` refuses it, before the record (which would drop it unseen) reads the terms.
 *
 * @example
 * TermsSchema.safeParse({ durationYears: 15, format: 'coalition' }).success; //=> true
 * TermsSchema.safeParse(JSON.parse('{"__proto__": 1}')).success; //=> false
 */
export const TermsSchema = z.preprocess<unknown, typeof TermsRecord, z.input<typeof TermsRecord>>(
  refuseProtoTerm,
  TermsRecord,
);

/**
 * What the party did in making the statement.
 *
 * @example
 * ActSchema.parse('propose'); //=> 'propose'
 */
export const ActSchema = z.enum(ActRule.options);

/**
 * How directly the report attributes the statement to the party.
 *
 * @example
 * AttributionSchema.parse('reportedly'); //=> 'reportedly'
 */
export const AttributionSchema = z.enum(AttributionRule.options);

/**
 * Why an event is retracted.
 *
 * @example
 * RetractionReasonSchema.parse('misreport'); //=> 'misreport'
 */
export const RetractionReasonSchema = z.enum(RetractionReasonRule.options);

/** The `id` and `v` fields every event may carry. */
export const envelope = {
  /** The event's id; derived from its content when absent. */
  id: IdSchema.optional(),
  /** The event format version; 1 when absent. */
  v: z.literal(CURRENT_EVENT_VERSION).optional(),
};
