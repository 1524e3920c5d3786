import { DAY, MILLISECOND, MINUTE, MONTH, SECOND, utcText, YEAR } from '../time/calendar.js';
import type { EventTable } from './event-table.js';
// A statement's `statedAt` is kept as numbers (its interval's bounds) plus a small form code from which
// its text is rebuilt exactly, so answers (`since`) never read the event's text back. The form says the
// unit of each end: 1 year, 2 month, 3 day, 4 minute, 5 second, 6 millisecond; an interval `A/B` keeps
// A's unit in bits 0–2 and B's in bits 3–5. Texts that do not rebuild (a time with an offset, a fraction of
// one or two digits) have form 0 and are kept as written beside the columns.

/** A form code meaning "kept as written". */
export const WRITTEN = 0;

/** The form code of an interval whose ends have units `a` and `b` (1 year … 6 millisecond). */
export function intervalForm(a: number, b: number): number {
  return a | (b << 3);
}

/**
 * The text of a fuzzy time from its bounds and form code (not {@link WRITTEN}).
 *
 * @example
 * rebuildStatedAt(Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1), 2); //=> '2025-12'
 * rebuildStatedAt(Date.UTC(2025, 11, 20), Date.UTC(2026, 0, 1), intervalForm(3, 3)); //=> '2025-12-20/2025-12-31'
 */
export function rebuildStatedAt(start: number, end: number, form: number): string {
  const a = form & 7;
  const b = form >>> 3;
  if (b === 0) return pointText(start, a);
  // The last unit of the interval holds the instant just before its end.
  return `${pointText(start, a)}/${pointText(end - 1, b)}`;
}

/**
 * The form code of a valid fuzzy time `text` (one `parseFuzzyTime` accepts), or {@link WRITTEN} when its
 * text does not rebuild from its bounds. A point rebuilds exactly when it is written in its canonical UTC
 * shape (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `…Thh:mmZ`, `…Thh:mm:ssZ`, `…Thh:mm:ss.sssZ`), which its length and
 * last character tell apart from every other valid shape (an offset, or a fraction of one or two digits).
 *
 * @example
 * statedForm('2025-12'); //=> 2
 * statedForm('2025-12-30T01:00+01:00'); //=> 0
 */
export function statedForm(text: string): number {
  const slash = text.indexOf('/');
  if (slash < 0) return unitOf(text, 0, text.length);
  const a = unitOf(text, 0, slash);
  const b = unitOf(text, slash + 1, text.length);
  return a === 0 || b === 0 ? WRITTEN : intervalForm(a, b);
}

/** The unit of the valid point `text[start, end)` if it is in canonical UTC shape, else 0. */
function unitOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 4) return YEAR;
  if (length === 7) return MONTH;
  if (length === 10) return DAY;
  if (text.charCodeAt(end - 1) !== 90 /* Z */) return 0;
  if (length === 17) return MINUTE;
  if (length === 20) return SECOND;
  return length === 24 ? MILLISECOND : 0;
}

function pointText(ms: number, unit: number): string {
  return utcText(ms, unit);
}

/**
 * The `statedAt` text of a statement row.
 *
 * @example
 * statedAtOf(table, row); //=> '2025-12'
 */
export function statedAtOf(table: EventTable, row: number): string {
  const form = table.statedForm[row] as number;
  if (form === WRITTEN) return table.statedText.get(row) as string;
  return rebuildStatedAt(table.statedStart[row] as number, table.statedEnd[row] as number, form);
}
