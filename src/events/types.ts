import type { Immutable } from 'immer';
import type { z } from 'zod';
import type {
  CorrectionSchema,
  CorroborationSchema,
  EventSchema,
  ReplacementSchema,
  RetractionSchema,
  StatementSchema,
} from './schemas.js';
import type { AuthoritySchema, ActSchema, AttributionSchema, SourceSchema, SpeakerSchema, TermsSchema } from './fields.js';

/** Fills in what reading an event guarantees: its id and format version. */
type Stored<T> = Omit<T, 'id' | 'v'> & {
  /** The event's id, given or derived from its content. */
  readonly id: string;
  /** Its format version (the current one after upcasting). */
  readonly v: number;
};

/** An event as written by a producer: `id` and `v` may be missing. */
export type EventInput = z.input<typeof EventSchema>;
/** A statement as written by a producer. */
export type StatementInput = z.input<typeof StatementSchema>;

/** A statement as stored: parties take a stance on an issue. */
export type Statement = Immutable<Stored<z.output<typeof StatementSchema>>>;
/** A corroboration as stored. */
export type Corroboration = Immutable<Stored<z.output<typeof CorroborationSchema>>>;
/** A retraction as stored. */
export type Retraction = Immutable<Stored<z.output<typeof RetractionSchema>>>;
/** The statement a correction puts in place of its target, as stored inside the correction. */
export type Replacement = Immutable<Stored<Omit<z.output<typeof ReplacementSchema>, 'type'>> & { readonly type: 'statement' }>;
/** A correction as stored, its replacement's id and version filled in. */
export type Correction = Immutable<Stored<Omit<z.output<typeof CorrectionSchema>, 'replacement'>> & { readonly replacement: Replacement }>;

/** Any stored event; narrow it by `type`. */
export type LedgerEvent = Statement | Corroboration | Retraction | Correction;
/** The `type` of an event. */
export type EventType = LedgerEvent['type'];

/** A speaker. */
export type Speaker = Immutable<z.output<typeof SpeakerSchema>>;
/** A speaker's authority level. */
export type Authority = z.output<typeof AuthoritySchema>;
/** A source document reference. */
export type Source = Immutable<z.output<typeof SourceSchema>>;
/** The terms of a stance. */
export type Terms = Immutable<z.output<typeof TermsSchema>>;
/** A statement's act. */
export type Act = z.output<typeof ActSchema>;
/** A statement's attribution. */
export type Attribution = z.output<typeof AttributionSchema>;
