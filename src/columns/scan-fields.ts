// What the line scanner reads and where it may read it: the field names it knows, each with a bit of
// its own, and which of them each kind of object may and must have, read off the event schemas
// (src/events), so that the scanner and the schema path cannot drift apart. A field a schema adds that
// the scanner does not know is never accepted (its line takes the schema path); a field the schema
// requires and the scanner does not know makes that kind of object never accepted.
import {
  ActSchema,
  AttributionSchema,
  AuthoritySchema,
  CorrectionSchema,
  CorroborationSchema,
  ReplacementSchema,
  RetractionReasonSchema,
  RetractionSchema,
  SourceSchema,
  SpeakerSchema,
  StatementSchema,
} from '../events/index.js';
import { StanceSchema } from '../vocabulary/index.js';
import { ByteNames } from './byte-names.js';
import { CORRECTION, CORROBORATION, RETRACTION, STATEMENT } from './event-table.js';
import { stanceCode } from './write-event.js';
import { EVENT_TYPES } from '../events/event-types.js';

/** Every field name the scanner reads, in the order of their numbers (the constants below). */
export const FIELDS = new ByteNames([
  'type',
  'id',
  'v',
  'parties',
  'speaker',
  'issue',
  'stance',
  'terms',
  'conditions',
  'salience',
  'act',
  'attribution',
  'statedAt',
  'summary',
  'sources',
  'recordedAt',
  'target',
  'source',
  'reason',
  'note',
  'replacement',
  'name',
  'role',
  'authority',
  'document',
  'publishedAt',
  'quote',
]);
export const TYPE = 0;
export const ID = 1;
export const VERSION = 2;
export const PARTIES = 3;
export const SPEAKER = 4;
export const ISSUE = 5;
export const STANCE = 6;
export const TERMS = 7;
export const CONDITIONS = 8;
export const SALIENCE = 9;
export const ACT = 10;
export const ATTRIBUTION = 11;
export const STATED_AT = 12;
export const SUMMARY = 13;
export const SOURCES = 14;
export const RECORDED_AT = 15;
export const TARGET = 16;
export const SOURCE = 17;
export const REASON = 18;
export const NOTE = 19;
export const REPLACEMENT_FIELD = 20;
export const NAME = 21;
export const ROLE = 22;
export const AUTHORITY = 23;
export const DOCUMENT = 24;
export const PUBLISHED_AT = 25;
export const QUOTE_FIELD = 26;

// A bit no object ever has: required by a kind of object with a required field the scanner cannot read.
const UNREADABLE = 1 << 30;

/** Which fields an object may have (`allowed`) and must have (`required`), as bits. */
export interface FieldSet {
  /** Bits of the fields it may have. */
  readonly allowed: number;
  /** Bits of the fields it must have. */
  readonly required: number;
}

type Shape = Readonly<Record<string, { safeParse(value: unknown): { success: boolean } }>>;

/** The field set of a strict object schema: a field is required when the schema refuses it missing. */
function fieldsOf(shape: Shape, alsoRequired: readonly number[] = []): FieldSet {
  let allowed = 0;
  let required = 0;
  for (const [name, schema] of Object.entries(shape)) {
    const field = FIELDS.names.indexOf(name);
    const optional = schema.safeParse(undefined).success;
    if (field < 0) {
      if (!optional) required |= UNREADABLE;
      continue;
    }
    allowed |= 1 << field;
    if (!optional) required |= 1 << field;
  }
  for (const field of alsoRequired) required |= 1 << field;
  return { allowed, required };
}

/** The event types by their `type` value's number in {@link TYPES}. */
export const TYPES = new ByteNames(EVENT_TYPES);
/** The number of `statement` in {@link TYPES}. */
export const STATEMENT_TYPE = TYPES.names.indexOf('statement');
/** The number of `correction` in {@link TYPES}. */
export const CORRECTION_TYPE = TYPES.names.indexOf('correction');
/** The row kind of each type, by its number in {@link TYPES}. */
export const ROW_KINDS: readonly number[] = [STATEMENT, CORROBORATION, RETRACTION, CORRECTION];
/**
 * The field set of each type, by its number in {@link TYPES}. The scanner requires an `id`: an event
 * without one gets an id derived from its canonical JSON, which the schema path computes.
 */
export const EVENT_FIELDS: readonly FieldSet[] = [
  StatementSchema,
  CorroborationSchema,
  RetractionSchema,
  CorrectionSchema,
].map((schema) => fieldsOf(schema.shape, [ID]));
/** The fields any event may have: what an event object may hold before its `type` is known. */
export const ANY_EVENT_FIELDS = EVENT_FIELDS.reduce((bits, set) => bits | set.allowed, 0);
/** A correction's replacement (an `id` required, as for events). */
export const REPLACEMENT_FIELDS = fieldsOf(ReplacementSchema.shape, [ID]);
/** A speaker. */
export const SPEAKER_FIELDS = fieldsOf(SpeakerSchema.shape);
/** A source (a `url` needs the schema's URL check: the scanner does not read it). */
export const SOURCE_FIELDS = fieldsOf(SourceSchema.shape);

/** Stances, by their place in the schema's options. */
export const STANCES = new ByteNames(StanceSchema.options);
/** The stance code (docs/design.md §1.3) of each of {@link STANCES}. */
export const STANCE_CODES: readonly number[] = StanceSchema.options.map(stanceCode);
/** Acts. */
export const ACTS = new ByteNames(ActSchema.options);
/** Attributions. */
export const ATTRIBUTIONS = new ByteNames(AttributionSchema.options);
/** Speakers' authorities. */
export const AUTHORITIES = new ByteNames(AuthoritySchema.options);
/** Retraction reasons. */
export const REASONS = new ByteNames(RetractionReasonSchema.options);
