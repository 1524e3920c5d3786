import * as z from 'zod/mini';
import { IdSchema, TextSchema } from '../vocabulary/index.js';
import { fuzzyTimeRule, instantRule } from './event-rules.js';

// The schemas the library validates with, in zod/mini: the main entry carries no more of zod than they
// need. Their classic twins, with descriptions for the published JSON Schema, are in src/schemas.

/** A fuzzy time: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time with a zone, or an interval `A/B`. */
export const FuzzyTimeSchema = z.string().check(z.superRefine(fuzzyTimeRule));

/** An instant: a date-time with a zone, to the minute or finer; stored as `YYYY-MM-DDThh:mm:ss.sssZ`. */
export const InstantSchema = z.string().check(z.superRefine(instantRule));

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
  name: TextSchema,
  /** Their office ("President", "special envoy"). */
  role: z.optional(TextSchema),
  /** How far they can commit their party. */
  authority: AuthoritySchema,
});

/** Where a report of a statement was read. */
export const SourceSchema = z.strictObject({
  /** The document's id (for the bundled dataset, the article's file name without `.txt`). */
  document: IdSchema,
  /** When the document was published, as precisely as known. */
  publishedAt: z.optional(FuzzyTimeSchema),
  /** Where the document can be read. */
  url: z.optional(z.url()),
  /** The party's own words as the document quotes them. */
  quote: z.optional(TextSchema),
});

/** The quantities or options a stance names, e.g. `{ durationYears: 15 }`. */
export const TermsSchema = z.record(TextSchema, z.union([z.number(), z.string(), z.boolean()]));

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
  id: z.optional(IdSchema),
  /** The event format version; 1 when absent. */
  v: z.optional(z.literal(CURRENT_EVENT_VERSION)),
};
