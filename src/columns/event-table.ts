import type { Terms } from '../events/index.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { Dictionary } from './dictionary.js';
import { grown } from './growable.js';
import { IdTable } from './id-table.js';
import type { EventSource } from './text-source.js';

/** Row kind: a statement. */
export const STATEMENT = 0;
/** Row kind: a corroboration. */
export const CORROBORATION = 1;
/** Row kind: a retraction. */
export const RETRACTION = 2;
/** Row kind: a correction (its replacement is the next row). */
export const CORRECTION = 3;
/** Row kind: a correction's replacement, the statement it puts in place of its target. */
export const REPLACEMENT = 4;

/** A source's quote that is found by reading its event whole (`EventTable.sourceQuoted`). */
export const QUOTE_IN_EVENT = 1;

/** Row flag: the statement has `conditions` (its cell reads them from the event's text). */
export const HAS_CONDITIONS = 1;
/** Row flag: some source of the row has a `quote` (its evidence reads them from the event's text). */
export const HAS_QUOTE = 2;
/** Row flag: the row's text is its stored event already (decoding needs no normalising). */
export const STORED_FORM = 4;

/** Where a failed append takes the table back to. */
export interface TableMark {
  /** Rows. */
  readonly count: number;
  /** Entries of the flat party list. */
  readonly parties: number;
  /** Entries of the flat source list. */
  readonly sources: number;
  /** Sizes of the dictionaries, in the order parties, issues, documents, terms. */
  readonly dictionaries: readonly [number, number, number, number];
  /** How many text sources, and how many bytes each held. */
  readonly texts: readonly number[];
}

/**
 * Every event of a ledger as typed-array columns, one row per event plus one per correction's
 * replacement (docs/design.md §9.2): what the folds read (kinds, times, interned parties and issues,
 * stances, links) stays resident as numbers; what answers rarely need (summaries, quotes, speakers,
 * conditions) stays in each event's text, read back by byte range. Apart from the bytes of each event's
 * id, nothing here is an object per event.
 *
 * Columns are public fields for the folds' hot loops; only the table's own methods and the two writers
 * (src/columns/write-event.ts and the line scanner) write them.
 */
export class EventTable {
  /** How many rows are filled. */
  count = 0;
  /** The row's kind: {@link STATEMENT} … {@link REPLACEMENT}. */
  kind = new Uint8Array(16);
  /** `recordedAt`, epoch ms (a replacement's is its correction's). */
  recordedAt = new Float64Array(16);
  /** The row of the event a corroboration, retraction or correction targets; -1 for none or not yet resolved. */
  target = new Int32Array(16);
  /** A correction's replacement row, or a replacement's correction row; -1 otherwise. */
  partner = new Int32Array(16);
  /** A statement's (or replacement's) issue, interned in {@link EventTable.issues}; -1 for other kinds. */
  issue = new Int32Array(16);
  /** The stance code (docs/design.md §1.3). */
  stance = new Int8Array(16);
  /** `start(statedAt)`, epoch ms. */
  statedStart = new Float64Array(16);
  /** `end(statedAt)`, epoch ms (exclusive). */
  statedEnd = new Float64Array(16);
  /** How to rebuild the `statedAt` text (src/columns/stated-form.ts); 0: kept in {@link EventTable.statedText}. */
  statedForm = new Uint8Array(16);
  /** The statement's terms as interned canonical JSON in {@link EventTable.termsKeys}; -1 when it has none. */
  terms = new Int32Array(16);
  /** {@link HAS_CONDITIONS}, {@link HAS_QUOTE}, {@link STORED_FORM}. */
  flags = new Uint8Array(16);
  /** Where the row's parties start in {@link EventTable.partyList}. */
  partyStart = new Uint32Array(16);
  /** How many parties the row names (0 for other kinds). */
  partyCount = new Uint8Array(16);
  /** Every row's parties in a row, interned in {@link EventTable.parties}, sorted by id within a row. */
  partyList = new Int32Array(16);
  /** Filled length of {@link EventTable.partyList}. */
  partyListLength = 0;
  /** Where the row's sources start in {@link EventTable.sourceDocument} (a corroboration has one). */
  sourceStart = new Uint32Array(16);
  /** How many sources the row has. */
  sourceCount = new Uint16Array(16);
  /** Every row's source documents in a row, interned in {@link EventTable.documents}. */
  sourceDocument = new Int32Array(16);
  /**
   * Where the source at the same place in {@link EventTable.sourceDocument} has its quote: 0 for none;
   * {@link QUOTE_IN_EVENT} when it has one to be found by reading its event whole; otherwise 1 + the byte
   * offset, in the row's text, of the quote's opening `"`, so it is read without parsing the event.
   */
  sourceQuoted = new Uint32Array(16);
  /** Filled length of {@link EventTable.sourceDocument}. */
  sourceListLength = 0;
  /** Which of {@link EventTable.texts} holds the row's event text. */
  textSource = new Uint8Array(16);
  /** Byte offset of the row's event text in its source (a replacement's is its correction's). */
  textStart = new Float64Array(16);
  /** Byte length of the row's event text. */
  textLength = new Uint32Array(16);

  /** Event ids, by row. */
  readonly ids = new IdTable();
  /** Party ids. */
  readonly parties = new Dictionary();
  /** Issue ids. */
  readonly issues = new Dictionary();
  /** Document ids. */
  readonly documents = new Dictionary();
  /** Canonical JSON of terms (equal terms, equal number). */
  readonly termsKeys = new Dictionary();
  /** The `statedAt` texts that do not rebuild from their form (form 0), by row. */
  readonly statedText = new Map<number, string>();
  /** Target ids not yet found (a target later in the same batch), by row. */
  readonly pendingTargets = new Map<number, string>();
  /** Where the rows' events are kept: texts in a file or in memory, or the objects a one-off fold was given. */
  readonly texts: EventSource[] = [];
  // Each interned terms key parsed once, as answers hand it out (frozen); as many as there are distinct terms.
  readonly #termsValues: (Terms | undefined)[] = [];

  /** Starts a new row of `kind` and returns its number; the caller fills its columns. */
  addRow(kind: number): number {
    const row = this.count;
    if (row === this.kind.length) this.#grow(row + 1);
    this.count = row + 1;
    this.kind[row] = kind;
    this.target[row] = -1;
    this.partner[row] = -1;
    this.issue[row] = -1;
    this.terms[row] = -1;
    this.flags[row] = 0;
    this.stance[row] = 0;
    this.statedForm[row] = 0;
    this.statedStart[row] = 0;
    this.statedEnd[row] = 0;
    this.partyStart[row] = this.partyListLength;
    this.partyCount[row] = 0;
    this.sourceStart[row] = this.sourceListLength;
    this.sourceCount[row] = 0;
    return row;
  }

  /**
   * Makes room for `rows` more rows at once (a reader that knows roughly how many events are coming
   * spares the table its doublings, each a copy of every column).
   */
  reserve(rows: number): void {
    const length = this.count + rows;
    if (length > this.kind.length) this.#grow(length);
    this.ids.reserve(length - this.ids.count);
  }

  /** Appends a party to the row being filled (the last one). */
  addParty(party: number): void {
    const at = this.partyListLength++;
    if (at === this.partyList.length) this.partyList = grown(this.partyList, at + 1);
    this.partyList[at] = party;
    const row = this.count - 1;
    this.partyCount[row] = (this.partyCount[row] as number) + 1;
  }

  /**
   * Appends a source to the row being filled (the last one); `quote` is as {@link EventTable.sourceQuoted}
   * holds it.
   */
  addSource(document: number, quote: number): void {
    const at = this.sourceListLength++;
    if (at === this.sourceDocument.length) {
      this.sourceDocument = grown(this.sourceDocument, at + 1);
      this.sourceQuoted = grown(this.sourceQuoted, at + 1);
    }
    this.sourceDocument[at] = document;
    this.sourceQuoted[at] = quote;
    const row = this.count - 1;
    this.sourceCount[row] = (this.sourceCount[row] as number) + 1;
  }

  /** The event id of a row. */
  idOf(row: number): string {
    return this.ids.idOf(row);
  }

  /** The terms of a statement row, frozen, or `undefined` when it has none. */
  termsOf(row: number): Terms | undefined {
    const n = this.terms[row] as number;
    if (n < 0) return undefined;
    let terms = this.#termsValues[n];
    if (terms === undefined) {
      terms = deepFreeze(JSON.parse(this.termsKeys.text(n)) as Terms);
      this.#termsValues[n] = terms;
    }
    return terms;
  }

  /** Where the table is now, to take a failed append back to. */
  mark(): TableMark {
    return {
      count: this.count,
      parties: this.partyListLength,
      sources: this.sourceListLength,
      dictionaries: [this.parties.size, this.issues.size, this.documents.size, this.termsKeys.size],
      texts: this.texts.map((text) => text.size),
    };
  }

  /** Takes the table back to `mark`: rows, ids, interned values and texts added since are forgotten. */
  rollback(mark: TableMark): void {
    this.dropRows(mark.count);
    this.parties.truncate(mark.dictionaries[0]);
    this.issues.truncate(mark.dictionaries[1]);
    this.documents.truncate(mark.dictionaries[2]);
    this.termsKeys.truncate(mark.dictionaries[3]);
    this.#termsValues.length = Math.min(this.#termsValues.length, mark.dictionaries[3]);
    this.texts.length = mark.texts.length;
    mark.texts.forEach((size, i) => {
      this.texts[i]?.truncate(size);
    });
  }

  /**
   * Forgets rows `count` and after (with their ids, kept `statedAt` texts and pending targets), keeping
   * what they interned: for taking back the last line read when it must be read again another way.
   */
  dropRows(count: number): void {
    if (count >= this.count) return;
    for (let row = count; row < this.count; row++) {
      this.statedText.delete(row);
      this.pendingTargets.delete(row);
    }
    this.ids.truncate(Math.min(count, this.ids.count));
    this.partyListLength = this.partyStart[count] as number;
    this.sourceListLength = this.sourceStart[count] as number;
    this.count = count;
  }

  #grow(length: number): void {
    this.kind = grown(this.kind, length);
    this.recordedAt = grown(this.recordedAt, length);
    this.target = grown(this.target, length);
    this.partner = grown(this.partner, length);
    this.issue = grown(this.issue, length);
    this.stance = grown(this.stance, length);
    this.statedStart = grown(this.statedStart, length);
    this.statedEnd = grown(this.statedEnd, length);
    this.statedForm = grown(this.statedForm, length);
    this.terms = grown(this.terms, length);
    this.flags = grown(this.flags, length);
    this.partyStart = grown(this.partyStart, length);
    this.partyCount = grown(this.partyCount, length);
    this.sourceStart = grown(this.sourceStart, length);
    this.sourceCount = grown(this.sourceCount, length);
    this.textSource = grown(this.textSource, length);
    this.textStart = grown(this.textStart, length);
    this.textLength = grown(this.textLength, length);
  }
}
