import type { Immutable } from 'immer';
import type * as z from 'zod/mini';
import type {
  CorrectionSchema,
  CorroborationSchema,
  EventSchema,
  ReplacementSchema,
  RetractionSchema,
  StatementSchema,
} from './schemas.js';
import type {
  AuthoritySchema,
  ActSchema,
  AttributionSchema,
  SourceSchema,
  SpeakerSchema,
  TermsSchema,
} from './fields.js';

/** Fills in what reading an event guarantees: its id and format version. */
type Stored<T> = Omit<T, 'id' | 'v'> & {
  /** The event's id, given or derived from its content. */
  readonly id: string;
  /** Its format version (the current one after upcasting). */
  readonly v: number;
};

/**
 * An event as written by a producer: `id` and `v` may be missing.
 *
 * @example
 * const input: EventInput = { type: 'retraction', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' };
 */
export type EventInput = z.input<typeof EventSchema>;
/**
 * A statement as written by a producer.
 *
 * @example
 * const input: StatementInput = {
 *   type: 'statement', parties: ['ukraine'], issue: 'ukraine-in-nato', stance: 'demands', act: 'demand',
 *   attribution: 'on-record', statedAt: '2025-04', recordedAt: '2025-04-23T00:00Z', summary: '…',
 *   sources: [{ document: 'doc-1' }],
 * };
 */
export type StatementInput = z.input<typeof StatementSchema>;

/**
 * A statement as stored: parties take a stance on an issue.
 *
 * @example
 * const statement = ledger.get('s.002.russia.ceasefire-before-settlement');
 * if (statement?.type === 'statement') statement.stance; //=> 'rejects'
 */
export type Statement = Immutable<Stored<z.output<typeof StatementSchema>>>;
/**
 * A corroboration as stored.
 *
 * @example
 * if (event.type === 'corroboration') event.source.document; //=> '003_80dd6f8df4cb6ed5'
 */
export type Corroboration = Immutable<Stored<z.output<typeof CorroborationSchema>>>;
/**
 * A retraction as stored.
 *
 * @example
 * if (event.type === 'retraction') event.reason; //=> 'misreport'
 */
export type Retraction = Immutable<Stored<z.output<typeof RetractionSchema>>>;
/**
 * The statement a correction puts in place of its target, as stored inside the correction.
 *
 * @example
 * if (event.type === 'correction') event.replacement.id; // given or derived
 */
export type Replacement = Immutable<
  Stored<Omit<z.output<typeof ReplacementSchema>, 'type'>> & { readonly type: 'statement' }
>;
/**
 * A correction as stored, its replacement's id and version filled in.
 *
 * @example
 * if (event.type === 'correction') event.replacement.stance; // the corrected stance
 */
export type Correction = Immutable<
  Stored<Omit<z.output<typeof CorrectionSchema>, 'replacement'>> & { readonly replacement: Replacement }
>;

/**
 * Any stored event; narrow it by `type`.
 *
 * @example
 * for (const event of ledger.events()) if (event.type === 'statement') event.parties; // narrowed to Statement
 */
export type LedgerEvent = Statement | Corroboration | Retraction | Correction;
/**
 * The `type` of an event.
 *
 * @example
 * const type: EventType = 'statement';
 */
export type EventType = LedgerEvent['type'];

/**
 * A speaker.
 *
 * @example
 * const speaker: Speaker = { name: 'Steve Witkoff', role: 'special envoy', authority: 'envoy' };
 */
export type Speaker = Immutable<z.output<typeof SpeakerSchema>>;
/**
 * A speaker's authority level.
 *
 * @example
 * const authority: Authority = 'envoy';
 */
export type Authority = z.output<typeof AuthoritySchema>;
/**
 * A source document reference.
 *
 * @example
 * const source: Source = { document: '002_6b334276d8319bd6', quote: 'a short quote' };
 */
export type Source = Immutable<z.output<typeof SourceSchema>>;
/**
 * The terms of a stance.
 *
 * @example
 * const terms: Terms = { durationYears: 15 };
 */
export type Terms = Immutable<z.output<typeof TermsSchema>>;
/**
 * A statement's act.
 *
 * @example
 * const act: Act = 'concede';
 */
export type Act = z.output<typeof ActSchema>;
/**
 * A statement's attribution.
 *
 * @example
 * const attribution: Attribution = 'reportedly';
 */
export type Attribution = z.output<typeof AttributionSchema>;
