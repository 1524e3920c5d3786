/**
 * Fuzzy time for the reference model, written from docs/design.md §2.2–§2.3 alone (no date library, no code
 * from src/time): a point stands for `[start, start + 1 unit)` in UTC, an interval `A/B` for
 * `[start(A), end(B))`, and a query time `q` for the exclusive bound `U(q) = end(q)`.
 * It trusts its input to be valid: generated streams only hold valid times.
 */

/** The half-open UTC interval a fuzzy time stands for, in epoch milliseconds. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const POINT = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?(Z|[+-]\d\d:\d\d))?)?)?$/;

/**
 * The span of a fuzzy time.
 *
 * @example
 * spanOf('2024-02').end === Date.UTC(2024, 2, 1); //=> true
 */
export function spanOf(text: string): Span {
  const slash = text.indexOf('/');
  if (slash >= 0) return { start: spanOf(text.slice(0, slash)).start, end: spanOf(text.slice(slash + 1)).end };
  const m = POINT.exec(text);
  if (!m) throw new Error(`reference model: not a fuzzy time: ${text}`);
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const year = Number(y);
  if (mo === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const month = Number(mo) - 1;
  if (d === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  const day = Number(d);
  if (h === undefined) return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  const millis = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  const start = Date.UTC(year, month, day, Number(h), Number(mi), Number(s ?? 0), millis) - offset;
  const unit = ms !== undefined ? 1 : s !== undefined ? 1000 : 60_000;
  return { start, end: start + unit };
}

/**
 * `U(q)`: the exclusive bound of a query time; a `Date` is the millisecond it holds.
 *
 * @example
 * boundOf('2025-12-31') === Date.UTC(2026, 0, 1); //=> true
 */
export function boundOf(query: string | Date | undefined): number {
  if (query === undefined) return Infinity;
  if (query instanceof Date) return query.getTime() + 1;
  return spanOf(query).end;
}

/**
 * An instant (`recordedAt`) in epoch milliseconds.
 *
 * @example
 * instantOf('2025-01-01T01:00+01:00') === Date.UTC(2025, 0, 1); //=> true
 */
export function instantOf(text: string): number {
  return spanOf(text).start;
}
