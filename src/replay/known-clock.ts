import { normalizeInstant } from '../time/index.js';

// Canonical instants (`YYYY-MM-DDThh:mm:ss.sssZ`, years 0000–9999) sort as text in time order, so the
// stream fold applies the Known rule (docs/design.md §3.1, `isKnown` in src/rules) to `recordedAt` strings
// as they are instead of parsing a million of them: `text < bound` exactly when `isKnown(ms, k)`.
const CANONICAL_LENGTH = 24;
const FIRST_UNREPRESENTABLE = Date.UTC(10000, 0, 1);
const FIRST_REPRESENTABLE = -62167219200000; // 0000-01-01T00:00:00.000Z

/**
 * `recordedAt` in the canonical form a ledger stores (`YYYY-MM-DDThh:mm:ss.sssZ`), normalising the rare
 * event that carries another form of the same instant.
 *
 * @example
 * canonicalRecordedAt('2025-12-30T00:00Z'); //=> '2025-12-30T00:00:00.000Z'
 */
export function canonicalRecordedAt(recordedAt: string): string {
  return recordedAt.length === CANONICAL_LENGTH &&
    recordedAt.charCodeAt(23) === 90 /* Z */ &&
    recordedAt.charCodeAt(19) === 46 /* . */
    ? recordedAt
    : normalizeInstant(recordedAt);
}

/**
 * The knowledge clock of one fold: whether a `recordedAt` is before the exclusive bound `k`.
 *
 * @example
 * const known = knownBefore(Date.UTC(2026, 0, 1));
 * known('2025-12-31T23:59:59.999Z'); //=> true
 * known('2026-01-01T00:00:00.000Z'); //=> false
 */
export function knownBefore(k: number): (recordedAt: string) => boolean {
  if (k >= FIRST_UNREPRESENTABLE) return () => true;
  if (k <= FIRST_REPRESENTABLE) return () => false;
  const bound = new Date(k).toISOString();
  return (recordedAt) => canonicalRecordedAt(recordedAt) < bound;
}
