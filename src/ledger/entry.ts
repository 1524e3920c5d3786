import type { LedgerEvent, Statement } from '../events/index.js';
import { compareRecorded, compareStatedAt, type StanceValue } from '../rules/index.js';
import type { Evidence } from './evidence.js';

/**
 * The ledger's working record of one event (or of a correction's replacement statement):
 * the event plus the links and numbers the fold needs, so the hot path never parses or looks up strings.
 */
export interface Entry {
  /** The event as handed to callers (frozen). A replacement is materialised as a statement. */
  readonly event: LedgerEvent;
  readonly id: string;
  /** `recordedAt` in epoch milliseconds. */
  readonly recordedAt: number;
  /**
   * What points at this entry's liveness: retractions and corrections targeting it. Most entries have
   * none and share {@link NONE}; the append replaces it with an array of their own on the first one.
   */
  killers: readonly Entry[];
  /** The entry this one targets (corroborations, retractions, corrections). */
  target: Entry | undefined;
  /** For a replacement: the correction that carries it (it lives and dies with it). */
  readonly carrier: Entry | undefined;
  /** For a correction: its replacement. */
  replacement: Entry | undefined;
  /**
   * Liveness over the knowledge clock (docs/design.md §3.2), cached: the sorted instants at which it flips;
   * live at bound `k` when an odd number of them are `< k`. Recomputed when an append adds a killer upstream.
   */
  toggles: readonly number[] | undefined;
  /** For a statement: the fields the fold reads. */
  readonly claim: Claim | undefined;
}

/** What the fold needs of a statement, computed once on append. */
export interface Claim {
  readonly statement: Statement;
  readonly entry: Entry;
  /** `start(statedAt)`, epoch ms. */
  readonly start: number;
  /** `end(statedAt)`, epoch ms. */
  readonly end: number;
  readonly value: StanceValue;
  /** The statement's position key (stance and canonical terms, docs/design.md §3.5): equal keys, same position. */
  readonly positionKey: string;
  /** Live corroborations are read from here, kept in the evidence order (recordedAt, id). {@link NONE} until the first. */
  corroborations: readonly Entry[];
  /** A cache of the statement's own sources as frozen evidence (one list per statement), built on first use. */
  ownEvidence: readonly Evidence[] | undefined;
}

/**
 * The empty list of killers or corroborations that most entries share (a million empty arrays would
 * take 32 MB). Frozen, so nothing can add to it by mistake.
 *
 * @example
 * entry.killers === NONE; //=> true for an entry nothing retracts or corrects
 */
export const NONE: readonly Entry[] = Object.freeze([]);

/**
 * The candidate order (docs/design.md §3.3) on claims.
 *
 * @returns negative, zero or positive, as for `Array.prototype.sort`.
 */
export function compareClaims(a: Claim, b: Claim): number {
  return (
    compareStatedAt(a.start, a.end, b.start, b.end) ||
    compareRecorded(a.entry.recordedAt, a.entry.id, b.entry.recordedAt, b.entry.id)
  );
}

/** The evidence order (docs/design.md §3.6) on entries: by recordedAt, then id. */
export function compareEntriesRecorded(a: Entry, b: Entry): number {
  return compareRecorded(a.recordedAt, a.id, b.recordedAt, b.id);
}
