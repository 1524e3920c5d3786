import type { LedgerEvent, Statement } from '../events/index.js';
import type { StanceValue } from '../vocabulary/index.js';
import type { Evidence } from './fold.js';

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
   * Liveness over the knowledge clock, cached: sorted instants at which it flips;
   * live at bound `k` when an odd number of them are `< k`. Cleared when a new killer arrives.
   */
  toggles: readonly number[] | undefined;
  /** For a statement: the fields the fold reads. */
  readonly claim: Claim | undefined;
}

/** What the fold needs of a statement, precomputed once. */
export interface Claim {
  readonly statement: Statement;
  readonly entry: Entry;
  /** `start(statedAt)`, epoch ms. */
  readonly start: number;
  /** `end(statedAt)`, epoch ms. */
  readonly end: number;
  readonly value: StanceValue;
  /** Stance and canonical terms as one string: two claims hold the same position when these are equal. */
  readonly position: string;
  /** Live corroborations are read from here, kept sorted by (recordedAt, id). {@link NONE} until the first. */
  corroborations: readonly Entry[];
  /** The statement's own sources as frozen evidence, built on first use (they never change). */
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
 * The fold's total order on candidates: (start(statedAt), end(statedAt), recordedAt, id).
 *
 * @returns negative, zero or positive, as for `Array.prototype.sort`.
 */
export function compareClaims(a: Claim, b: Claim): number {
  return (
    a.start - b.start || a.end - b.end || a.entry.recordedAt - b.entry.recordedAt || compareIds(a.entry.id, b.entry.id)
  );
}

/** Plain string order (JavaScript `<`), which for ids is byte order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** (recordedAt, id) order, for evidence and corroborations. */
export function compareRecorded(a: Entry, b: Entry): number {
  return a.recordedAt - b.recordedAt || compareIds(a.id, b.id);
}
