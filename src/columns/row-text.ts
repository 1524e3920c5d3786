import { type EventTable, REPLACEMENT } from './event-table.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON object a row's text holds: the event as it was read (or as stored, for rows written from
 * objects); for a replacement row, its correction's `replacement`. For the fields answers rarely need
 * (quotes, conditions, summaries), read back by byte range.
 *
 * @example
 * rowJson(table, row)['summary']; //=> the statement's summary
 */
export function rowJson(table: EventTable, row: number): Record<string, unknown> {
  const source = table.texts[table.textSource[row] as number];
  if (source === undefined) throw new Error(`row ${row} has no text source`);
  const json = JSON.parse(
    decoder.decode(source.read(table.textStart[row] as number, table.textLength[row] as number)),
  ) as Record<string, unknown>;
  return table.kind[row] === REPLACEMENT ? (json['replacement'] as Record<string, unknown>) : json;
}
