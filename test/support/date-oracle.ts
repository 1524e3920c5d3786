/** The Date object's calendar, an oracle independent of src/time/calendar.ts. */

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** Epoch ms of a UTC date by Date (`setUTCFullYear` keeps years 0–99 as written). */
export function dateUtc(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}
