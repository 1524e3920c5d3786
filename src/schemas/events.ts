import { z } from 'zod';
import { distinctPartiesRule } from '../events/index.js';
import {
  ActSchema,
  AttributionSchema,
  envelope,
  FuzzyTimeSchema,
  IdSchema,
  InstantSchema,
  RetractionReasonSchema,
  SourceSchema,
  SpeakerSchema,
  StanceSchema,
  TermsSchema,
  TextSchema,
} from './fields.js';

// The statement's content without its envelope and recordedAt: shared by statements and by corrections' replacements.
const statementContent = {
  /** The parties taking the stance, each once; a joint statement has several. */
  parties: z.array(IdSchema).min(1).superRefine(distinctPartiesRule),
  /** Who spoke for them. */
  speaker: SpeakerSchema.optional(),
  /** The issue the stance is on. */
  issue: IdSchema,
  /** The stance taken. */
  stance: StanceSchema,
  /** Quantities or options named (must be terms the issue declares, when there is a vocabulary). */
  terms: TermsSchema.optional(),
  /** Conditions attached, in own words ("only after a comprehensive settlement"). */
  conditions: TextSchema.optional(),
  /** How much the party cares, 0 (marginal) to 1 (central). */
  salience: z.number().min(0).max(1).optional(),
  /** What the party did. */
  act: ActSchema,
  /** How directly the report attributes it. */
  attribution: AttributionSchema,
  /** When it was said, as precisely as the report allows. */
  statedAt: FuzzyTimeSchema,
  /** What was said, in own words. */
  summary: TextSchema,
  /** The reports it was read in; at least one. */
  sources: z.array(SourceSchema).min(1),
};

/**
 * A party (or several, jointly) takes a stance on an issue.
 *
 * @example
 * StatementSchema.safeParse({ type: 'statement', parties: [] }).success;
 * //=> false (parties needs one, and more is missing)
 */
export const StatementSchema = z
  .strictObject({
    type: z.literal('statement'),
    ...envelope,
    ...statementContent,
    /** When it entered the record (publication of the first report). */
    recordedAt: InstantSchema,
  })
  .describe('A statement: one or more parties take a stance on an issue.');

/**
 * A corroboration: a later report of an existing statement.
 *
 * @example
 * CorroborationSchema.parse({
 *   type: 'corroboration', target: 's1', source: { document: 'doc-2' }, recordedAt: '2026-01-06T00:00Z',
 * }).target; //=> 's1'
 */
export const CorroborationSchema = z
  .strictObject({
    type: z.literal('corroboration'),
    ...envelope,
    /** The statement corroborated. */
    target: IdSchema,
    /** The later report. */
    source: SourceSchema,
    /** When the later report entered the record. */
    recordedAt: InstantSchema,
  })
  .describe('A corroboration: a later report of an existing statement; adds a source, changes no stance.');

/**
 * A retraction: an earlier event was wrong and counts as never made from now on.
 *
 * @example
 * RetractionSchema.parse({ type: 'retraction', target: 's1', reason: 'misreport', recordedAt: '2026-01-06T00:00Z' })
 *   .reason; //=> 'misreport'
 */
export const RetractionSchema = z
  .strictObject({
    type: z.literal('retraction'),
    ...envelope,
    /** The event retracted (any type, a retraction included). */
    target: IdSchema,
    /** Why it was wrong. */
    reason: RetractionReasonSchema,
    /** Details, in own words. */
    note: TextSchema.optional(),
    /** When the retraction entered the record. */
    recordedAt: InstantSchema,
  })
  .describe('A retraction: its target counts as never made from the retraction on.');

/**
 * The statement a correction puts in place of its target: a statement without `recordedAt`.
 *
 * @example
 * ReplacementSchema.safeParse({
 *   parties: ['ukraine'], issue: 'ukraine-in-nato', stance: 'supports', act: 'reaffirm',
 *   attribution: 'on-record', statedAt: '2025-04', summary: '…', sources: [{ document: 'doc-1' }],
 * }).success; //=> true
 */
export const ReplacementSchema = z.strictObject({
  type: z.literal('statement').optional(),
  ...envelope,
  ...statementContent,
});

/**
 * A correction: retracts one statement and puts a corrected one in its place, atomically.
 *
 * @example
 * CorrectionSchema.shape.replacement; // a statement without recordedAt
 */
export const CorrectionSchema = z
  .strictObject({
    type: z.literal('correction'),
    ...envelope,
    /** The statement corrected. */
    target: IdSchema,
    /** The corrected statement; it is recorded at the correction's `recordedAt`. */
    replacement: ReplacementSchema,
    /** Why the target was wrong. */
    reason: RetractionReasonSchema.optional(),
    /** When the correction entered the record. */
    recordedAt: InstantSchema,
  })
  .describe('A correction: retracts a statement and replaces it with a corrected one.');

/**
 * Any event a ledger records, told apart by `type`.
 *
 * @example
 * EventSchema.safeParse({ type: 'retraction', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' })
 *   .success; //=> true
 */
export const EventSchema = z
  .discriminatedUnion('type', [StatementSchema, CorroborationSchema, RetractionSchema, CorrectionSchema])
  .describe('A positions-ledger event (format version 1).');
