import * as z from 'zod/mini';
import { IdSchema, StanceSchema, TextSchema } from '../vocabulary/index.js';
import {
  ActSchema,
  AttributionSchema,
  envelope,
  FuzzyTimeSchema,
  InstantSchema,
  RetractionReasonSchema,
  SourceSchema,
  SpeakerSchema,
  TermsSchema,
} from './fields.js';

// The statement's content without its envelope and recordedAt: shared by statements and by corrections' replacements.
const statementContent = {
  /** The parties taking the stance; a joint statement has several. */
  parties: z.array(IdSchema).check(z.minLength(1)),
  /** Who spoke for them. */
  speaker: z.optional(SpeakerSchema),
  /** The issue the stance is on. */
  issue: IdSchema,
  /** The stance taken. */
  stance: StanceSchema,
  /** Quantities or options named (must be terms the issue declares, when there is a vocabulary). */
  terms: z.optional(TermsSchema),
  /** Conditions attached, in own words ("only after a comprehensive settlement"). */
  conditions: z.optional(TextSchema),
  /** How much the party cares, 0 (marginal) to 1 (central). */
  salience: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** What the party did. */
  act: ActSchema,
  /** How directly the report attributes it. */
  attribution: AttributionSchema,
  /** When it was said, as precisely as the report allows. */
  statedAt: FuzzyTimeSchema,
  /** What was said, in own words. */
  summary: TextSchema,
  /** The reports it was read in; at least one. */
  sources: z.array(SourceSchema).check(z.minLength(1)),
};

/** A party (or several, jointly) takes a stance on an issue. */
export const StatementSchema = z.strictObject({
  type: z.literal('statement'),
  ...envelope,
  ...statementContent,
  /** When it entered the record (publication of the first report). */
  recordedAt: InstantSchema,
});

/** A corroboration: a later report of an existing statement. */
export const CorroborationSchema = z.strictObject({
  type: z.literal('corroboration'),
  ...envelope,
  /** The statement corroborated. */
  target: IdSchema,
  /** The later report. */
  source: SourceSchema,
  /** When the later report entered the record. */
  recordedAt: InstantSchema,
});

/** A retraction: an earlier event was wrong and counts as never made from now on. */
export const RetractionSchema = z.strictObject({
  type: z.literal('retraction'),
  ...envelope,
  /** The event retracted (any type, a retraction included). */
  target: IdSchema,
  /** Why it was wrong. */
  reason: RetractionReasonSchema,
  /** Details, in own words. */
  note: z.optional(TextSchema),
  /** When the retraction entered the record. */
  recordedAt: InstantSchema,
});

/** The statement a correction puts in place of its target: a statement without `recordedAt`. */
export const ReplacementSchema = z.strictObject({
  type: z.optional(z.literal('statement')),
  ...envelope,
  ...statementContent,
});

/** A correction: retracts one statement and puts a corrected one in its place, atomically. */
export const CorrectionSchema = z.strictObject({
  type: z.literal('correction'),
  ...envelope,
  /** The statement corrected. */
  target: IdSchema,
  /** The corrected statement; it is recorded at the correction's `recordedAt`. */
  replacement: ReplacementSchema,
  /** Why the target was wrong. */
  reason: z.optional(RetractionReasonSchema),
  /** When the correction entered the record. */
  recordedAt: InstantSchema,
});

/** Any event a ledger records, told apart by `type`. */
export const EventSchema = z.discriminatedUnion('type', [
  StatementSchema,
  CorroborationSchema,
  RetractionSchema,
  CorrectionSchema,
]);
