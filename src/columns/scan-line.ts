import { CURRENT_EVENT_VERSION, canonicalJson } from '../events/index.js';
import { asciiText } from './ascii-hash.js';
import type { ByteNames } from './byte-names.js';
import { type EventTable, HAS_CONDITIONS, HAS_QUOTE, REPLACEMENT, STATEMENT, STORED_FORM } from './event-table.js';
import { grown } from './growable.js';
import {
  ACT,
  ACTS,
  ANY_EVENT_FIELDS,
  ATTRIBUTION,
  ATTRIBUTIONS,
  AUTHORITIES,
  AUTHORITY,
  CONDITIONS,
  CORRECTION_TYPE,
  DOCUMENT,
  EVENT_FIELDS,
  FIELDS,
  type FieldSet,
  ID,
  ISSUE,
  NAME,
  NOTE,
  PARTIES,
  PUBLISHED_AT,
  QUOTE_FIELD,
  REASON,
  REASONS,
  RECORDED_AT,
  REPLACEMENT_FIELD,
  REPLACEMENT_FIELDS,
  ROLE,
  ROW_KINDS,
  SALIENCE,
  SOURCE,
  SOURCE_FIELDS,
  SOURCES,
  SPEAKER,
  SPEAKER_FIELDS,
  STANCE,
  STANCE_CODES,
  STANCES,
  STATED_AT,
  STATEMENT_TYPE,
  SUMMARY,
  TARGET,
  TERMS,
  TYPE,
  TYPES,
  VERSION,
} from './scan-fields.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  idEnd,
  numberEnd,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipSpace,
  stringEnd,
} from './scan-json.js';
import { TimeReader } from './scan-time.js';
import { WRITTEN } from './stated-form.js';
import type { TextPlace } from './write-event.js';

/** What {@link LineScanner.scanLine} returns when it leaves the line to the schema path. */
export const SCAN_UNSURE = -1;

/**
 * The row that holds the id of a line {@link LineScanner.scanLine} found taken, from its result
 * (results below -1 mean "taken").
 *
 * @example
 * const result = scanner.scanLine(table, bytes, start, end, place);
 * if (result < SCAN_UNSURE) table.idOf(takenRow(result)); // the line's id
 */
export function takenRow(result: number): number {
  return -2 - result;
}

// Ids, issues, parties and documents are remembered as references into the line, packed into one
// int32: the offset from the line's start (below 2^23) shifted past the length (an id is at most 128 bytes).
const LONGEST_LINE = 1 << 23;
// As many parties and sources as a row's counts hold (EventTable.partyCount is a Uint8Array,
// sourceCount a Uint16Array); an event with more takes the schema path.
const MOST_PARTIES = 0xff;
const MOST_SOURCES = 0xffff;

const VERSION_TEXT = new TextEncoder().encode(String(CURRENT_EVENT_VERSION));
const TRUE = new TextEncoder().encode('true');
const FALSE = new TextEncoder().encode('false');

/** What the scanner read of one event object (or a correction's replacement) and writes when it commits. */
class ObjectFields {
  /** Bits of the fields read. */
  seen = 0;
  /** The `type` value's number in TYPES, or -1. */
  type = -1;
  /** References to the id, issue and target. */
  id = 0;
  issue = 0;
  target = 0;
  /** How many parties and sources were read (into the table's lists, past their filled lengths). */
  parties = 0;
  sources = 0;
  /** The canonical JSON of the terms. */
  terms: string | undefined = undefined;
  /** The statedAt text when it does not rebuild from its bounds. */
  statedText: string | undefined = undefined;

  reset(): void {
    this.seen = 0;
    this.type = -1;
    this.parties = 0;
    this.sources = 0;
    this.terms = undefined;
    this.statedText = undefined;
  }
}

/**
 * The fast way into the event table (docs/design.md §9.2): reads one NDJSON line's bytes straight into
 * the table's columns, validating it in full against the event format (docs/design.md §1.4) as it goes,
 * with no object per event and no string but the few an event's columns keep. For each line it does
 * one of three things:
 * - writes exactly the row(s) `writeEvent(table, parseEvent(JSON.parse(line)), place)` would write (same
 *   columns, same interned numbers, same `statedText`, target links and `pendingTargets`) and returns
 *   the event's row;
 * - finds the event valid but its id taken, writes nothing and returns a code below -1 that
 *   {@link takenRow} turns into the row holding the id, for the append logic to compare contents;
 * - returns {@link SCAN_UNSURE} and leaves the table as it was (rows, lists, ids, dictionaries): the
 *   caller takes the schema path (JSON.parse, readEvent, writeEvent), which alone reports problems.
 *
 * It never accepts a line the schema path rejects, and it is unsure, by design, of events without an
 * id (their id is a hash of canonical JSON), of a `v` other than 1, a `url`, times with offsets, `\u`
 * escapes, keys given twice, unknown keys, and lines of 8 MiB or more. It checks the JSON grammar of
 * the whole line, strict UTF-8 in strings, and every field's type and rule as src/events defines them.
 *
 * The scanner holds working memory for one line at a time; the caller owns it and may reuse it for
 * any number of tables.
 *
 * @example
 * const scanner = new LineScanner();
 * const row = scanner.scanLine(table, bytes, start, end, { source: 0, start: offset, length: end - start, stored: false });
 * if (row === SCAN_UNSURE) writeEvent(table, parseEvent(JSON.parse(decode(bytes, start, end))), place); // or its problems
 */
export class LineScanner {
  readonly #event = new ObjectFields();
  readonly #replacement = new ObjectFields();
  readonly #time = new TimeReader();
  readonly #decoder = new TextDecoder();
  /** Where the line being read starts: the origin of references. */
  #line = 0;
  /** Where the last key's value, or the last word's closing quote, left off. */
  #at = 0;

  /**
   * Reads the line `bytes[start, end)` (without its line break) into `table` as one event.
   *
   * @returns the event's row; {@link SCAN_UNSURE}; or, for a valid event whose id is taken, a code below
   *   -1 ({@link takenRow}).
   */
  scanLine(table: EventTable, bytes: Uint8Array, start: number, end: number, place: TextPlace): number {
    if (end - start >= LONGEST_LINE) return SCAN_UNSURE;
    const open = skipSpace(bytes, start, end);
    if (open >= end || bytes[open] !== OPEN_BRACE) return SCAN_UNSURE;
    this.#line = start;
    const event = this.#event;
    const replacement = this.#replacement;
    event.reset();
    replacement.reset();
    // The row is filled in place and the table's count taken back unless the line is accepted; a
    // correction's replacement row is added when its object starts.
    const row = table.addRow(STATEMENT);
    let at = this.#members(table, bytes, open + 1, end, event, row, ANY_EVENT_FIELDS);
    if (at >= 0) at = skipSpace(bytes, at, end);
    const type = event.type;
    if (
      at !== end ||
      type < 0 ||
      !complete(event, EVENT_FIELDS[type] as FieldSet) ||
      (type === CORRECTION_TYPE &&
        (!complete(replacement, REPLACEMENT_FIELDS) || (replacement.type >= 0 && replacement.type !== STATEMENT_TYPE)))
    ) {
      table.count = row;
      return SCAN_UNSURE;
    }
    const taken = this.#find(table, bytes, event.id);
    if (taken >= 0) {
      table.count = row;
      return -2 - taken;
    }
    if (
      type === CORRECTION_TYPE &&
      (this.#find(table, bytes, replacement.id) >= 0 || this.#same(bytes, event.id, replacement.id))
    ) {
      table.count = row;
      return SCAN_UNSURE;
    }
    // Committed in writeEvent's order: the id, then the target (an event may target itself), then
    // the content; a correction's replacement id after its target is looked up.
    table.kind[row] = ROW_KINDS[type] as number;
    this.#begin(table, bytes, row, event.id, place);
    if (type === STATEMENT_TYPE) this.#commitStatement(table, bytes, row, event);
    else {
      this.#link(table, bytes, row, event.target);
      if (type === CORRECTION_TYPE) {
        const second = row + 1;
        this.#begin(table, bytes, second, replacement.id, place);
        table.recordedAt[second] = table.recordedAt[row] as number;
        this.#commitStatement(table, bytes, second, replacement);
        table.partner[row] = second;
        table.partner[second] = row;
      } else this.#commitSources(table, bytes, row, event.sources);
    }
    return row;
  }

  #begin(table: EventTable, bytes: Uint8Array, row: number, id: number, place: TextPlace): void {
    const from = this.#line + (id >>> 8);
    table.ids.addBytes(row, bytes, from, from + (id & 0xff));
    table.textSource[row] = place.source;
    table.textStart[row] = place.start;
    table.textLength[row] = place.length;
    if (place.stored) table.flags[row] = (table.flags[row] as number) | STORED_FORM;
  }

  #commitStatement(table: EventTable, bytes: Uint8Array, row: number, fields: ObjectFields): void {
    const line = this.#line;
    const issue = fields.issue;
    table.issue[row] = table.issues.internBytes(bytes, line + (issue >>> 8), line + (issue >>> 8) + (issue & 0xff));
    const base = table.partyListLength;
    const list = table.partyList;
    const parties = table.parties;
    for (let i = base; i < base + fields.parties; i++) {
      const party = list[i] as number;
      list[i] = parties.internBytes(bytes, line + (party >>> 8), line + (party >>> 8) + (party & 0xff));
    }
    table.partyListLength = base + fields.parties;
    table.partyCount[row] = fields.parties;
    if (fields.statedText !== undefined) table.statedText.set(row, fields.statedText);
    if (fields.terms !== undefined) table.terms[row] = table.termsKeys.intern(fields.terms);
    this.#commitSources(table, bytes, row, fields.sources);
  }

  #commitSources(table: EventTable, bytes: Uint8Array, row: number, count: number): void {
    const line = this.#line;
    const base = table.sourceListLength;
    const list = table.sourceDocument;
    const documents = table.documents;
    for (let i = base; i < base + count; i++) {
      const document = list[i] as number;
      list[i] = documents.internBytes(bytes, line + (document >>> 8), line + (document >>> 8) + (document & 0xff));
    }
    table.sourceListLength = base + count;
    table.sourceCount[row] = count;
  }

  #link(table: EventTable, bytes: Uint8Array, row: number, target: number): void {
    const from = this.#line + (target >>> 8);
    const to = from + (target & 0xff);
    const found = table.ids.findBytes(bytes, from, to);
    if (found >= 0) table.target[row] = found;
    else table.pendingTargets.set(row, asciiText(bytes, from, to));
  }

  #find(table: EventTable, bytes: Uint8Array, reference: number): number {
    const from = this.#line + (reference >>> 8);
    return table.ids.findBytes(bytes, from, from + (reference & 0xff));
  }

  /** Whether two references spell the same id. */
  #same(bytes: Uint8Array, a: number, b: number): boolean {
    return this.#compare(bytes, a, b) === 0;
  }

  /** Byte order of two references (ids compare as plain strings, and ids are ASCII). */
  #compare(bytes: Uint8Array, a: number, b: number): number {
    const i = this.#line + (a >>> 8);
    const j = this.#line + (b >>> 8);
    const aLength = a & 0xff;
    const bLength = b & 0xff;
    const length = Math.min(aLength, bLength);
    for (let k = 0; k < length; k++) {
      const d = (bytes[i + k] as number) - (bytes[j + k] as number);
      if (d !== 0) return d;
    }
    return aLength - bLength;
  }

  /** A reference to `bytes[from, to)`. */
  #reference(from: number, to: number): number {
    return ((from - this.#line) << 8) | (to - from);
  }

  /**
   * Reads the members of an event or replacement object, from just after its `{`, writing what it
   * reads into `row`'s columns and `fields`; returns the position after its `}`, or -1.
   */
  #members(
    table: EventTable,
    bytes: Uint8Array,
    at: number,
    end: number,
    fields: ObjectFields,
    row: number,
    allowed: number,
  ): number {
    let i = skipSpace(bytes, at, end);
    if (i < end && bytes[i] === CLOSE_BRACE) return i + 1;
    for (;;) {
      const field = this.#key(bytes, i, end, allowed, fields.seen);
      if (field < 0) return -1;
      fields.seen |= 1 << field;
      i = this.#value(table, bytes, this.#at, end, field, fields, row);
      if (i < 0) return -1;
      i = skipSpace(bytes, i, end);
      if (i >= end) return -1;
      const b = bytes[i];
      if (b === CLOSE_BRACE) return i + 1;
      if (b !== COMMA) return -1;
      i = skipSpace(bytes, i + 1, end);
    }
  }

  /**
   * Reads a key at `at` and the `:` after it; returns its field number (with {@link LineScanner.#at} on
   * its value), or -1 for a key not in `allowed`, or in `seen` already (JSON.parse would keep the last).
   */
  #key(bytes: Uint8Array, at: number, end: number, allowed: number, seen: number): number {
    if (at >= end || bytes[at] !== QUOTE) return -1;
    const field = FIELDS.match(bytes, at + 1, end);
    if (field < 0 || ((allowed >>> field) & 1) === 0 || ((seen >>> field) & 1) === 1) return -1;
    let i = at + 2 + (FIELDS.lengths[field] as number);
    if (bytes[i] !== COLON) i = skipSpace(bytes, i, end);
    if (i >= end || bytes[i] !== COLON) return -1;
    i++;
    if ((bytes[i] as number) <= 0x20) i = skipSpace(bytes, i, end);
    if (i >= end) return -1;
    this.#at = i;
    return field;
  }

  /** Reads the value of an event's or replacement's field at `at`; returns where it ends, or -1. */
  #value(
    table: EventTable,
    bytes: Uint8Array,
    at: number,
    end: number,
    field: number,
    fields: ObjectFields,
    row: number,
  ): number {
    switch (field) {
      case ID:
      case ISSUE:
      case TARGET: {
        if (bytes[at] !== QUOTE) return -1;
        const close = idEnd(bytes, at + 1, end);
        if (close < 0) return -1;
        const reference = this.#reference(at + 1, close);
        if (field === ID) fields.id = reference;
        else if (field === ISSUE) fields.issue = reference;
        else fields.target = reference;
        return close + 1;
      }
      case TYPE:
        fields.type = this.#word(bytes, at, end, TYPES);
        return fields.type < 0 ? -1 : this.#at;
      case STANCE: {
        const stance = this.#word(bytes, at, end, STANCES);
        if (stance < 0) return -1;
        table.stance[row] = STANCE_CODES[stance] as number;
        return this.#at;
      }
      case ACT:
        return this.#word(bytes, at, end, ACTS) < 0 ? -1 : this.#at;
      case ATTRIBUTION:
        return this.#word(bytes, at, end, ATTRIBUTIONS) < 0 ? -1 : this.#at;
      case REASON:
        return this.#word(bytes, at, end, REASONS) < 0 ? -1 : this.#at;
      case SUMMARY:
      case NOTE:
        return nonEmptyText(bytes, at, end);
      case CONDITIONS: {
        const after = nonEmptyText(bytes, at, end);
        if (after >= 0) table.flags[row] = (table.flags[row] as number) | HAS_CONDITIONS;
        return after;
      }
      case RECORDED_AT: {
        if (bytes[at] !== QUOTE) return -1;
        const close = this.#time.instant(bytes, at + 1, end);
        if (close < 0) return -1;
        table.recordedAt[row] = this.#time.start;
        return close + 1;
      }
      case STATED_AT:
        return this.#statedAt(table, bytes, at, end, fields, row);
      case PARTIES:
        return this.#parties(table, bytes, at, end, fields);
      case SOURCES:
        return this.#sources(table, bytes, at, end, fields, row);
      case SOURCE:
        return this.#source(table, bytes, at, end, fields, row);
      case SPEAKER:
        return this.#speaker(bytes, at, end);
      case TERMS:
        return this.#terms(bytes, at, end, fields);
      case SALIENCE:
        return salience(bytes, at, end);
      case VERSION: {
        const after = numberEnd(bytes, at, end);
        return after - at === VERSION_TEXT.length && spells(bytes, at, VERSION_TEXT) ? after : -1;
      }
      case REPLACEMENT_FIELD: {
        if (bytes[at] !== OPEN_BRACE) return -1;
        const second = table.addRow(REPLACEMENT);
        if (second !== row + 1) return -1;
        return this.#members(table, bytes, at + 1, end, this.#replacement, second, REPLACEMENT_FIELDS.allowed);
      }
      default:
        return -1;
    }
  }

  /** Reads a string that must be one of `names`; returns its number (with #at after it), or -1. */
  #word(bytes: Uint8Array, at: number, end: number, names: ByteNames): number {
    if (bytes[at] !== QUOTE) return -1;
    const n = names.match(bytes, at + 1, end);
    if (n >= 0) this.#at = at + 2 + (names.lengths[n] as number);
    return n;
  }

  #statedAt(table: EventTable, bytes: Uint8Array, at: number, end: number, fields: ObjectFields, row: number): number {
    if (bytes[at] !== QUOTE) return -1;
    const time = this.#time;
    const close = time.fuzzyTime(bytes, at + 1, end);
    if (close < 0) return -1;
    table.statedStart[row] = time.start;
    table.statedEnd[row] = time.end;
    table.statedForm[row] = time.form;
    if (time.form === WRITTEN) fields.statedText = asciiText(bytes, at + 1, close);
    return close + 1;
  }

  /** Reads a non-empty array of party ids into the table's party list, past its filled length, sorted. */
  #parties(table: EventTable, bytes: Uint8Array, at: number, end: number, fields: ObjectFields): number {
    if (bytes[at] !== OPEN_BRACKET) return -1;
    const base = table.partyListLength;
    let count = 0;
    let i = skipSpace(bytes, at + 1, end);
    for (;;) {
      if (i >= end || bytes[i] !== QUOTE || count === MOST_PARTIES) return -1;
      const close = idEnd(bytes, i + 1, end);
      if (close < 0) return -1;
      if (base + count >= table.partyList.length) table.partyList = grown(table.partyList, base + count + 1);
      table.partyList[base + count] = this.#reference(i + 1, close);
      count++;
      i = skipSpace(bytes, close + 1, end);
      if (i >= end) return -1;
      if (bytes[i] === CLOSE_BRACKET) break;
      if (bytes[i] !== COMMA) return -1;
      i = skipSpace(bytes, i + 1, end);
    }
    // Sorted by id, as readEvent stores them; a party listed twice is a problem the schema path reports.
    const list = table.partyList;
    for (let k = base + 1; k < base + count; k++) {
      const party = list[k] as number;
      let j = k - 1;
      for (; j >= base; j--) {
        const order = this.#compare(bytes, list[j] as number, party);
        if (order === 0) return -1;
        if (order < 0) break;
        list[j + 1] = list[j] as number;
      }
      list[j + 1] = party;
    }
    fields.parties = count;
    return i + 1;
  }

  /** Reads a non-empty array of sources. */
  #sources(table: EventTable, bytes: Uint8Array, at: number, end: number, fields: ObjectFields, row: number): number {
    if (bytes[at] !== OPEN_BRACKET) return -1;
    let i = skipSpace(bytes, at + 1, end);
    for (;;) {
      i = this.#source(table, bytes, i, end, fields, row);
      if (i < 0) return -1;
      i = skipSpace(bytes, i, end);
      if (i >= end) return -1;
      if (bytes[i] === CLOSE_BRACKET) return i + 1;
      if (bytes[i] !== COMMA) return -1;
      i = skipSpace(bytes, i + 1, end);
    }
  }

  /** Reads one source into the table's source lists, past their filled length. */
  #source(table: EventTable, bytes: Uint8Array, at: number, end: number, fields: ObjectFields, row: number): number {
    if (at >= end || bytes[at] !== OPEN_BRACE) return -1;
    const place = table.sourceListLength + fields.sources;
    if (fields.sources === MOST_SOURCES) return -1;
    let seen = 0;
    let document = 0;
    let quoted = 0;
    let i = skipSpace(bytes, at + 1, end);
    for (;;) {
      const field = this.#key(bytes, i, end, SOURCE_FIELDS.allowed, seen);
      if (field < 0) return -1;
      seen |= 1 << field;
      i = this.#at;
      if (bytes[i] !== QUOTE) return -1;
      if (field === DOCUMENT) {
        const close = idEnd(bytes, i + 1, end);
        if (close < 0) return -1;
        document = this.#reference(i + 1, close);
        i = close + 1;
      } else if (field === QUOTE_FIELD) {
        // Where its opening quote sits in the line: read back from there without parsing the event.
        quoted = i - this.#line + 1;
        i = nonEmptyText(bytes, i, end);
      } else if (field === PUBLISHED_AT) {
        const close = this.#time.fuzzyTime(bytes, i + 1, end);
        if (close < 0) return -1;
        i = close + 1;
      } else return -1;
      if (i < 0) return -1;
      i = skipSpace(bytes, i, end);
      if (i >= end) return -1;
      if (bytes[i] === CLOSE_BRACE) break;
      if (bytes[i] !== COMMA) return -1;
      i = skipSpace(bytes, i + 1, end);
    }
    if ((SOURCE_FIELDS.required & ~seen) !== 0) return -1;
    if (place >= table.sourceDocument.length) {
      // Grown together, as the table's own addSource grows them.
      table.sourceDocument = grown(table.sourceDocument, place + 1);
      table.sourceQuoted = grown(table.sourceQuoted, place + 1);
    }
    table.sourceDocument[place] = document;
    table.sourceQuoted[place] = quoted;
    if (quoted !== 0) table.flags[row] = (table.flags[row] as number) | HAS_QUOTE;
    fields.sources++;
    return i + 1;
  }

  #speaker(bytes: Uint8Array, at: number, end: number): number {
    if (bytes[at] !== OPEN_BRACE) return -1;
    let seen = 0;
    let i = skipSpace(bytes, at + 1, end);
    for (;;) {
      const field = this.#key(bytes, i, end, SPEAKER_FIELDS.allowed, seen);
      if (field < 0) return -1;
      seen |= 1 << field;
      i = this.#at;
      if (field === NAME || field === ROLE) i = nonEmptyText(bytes, i, end);
      else if (field === AUTHORITY) i = this.#word(bytes, i, end, AUTHORITIES) < 0 ? -1 : this.#at;
      else return -1;
      if (i < 0) return -1;
      i = skipSpace(bytes, i, end);
      if (i >= end) return -1;
      if (bytes[i] === CLOSE_BRACE) break;
      if (bytes[i] !== COMMA) return -1;
      i = skipSpace(bytes, i + 1, end);
    }
    return (SPEAKER_FIELDS.required & ~seen) === 0 ? i + 1 : -1;
  }

  /**
   * Reads terms: an object of non-empty keys and string, finite number or boolean values. Rare enough
   * to make strings: once the bytes are checked, JSON.parse gives the values and canonicalJson the key.
   */
  #terms(bytes: Uint8Array, at: number, end: number, fields: ObjectFields): number {
    if (bytes[at] !== OPEN_BRACE) return -1;
    let keys = 0;
    let i = skipSpace(bytes, at + 1, end);
    if (i < end && bytes[i] === CLOSE_BRACE) {
      fields.terms = '{}';
      return i + 1;
    }
    for (;;) {
      if (i >= end || bytes[i] !== QUOTE) return -1;
      const close = stringEnd(bytes, i + 1, end);
      if (close <= i + 1) return -1;
      keys++;
      i = skipSpace(bytes, close + 1, end);
      if (i >= end || bytes[i] !== COLON) return -1;
      i = skipSpace(bytes, i + 1, end);
      if (i >= end) return -1;
      const b = bytes[i];
      if (b === QUOTE) {
        const valueClose = stringEnd(bytes, i + 1, end);
        i = valueClose < 0 ? -1 : valueClose + 1;
      } else if (b === TRUE[0]) i = spells(bytes, i, TRUE) ? i + TRUE.length : -1;
      else if (b === FALSE[0]) i = spells(bytes, i, FALSE) ? i + FALSE.length : -1;
      else i = numberEnd(bytes, i, end);
      if (i < 0 || i >= end) return -1;
      i = skipSpace(bytes, i, end);
      if (i >= end) return -1;
      if (bytes[i] === CLOSE_BRACE) break;
      if (bytes[i] !== COMMA) return -1;
      i = skipSpace(bytes, i + 1, end);
    }
    let terms: Record<string, unknown>;
    try {
      terms = JSON.parse(this.#decoder.decode(bytes.subarray(at, i + 1)));
    } catch {
      // Not reached for bytes checked above; were it, the row must still be taken back.
      return -1;
    }
    // A key given twice (JSON.parse keeps the last), '__proto__' (refused by readEvent), or a number
    // too large for a double (Infinity, refused by the schema) leave the line to the schema path.
    if (Object.keys(terms).length !== keys || Object.hasOwn(terms, '__proto__')) return -1;
    for (const key in terms) {
      const value = terms[key];
      if (typeof value === 'number' && !Number.isFinite(value)) return -1;
    }
    fields.terms = canonicalJson(terms);
    return i + 1;
  }
}

/** Whether an object has every field its set requires and none it does not allow. */
function complete(fields: ObjectFields, set: FieldSet): boolean {
  return (fields.seen & ~set.allowed) === 0 && (set.required & ~fields.seen) === 0;
}

/** Reads a non-empty string at `at`; returns where it ends, or -1. */
function nonEmptyText(bytes: Uint8Array, at: number, end: number): number {
  if (bytes[at] !== QUOTE) return -1;
  const close = stringEnd(bytes, at + 1, end);
  return close > at + 1 ? close + 1 : -1;
}

/** Reads a salience: a number from 0 to 1, as JSON.parse reads it (`1.0000000000000000001` is 1). */
function salience(bytes: Uint8Array, at: number, end: number): number {
  const after = numberEnd(bytes, at, end);
  if (after < 0) return -1;
  // Number() of a JSON number's text is JSON.parse's value for it. Rare: worth a string.
  const value = Number(asciiText(bytes, at, after));
  return value >= 0 && value <= 1 ? after : -1;
}

/** Whether `bytes` at `at` spell `word`. */
function spells(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}
