import { normalizeInstant, parseFuzzyTime } from '../time/index.js';
import { ID_PATTERN, STANCES } from '../vocabulary/index.js';
import { contentId } from './content-id.js';
import {
  ActSchema,
  AttributionSchema,
  AuthoritySchema,
  CURRENT_EVENT_VERSION,
  RetractionReasonSchema,
  SourceSchema,
  SpeakerSchema,
} from './fields.js';
import { CorrectionSchema, CorroborationSchema, ReplacementSchema, RetractionSchema, StatementSchema } from './schemas.js';
import type { LedgerEvent } from './types.js';

/**
 * The fast path of `readEvent` for the common, valid case: events of the current format
 * version, as plain JSON-like objects. It returns exactly the
 * normalised, frozen event the zod path would return (same fields, same key order), or `undefined`
 * whenever it is not sure, and `readEvent` then takes the zod path, which alone reports problems.
 * So it must never accept what the schema rejects; declining what the schema accepts only costs time.
 * Ingesting a million events spends most of its time here, and zod's generic walk (a fresh
 * payload, issue list and output object per field) was ten times the cost of these checks.
 */

// Every enum and key list comes from the schemas themselves, so the two paths cannot drift apart.
const ACTS: ReadonlySet<unknown> = new Set(ActSchema.options);
const ATTRIBUTIONS: ReadonlySet<unknown> = new Set(AttributionSchema.options);
const AUTHORITIES: ReadonlySet<unknown> = new Set(AuthoritySchema.options);
const REASONS: ReadonlySet<unknown> = new Set(RetractionReasonSchema.options);
const STANCE_SET: ReadonlySet<unknown> = new Set(STANCES);

const keysOf = (schema: { readonly shape: object }) => new Set(Object.keys(schema.shape));
const STATEMENT_KEYS = keysOf(StatementSchema);
const CORROBORATION_KEYS = keysOf(CorroborationSchema);
const RETRACTION_KEYS = keysOf(RetractionSchema);
const CORRECTION_KEYS = keysOf(CorrectionSchema);
const REPLACEMENT_KEYS = keysOf(ReplacementSchema);
const SPEAKER_KEYS = keysOf(SpeakerSchema);
// A url needs the schema's URL check: events with one take the zod path.
const SOURCE_KEYS = new Set([...keysOf(SourceSchema)].filter((key) => key !== 'url'));

type Raw = Record<string, unknown>;
type Draft = Record<string, unknown>;

/** A plain object (prototype `Object.prototype`) whose keys are all in `allowed` and whose values are all defined. */
function plain(value: unknown, allowed: ReadonlySet<string>): value is Raw {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    if (!allowed.has(key) || (value as Raw)[key] === undefined) return false;
  }
  return true;
}

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const optionalText = (value: unknown): boolean => value === undefined || isText(value);

function validTime(text: unknown, parse: (text: string) => unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads one raw event on the fast path.
 *
 * @returns the stored event, or `undefined` to defer to the schema.
 * @example
 * fastReadEvent({ type: 'retraction', id: 'r1', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' })?.recordedAt;
 * //=> '2025-01-01T00:00:00.000Z'
 */
export function fastReadEvent(raw: unknown): LedgerEvent | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const event = raw as Raw;
  const v = event['v'];
  if (v !== undefined && v !== CURRENT_EVENT_VERSION) return undefined;
  const id = event['id'];
  if (id !== undefined && !isId(id)) return undefined;
  const recordedAt = event['recordedAt'];
  if (typeof recordedAt !== 'string') return undefined;
  let instant: string;
  try {
    instant = normalizeInstant(recordedAt);
  } catch {
    return undefined;
  }
  let normalized: Draft | undefined;
  switch (event['type']) {
    case 'statement':
      normalized = statement(event);
      break;
    case 'corroboration':
      normalized = corroboration(event);
      break;
    case 'retraction':
      normalized = retraction(event);
      break;
    case 'correction':
      normalized = correction(event, instant);
      break;
    default:
      return undefined;
  }
  if (normalized === undefined) return undefined;
  // The schema's output lists its fields in schema order; normalising then overwrites recordedAt in place
  // and appends v (unless given) and a derived id (unless given) at the end. Match that order exactly.
  normalized['recordedAt'] = instant;
  normalized['v'] = CURRENT_EVENT_VERSION;
  if (id === undefined) normalized['id'] = contentId(normalized);
  return Object.freeze(normalized) as unknown as LedgerEvent;
}

function head(event: Raw): Draft {
  const draft: Draft = { type: event['type'] };
  if (event['id'] !== undefined) draft['id'] = event['id'];
  if (event['v'] !== undefined) draft['v'] = CURRENT_EVENT_VERSION;
  return draft;
}

function statement(event: Raw): Draft | undefined {
  if (!plain(event, STATEMENT_KEYS)) return undefined;
  const draft = head(event);
  if (!statementContent(event, draft)) return undefined;
  draft['recordedAt'] = event['recordedAt'];
  return draft;
}

/** Checks a statement's content (everything but its envelope and recordedAt) and appends it to `draft` in schema order. */
function statementContent(event: Raw, draft: Draft): boolean {
  const parties = partiesOf(event['parties']);
  const speaker = event['speaker'] === undefined ? undefined : speakerOf(event['speaker']);
  const terms = event['terms'] === undefined ? undefined : termsOf(event['terms']);
  const sources = sourcesOf(event['sources']);
  const salience = event['salience'];
  if (
    parties === undefined ||
    (event['speaker'] !== undefined && speaker === undefined) ||
    (event['terms'] !== undefined && terms === undefined) ||
    sources === undefined ||
    !isId(event['issue']) ||
    !STANCE_SET.has(event['stance']) ||
    !optionalText(event['conditions']) ||
    (salience !== undefined && !(typeof salience === 'number' && Number.isFinite(salience) && salience >= 0 && salience <= 1)) ||
    !ACTS.has(event['act'] as string) ||
    !ATTRIBUTIONS.has(event['attribution'] as string) ||
    !validTime(event['statedAt'], parseFuzzyTime) ||
    !isText(event['summary'])
  ) {
    return false;
  }
  draft['parties'] = parties;
  if (speaker !== undefined) draft['speaker'] = speaker;
  draft['issue'] = event['issue'];
  draft['stance'] = event['stance'];
  if (terms !== undefined) draft['terms'] = terms;
  if (event['conditions'] !== undefined) draft['conditions'] = event['conditions'];
  if (salience !== undefined) draft['salience'] = salience;
  draft['act'] = event['act'];
  draft['attribution'] = event['attribution'];
  draft['statedAt'] = event['statedAt'];
  draft['summary'] = event['summary'];
  draft['sources'] = sources;
  return true;
}

function correction(event: Raw, recordedAt: string): Draft | undefined {
  if (!plain(event, CORRECTION_KEYS) || !isId(event['target']) || (event['reason'] !== undefined && !REASONS.has(event['reason'] as string))) {
    return undefined;
  }
  const replacement = replacementOf(event['replacement'], recordedAt);
  if (replacement === undefined) return undefined;
  const draft = head(event);
  draft['target'] = event['target'];
  draft['replacement'] = replacement;
  if (event['reason'] !== undefined) draft['reason'] = event['reason'];
  draft['recordedAt'] = event['recordedAt'];
  return draft;
}

/**
 * A correction's replacement as stored: the schema's fields in order, then `type` and `v` where they
 * were left out, then the id derived as if the statement were recorded on its own at the correction's time.
 */
function replacementOf(value: unknown, recordedAt: string): Draft | undefined {
  if (!plain(value, REPLACEMENT_KEYS)) return undefined;
  const type = value['type'];
  const id = value['id'];
  if ((type !== undefined && type !== 'statement') || (id !== undefined && !isId(id))) return undefined;
  if (value['v'] !== undefined && value['v'] !== CURRENT_EVENT_VERSION) return undefined;
  const draft: Draft = {};
  if (type !== undefined) draft['type'] = type;
  if (id !== undefined) draft['id'] = id;
  if (value['v'] !== undefined) draft['v'] = CURRENT_EVENT_VERSION;
  if (!statementContent(value, draft)) return undefined;
  draft['type'] = 'statement';
  draft['v'] = CURRENT_EVENT_VERSION;
  if (id === undefined) draft['id'] = contentId({ ...draft, recordedAt });
  return Object.freeze(draft);
}

function corroboration(event: Raw): Draft | undefined {
  if (!plain(event, CORROBORATION_KEYS) || !isId(event['target'])) return undefined;
  const source = sourceOf(event['source']);
  if (source === undefined) return undefined;
  const draft = head(event);
  draft['target'] = event['target'];
  draft['source'] = source;
  draft['recordedAt'] = event['recordedAt'];
  return draft;
}

function retraction(event: Raw): Draft | undefined {
  if (!plain(event, RETRACTION_KEYS) || !isId(event['target']) || !REASONS.has(event['reason'] as string) || !optionalText(event['note'])) {
    return undefined;
  }
  const draft = head(event);
  draft['target'] = event['target'];
  draft['reason'] = event['reason'];
  if (event['note'] !== undefined) draft['note'] = event['note'];
  draft['recordedAt'] = event['recordedAt'];
  return draft;
}

/** Sorted, without duplicates (a duplicate is a problem only the schema path reports). */
function partiesOf(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length === 0) return undefined;
  for (let i = 0; i < value.length; i++) if (!isId(value[i])) return undefined;
  const sorted = value.length === 1 ? [value[0] as string] : [...(value as string[])].sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return undefined;
  return Object.freeze(sorted);
}

function speakerOf(value: unknown): Draft | undefined {
  if (!plain(value, SPEAKER_KEYS) || !isText(value['name']) || !optionalText(value['role']) || !AUTHORITIES.has(value['authority'] as string)) return undefined;
  const speaker: Draft = { name: value['name'] };
  if (value['role'] !== undefined) speaker['role'] = value['role'];
  speaker['authority'] = value['authority'];
  return Object.freeze(speaker);
}

function termsOf(value: unknown): Draft | undefined {
  // Only the plainest records: string keys that are all enumerable, none named '__proto__', scalar values.
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const keys = Object.keys(value);
  if (Object.getOwnPropertyNames(value).length !== keys.length || Object.getOwnPropertySymbols(value).length > 0) return undefined;
  const terms: Draft = {};
  for (const key of keys) {
    const term = (value as Raw)[key];
    const scalar = typeof term === 'string' || typeof term === 'boolean' || (typeof term === 'number' && Number.isFinite(term));
    if (key === '' || key === '__proto__' || !scalar) return undefined;
    terms[key] = term;
  }
  return Object.freeze(terms);
}

function sourcesOf(value: unknown): readonly Draft[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length === 0) return undefined;
  const sources: Draft[] = [];
  for (let i = 0; i < value.length; i++) {
    const source = sourceOf(value[i]);
    if (source === undefined) return undefined;
    sources.push(source);
  }
  return Object.freeze(sources);
}

/** A source without `url` (URL syntax is left to the schema). */
function sourceOf(value: unknown): Draft | undefined {
  if (!plain(value, SOURCE_KEYS) || !isId(value['document']) || !optionalText(value['quote'])) return undefined;
  if (value['publishedAt'] !== undefined && !validTime(value['publishedAt'], parseFuzzyTime)) return undefined;
  const source: Draft = { document: value['document'] };
  if (value['publishedAt'] !== undefined) source['publishedAt'] = value['publishedAt'];
  if (value['quote'] !== undefined) source['quote'] = value['quote'];
  return Object.freeze(source);
}
