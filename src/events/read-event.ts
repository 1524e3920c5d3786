import { ValidationError, type Problem } from '../errors/index.js';
import { zodProblems } from '../errors/zod-problems.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { normalizeInstant } from '../time/index.js';
import { didYouMean } from '../vocabulary/index.js';
import { contentId } from './content-id.js';
import { FastEventReader } from './fast-read.js';
import { hasProtoTerm, listedTwice, PROTO_TERM, repeatedParties } from './event-rules.js';
import { CURRENT_EVENT_VERSION } from './fields.js';
import { EventSchema } from './schemas.js';
import type { LedgerEvent, Replacement } from './types.js';
import { DEFAULT_UPCASTERS, upcast, type Upcasters } from './upcast.js';
import { EVENT_TYPES } from './event-types.js';

/** Where an event came from, so problems can say so. */
export interface EventOrigin {
  /** Its index in its batch, from 0. */
  readonly index?: number;
  /** Line in its file, from 1. */
  readonly line?: number;
  /** The file's name. */
  readonly file?: string;
}

/**
 * Options for reading events.
 *
 * @example
 * readEvent(raw, { upcasters: { 0: (old) => ({ ...old, v: 1 }) } });
 */
export interface ReadEventOptions {
  /** Upcasters for older format versions (default: the ones this release ships). */
  readonly upcasters?: Upcasters;
}

/**
 * The outcome of reading one raw event.
 *
 * @example
 * const result = readEvent(raw);
 * if (!result.ok) result.problems.map(formatProblem);
 */
export type ReadEventResult =
  | { readonly ok: true; readonly event: LedgerEvent }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The one place raw input becomes a stored event: upcast older versions, validate against the schema,
 * normalise (`recordedAt` to `YYYY-MM-DDThh:mm:ss.sssZ`, `parties` sorted, `v` filled in), derive the id
 * when absent, and freeze. Never throws for bad input: it returns every problem found.
 *
 * @example
 * const result = readEvent({ type: 'retraction', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' });
 * result.ok && result.event.recordedAt; //=> '2025-01-01T00:00:00.000Z'
 */
export function readEvent(raw: unknown, options: ReadEventOptions = {}, origin: EventOrigin = {}): ReadEventResult {
  // One event has nothing to share its parts with.
  return readEventWith(new FastEventReader({ share: false }), raw, options, origin);
}

/**
 * `readEvent` through a given fast reader, so that the events one owner reads share their equal parts
 * (a store's read pass keeps one reader for the pass). Internal.
 *
 * @example
 * const reader = new FastEventReader();
 * for (const raw of raws) readEventWith(reader, raw);
 */
export function readEventWith(
  reader: FastEventReader,
  raw: unknown,
  options: ReadEventOptions = {},
  origin: EventOrigin = {},
): ReadEventResult {
  // The common valid case skips the schema walk; anything it is unsure of goes to the schema, which alone
  // reports problems.
  const fast = reader.read(raw);
  return fast === undefined ? readEventBySchema(raw, options, origin) : { ok: true, event: fast };
}

/**
 * `readEvent` without its fast path: zod validates every field. Internal; the property test of the
 * fast path compares the two.
 *
 * @example
 * readEventBySchema(JSON.parse(line)); // same result as readEvent(JSON.parse(line)), only slower
 */
export function readEventBySchema(
  raw: unknown,
  options: ReadEventOptions = {},
  origin: EventOrigin = {},
): ReadEventResult {
  const at = (problems: Problem[]): ReadEventResult => ({
    ok: false,
    problems: problems.map((p) => ({ ...origin, ...p })),
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw;
    return at([{ code: 'schema', path: [], message: `an event must be a JSON object, got ${got}` }]);
  }
  const upcasted = upcast(raw as Record<string, unknown>, options.upcasters ?? DEFAULT_UPCASTERS);
  if ('problem' in upcasted) return at([upcasted.problem]);
  const protoTerms = protoTermProblems(upcasted.event);
  const parsed = EventSchema.safeParse(upcasted.event, { reportInput: true });
  if (!parsed.success)
    return at([
      ...zodProblems(parsed.error).map((problem) => addTypeHint(problem, upcasted.event['type'])),
      ...protoTerms,
    ]);
  if (protoTerms.length > 0) return at(protoTerms);
  const event = parsed.data;
  const problems: Problem[] = [];
  let normalized: Record<string, unknown>;
  switch (event.type) {
    case 'statement':
      normalized = {
        ...event,
        v: CURRENT_EVENT_VERSION,
        recordedAt: normalizeInstant(event.recordedAt),
        parties: sortParties(event.parties, ['parties'], problems),
      };
      break;
    case 'correction': {
      const recordedAt = normalizeInstant(event.recordedAt);
      const replacement = normalizeReplacement(event.replacement, recordedAt, problems);
      normalized = { ...event, v: CURRENT_EVENT_VERSION, recordedAt, replacement };
      break;
    }
    default:
      normalized = { ...event, v: CURRENT_EVENT_VERSION, recordedAt: normalizeInstant(event.recordedAt) };
  }
  if (problems.length > 0) return at(problems);
  normalized['id'] ??= contentId(normalized);
  return { ok: true, event: deepFreeze(normalized) as unknown as LedgerEvent };
}

/**
 * Reads one raw event and throws when it is invalid.
 *
 * @throws {ValidationError} listing every problem.
 * @example
 * parseEvent(JSON.parse(line)).type; //=> 'statement'
 */
export function parseEvent(raw: unknown, options: ReadEventOptions = {}, origin: EventOrigin = {}): LedgerEvent {
  const result = readEvent(raw, options, origin);
  if (!result.ok) throw new ValidationError(result.problems);
  return result.event;
}

/**
 * A correction's replacement as the statement it becomes: `type`, `v` and the correction's `recordedAt`
 * filled in, and its id given or derived from that content.
 *
 * @example
 * materializeReplacement(correction).recordedAt === correction.recordedAt; //=> true
 */
export function materializeReplacement(correction: { readonly replacement: Replacement; readonly recordedAt: string }) {
  // Frozen: the ledger hands this object out (`get`) and folds over it, so a caller must not be able to change it.
  return Object.freeze({ ...correction.replacement, recordedAt: correction.recordedAt });
}

function normalizeReplacement(
  replacement: Record<string, unknown> & { parties: string[] },
  recordedAt: string,
  problems: Problem[],
): Replacement {
  const parties = sortParties(replacement.parties, ['replacement', 'parties'], problems);
  const statement: Record<string, unknown> = { ...replacement, type: 'statement', v: CURRENT_EVENT_VERSION, parties };
  // The replacement's derived id is the id the same statement would get if recorded on its own at the
  // correction's time.
  statement['id'] ??= contentId({ ...statement, recordedAt });
  return statement as unknown as Replacement;
}

function sortParties(parties: readonly string[], path: (string | number)[], problems: Problem[]): string[] {
  const sorted = [...parties].sort();
  for (const party of repeatedParties(sorted)) problems.push({ code: 'schema', path, message: listedTwice(party) });
  return sorted;
}

// zod's z.record skips an own '__proto__' key without a word (it guards its output's prototype), so terms
// written with one (as JSON.parse makes them) would silently lose it: refuse it instead.
function protoTermProblems(event: Readonly<Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  const check = (holder: unknown, path: string[]) => {
    const terms =
      holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>)['terms'] : undefined;
    if (hasProtoTerm(terms))
      problems.push({ code: 'schema', path: [...path, 'terms', '__proto__'], message: PROTO_TERM });
  };
  check(event, []);
  check(event['replacement'], ['replacement']);
  return problems;
}

function addTypeHint(problem: Problem, type: unknown): Problem {
  if (problem.path.length !== 1 || problem.path[0] !== 'type') return problem;
  const message = type === undefined ? 'missing event type' : `unknown event type ${JSON.stringify(type)}`;
  return {
    ...problem,
    message: `${message}; expected one of ${EVENT_TYPES.join(', ')}`,
    ...(typeof type === 'string' ? didYouMean(type, EVENT_TYPES) : {}),
  };
}
