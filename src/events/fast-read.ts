import { fuzzyTimeBounds, normalizeInstant } from '../time/index.js';
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
import {
  CorrectionSchema,
  CorroborationSchema,
  ReplacementSchema,
  RetractionSchema,
  StatementSchema,
} from './schemas.js';
import type { LedgerEvent } from './types.js';

// Every enum and key list comes from the schemas themselves, so the two paths cannot drift apart.
// Enums map each value to one shared copy: JSON.parse gives every string longer than ten characters
// its own copy ('joint-statement', 'head-of-state'), and a million stored events would keep them all.
const enumOf = (values: readonly string[]): ReadonlyMap<unknown, string> =>
  new Map(values.map((value) => [value, value]));
const ACTS = enumOf(ActSchema.options);
const ATTRIBUTIONS = enumOf(AttributionSchema.options);
const AUTHORITIES = enumOf(AuthoritySchema.options);
const REASONS = enumOf(RetractionReasonSchema.options);
const STANCE_SET = enumOf(STANCES);

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

/**
 * How many entries each sharing table of a {@link FastEventReader} holds before it is emptied and starts
 * again: a stream of ever-new document ids or speakers cannot grow it without end.
 */
const SHARED_LIMIT = 1 << 16;

/**
 * The fast path of `readEvent` for the common, valid case: events of the current format version, as plain
 * JSON-like objects. `read` returns exactly the normalised, frozen event the zod path would return (same
 * fields, same key order), or `undefined` whenever it is not sure, and the caller then takes the zod path,
 * which alone reports problems. So it must never accept what the schema rejects; declining what the schema
 * accepts only costs time. Ingesting a million events spends most of its time here, and zod's generic walk
 * (a fresh payload, issue list and output object per field) costs ten times these checks.
 *
 * Stored events are deeply frozen, so equal parts of the events one reader reads can be one object: each
 * id, a single party's list, a source that names only its document (and the list holding just it), a
 * speaker, a speaker's name and role. The reader keeps these sharing tables for as long as its owner keeps
 * it (a ledger keeps one for its life, so the events it holds share their parts; `readEvent` reads its one
 * event with a reader that keeps none); each table holds at most 65,536 entries and is emptied when full.
 * Sharing is safe because every shared part is frozen and is taken only for input equal to it
 * (test/internals/fast-read-sharing.test.ts). See docs/design.md §9.5.
 *
 * @example
 * const reader = new FastEventReader();
 * reader.read({ type: 'retraction', id: 'r1', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' })
 *   ?.recordedAt; //=> '2025-01-01T00:00:00.000Z'
 */
export class FastEventReader {
  /** The sharing tables; none for a reader whose events are not kept together (one `readEvent` call). */
  readonly #tables: SharingTables | undefined;
  /** Where validating a time writes its bounds, so checking one allocates nothing. */
  readonly #bounds = { start: 0, end: 0 };

  /**
   * A reader with empty sharing tables, or with none when `share` is false.
   *
   * @example
   * const reader = new FastEventReader(); // for a ledger's life
   * const once = new FastEventReader({ share: false }); // for one event
   */
  constructor(options: { readonly share?: boolean } = {}) {
    this.#tables = options.share === false ? undefined : sharingTables();
  }

  /**
   * Reads one raw event on the fast path.
   *
   * @returns the stored event, or `undefined` to defer to the schema.
   * @example
   * reader.read(JSON.parse(line)) ?? readEventBySchema(JSON.parse(line));
   */
  read(raw: unknown): LedgerEvent | undefined {
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
        normalized = this.#statement(event);
        break;
      case 'corroboration':
        normalized = this.#corroboration(event);
        break;
      case 'retraction':
        normalized = retraction(event);
        break;
      case 'correction':
        normalized = this.#correction(event, instant);
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

  /** The shared copy of an id, or `undefined` when `value` is not an id. */
  #sharedId(value: unknown): string | undefined {
    const ids = this.#tables?.ids;
    const known = ids?.get(value);
    if (known !== undefined) return known;
    if (!isId(value)) return undefined;
    return ids === undefined ? value : share(ids, value, value);
  }

  #sharedText(value: string): string {
    const texts = this.#tables?.texts;
    return texts === undefined ? value : (texts.get(value) ?? share(texts, value, value));
  }

  #validTime(text: unknown): boolean {
    if (typeof text !== 'string') return false;
    try {
      fuzzyTimeBounds(text, this.#bounds);
      return true;
    } catch {
      return false;
    }
  }

  #statement(event: Raw): Draft | undefined {
    if (!plain(event, STATEMENT_KEYS)) return undefined;
    const draft = head(event);
    if (!this.#statementContent(event, draft)) return undefined;
    draft['recordedAt'] = event['recordedAt'];
    return draft;
  }

  /** Checks a statement's content (all but its envelope and recordedAt) and appends it to `draft` in schema order. */
  #statementContent(event: Raw, draft: Draft): boolean {
    const parties = this.#parties(event['parties']);
    const speaker = event['speaker'] === undefined ? undefined : this.#speaker(event['speaker']);
    const terms = event['terms'] === undefined ? undefined : termsOf(event['terms']);
    const sources = this.#sources(event['sources']);
    const salience = event['salience'];
    const issue = this.#sharedId(event['issue']);
    const stance = STANCE_SET.get(event['stance']);
    const act = ACTS.get(event['act']);
    const attribution = ATTRIBUTIONS.get(event['attribution']);
    if (
      parties === undefined ||
      (event['speaker'] !== undefined && speaker === undefined) ||
      (event['terms'] !== undefined && terms === undefined) ||
      sources === undefined ||
      issue === undefined ||
      stance === undefined ||
      !optionalText(event['conditions']) ||
      (salience !== undefined &&
        !(typeof salience === 'number' && Number.isFinite(salience) && salience >= 0 && salience <= 1)) ||
      act === undefined ||
      attribution === undefined ||
      !this.#validTime(event['statedAt']) ||
      !isText(event['summary'])
    ) {
      return false;
    }
    draft['parties'] = parties;
    if (speaker !== undefined) draft['speaker'] = speaker;
    draft['issue'] = issue;
    draft['stance'] = stance;
    if (terms !== undefined) draft['terms'] = terms;
    if (event['conditions'] !== undefined) draft['conditions'] = event['conditions'];
    if (salience !== undefined) draft['salience'] = salience;
    draft['act'] = act;
    draft['attribution'] = attribution;
    draft['statedAt'] = event['statedAt'];
    draft['summary'] = event['summary'];
    draft['sources'] = sources;
    return true;
  }

  #correction(event: Raw, recordedAt: string): Draft | undefined {
    const reason = event['reason'] === undefined ? undefined : REASONS.get(event['reason']);
    if (
      !plain(event, CORRECTION_KEYS) ||
      !isId(event['target']) ||
      (event['reason'] !== undefined && reason === undefined)
    ) {
      return undefined;
    }
    const replacement = this.#replacement(event['replacement'], recordedAt);
    if (replacement === undefined) return undefined;
    const draft = head(event);
    draft['target'] = event['target'];
    draft['replacement'] = replacement;
    if (reason !== undefined) draft['reason'] = reason;
    draft['recordedAt'] = event['recordedAt'];
    return draft;
  }

  /**
   * A correction's replacement as stored: the schema's fields in order, then `type` and `v` where they
   * were left out, then the id derived as if the statement were recorded on its own at the correction's time.
   */
  #replacement(value: unknown, recordedAt: string): Draft | undefined {
    if (!plain(value, REPLACEMENT_KEYS)) return undefined;
    const type = value['type'];
    const id = value['id'];
    if ((type !== undefined && type !== 'statement') || (id !== undefined && !isId(id))) return undefined;
    if (value['v'] !== undefined && value['v'] !== CURRENT_EVENT_VERSION) return undefined;
    const draft: Draft = {};
    if (type !== undefined) draft['type'] = type;
    if (id !== undefined) draft['id'] = id;
    if (value['v'] !== undefined) draft['v'] = CURRENT_EVENT_VERSION;
    if (!this.#statementContent(value, draft)) return undefined;
    draft['type'] = 'statement';
    draft['v'] = CURRENT_EVENT_VERSION;
    if (id === undefined) draft['id'] = contentId({ ...draft, recordedAt });
    return Object.freeze(draft);
  }

  #corroboration(event: Raw): Draft | undefined {
    if (!plain(event, CORROBORATION_KEYS) || !isId(event['target'])) return undefined;
    const source = this.#source(event['source']);
    if (source === undefined) return undefined;
    const draft = head(event);
    draft['target'] = event['target'];
    draft['source'] = source;
    draft['recordedAt'] = event['recordedAt'];
    return draft;
  }

  /** Sorted, without duplicates (a duplicate is a problem only the schema path reports). */
  #parties(value: unknown): readonly string[] | undefined {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length === 0)
      return undefined;
    if (value.length === 1) {
      const solo = this.#tables?.soloParties;
      const known = solo?.get(value[0]);
      if (known !== undefined) return known;
      const party = this.#sharedId(value[0]);
      if (party === undefined) return undefined;
      const list = Object.freeze([party]);
      return solo === undefined ? list : share(solo, party, list);
    }
    const sorted: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const party = this.#sharedId(value[i]);
      if (party === undefined) return undefined;
      sorted.push(party);
    }
    sorted.sort();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return undefined;
    // slice: an exact-size copy (a pushed-to array keeps room for 17).
    return Object.freeze(sorted.slice());
  }

  // Literals, not properties added one by one: an object built by additions keeps an extra property store.
  #speaker(value: unknown): Draft | undefined {
    if (!plain(value, SPEAKER_KEYS) || !isText(value['name']) || !optionalText(value['role'])) return undefined;
    const authority = AUTHORITIES.get(value['authority']);
    if (authority === undefined) return undefined;
    const role = value['role'] as string | undefined;
    const speakers = this.#tables?.speakers;
    const known = speakers?.get(value['name']);
    if (known !== undefined && known['role'] === role && known['authority'] === authority) return known;
    const name = this.#sharedText(value['name']);
    const speaker = Object.freeze(
      role === undefined ? { name, authority } : { name, role: this.#sharedText(role), authority },
    );
    return speakers === undefined ? speaker : share(speakers, name, speaker);
  }

  #sources(value: unknown): readonly Draft[] | undefined {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length === 0)
      return undefined;
    if (value.length === 1) {
      const source = this.#source(value[0]);
      if (source === undefined) return undefined;
      const document = source['document'] as string;
      const tables = this.#tables;
      if (tables === undefined || tables.bareSources.get(document) !== source) return Object.freeze([source]);
      return tables.bareSourceLists.get(document) ?? share(tables.bareSourceLists, document, Object.freeze([source]));
    }
    const sources: Draft[] = [];
    for (let i = 0; i < value.length; i++) {
      const source = this.#source(value[i]);
      if (source === undefined) return undefined;
      sources.push(source);
    }
    return Object.freeze(sources.slice());
  }

  /** A source without `url` (URL syntax is left to the schema). */
  #source(value: unknown): Draft | undefined {
    if (!plain(value, SOURCE_KEYS) || !optionalText(value['quote'])) return undefined;
    const document = this.#sharedId(value['document']);
    if (document === undefined) return undefined;
    const publishedAt = value['publishedAt'];
    const quote = value['quote'];
    if (publishedAt === undefined && quote === undefined) {
      const bare = this.#tables?.bareSources;
      if (bare === undefined) return Object.freeze({ document });
      return bare.get(document) ?? share(bare, document, Object.freeze({ document }));
    }
    if (publishedAt === undefined) return Object.freeze({ document, quote });
    if (!this.#validTime(publishedAt)) return undefined;
    return Object.freeze(quote === undefined ? { document, publishedAt } : { document, publishedAt, quote });
  }
}

/** A reader's sharing tables, each keyed by text that passed its check, so a hit needs no further one. */
interface SharingTables {
  readonly ids: Map<unknown, string>;
  readonly soloParties: Map<unknown, readonly string[]>;
  readonly bareSources: Map<unknown, Draft>;
  readonly bareSourceLists: Map<unknown, readonly Draft[]>;
  /** The last speaker read under each name (the same person is quoted again and again, mostly in one office). */
  readonly speakers: Map<unknown, Draft>;
  /** Speakers' names and roles. */
  readonly texts: Map<string, string>;
}

function sharingTables(): SharingTables {
  return {
    ids: new Map(),
    soloParties: new Map(),
    bareSources: new Map(),
    bareSourceLists: new Map(),
    speakers: new Map(),
    texts: new Map(),
  };
}

/** Adds to a sharing table, emptying it first when it is full. */
function share<K, T>(table: Map<K, T>, key: K, value: T): T {
  if (table.size >= SHARED_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

function head(event: Raw): Draft {
  const draft: Draft = { type: event['type'] };
  if (event['id'] !== undefined) draft['id'] = event['id'];
  if (event['v'] !== undefined) draft['v'] = CURRENT_EVENT_VERSION;
  return draft;
}

function retraction(event: Raw): Draft | undefined {
  const reason = REASONS.get(event['reason']);
  if (
    !plain(event, RETRACTION_KEYS) ||
    !isId(event['target']) ||
    reason === undefined ||
    !optionalText(event['note'])
  ) {
    return undefined;
  }
  const draft = head(event);
  draft['target'] = event['target'];
  draft['reason'] = reason;
  if (event['note'] !== undefined) draft['note'] = event['note'];
  draft['recordedAt'] = event['recordedAt'];
  return draft;
}

function termsOf(value: unknown): Draft | undefined {
  // Only the plainest records: string keys that are all enumerable, none named '__proto__', scalar values.
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  const keys = Object.keys(value);
  if (Object.getOwnPropertyNames(value).length !== keys.length || Object.getOwnPropertySymbols(value).length > 0)
    return undefined;
  const terms: Draft = {};
  for (const key of keys) {
    const term = (value as Raw)[key];
    const scalar =
      typeof term === 'string' || typeof term === 'boolean' || (typeof term === 'number' && Number.isFinite(term));
    if (key === '' || key === '__proto__' || !scalar) return undefined;
    terms[key] = term;
  }
  return Object.freeze(terms);
}
