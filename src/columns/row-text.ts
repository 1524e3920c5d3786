import { type EventTable, REPLACEMENT } from './event-table.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON object a row's event is: read back from its text (as it was read, or as stored for rows
 * written from objects) or taken from the objects a one-off fold was given; for a replacement row, its
 * correction's `replacement`. Used for the fields answers rarely need (quotes, conditions, summaries).
 *
 * @example
 * rowJson(table, row)['summary']; //=> the statement's summary
 */
export function rowJson(table: EventTable, row: number): Record<string, unknown> {
  const json = rawEventOf(table, row) as Record<string, unknown>;
  return table.kind[row] === REPLACEMENT ? (json['replacement'] as Record<string, unknown>) : json;
}

/**
 * The event a row was written from, as held by its source: parsed from its text, or the object itself.
 * A replacement row gives its correction.
 *
 * @example
 * (rawEventOf(table, row) as { type: string }).type; //=> 'statement'
 */
export function rawEventOf(table: EventTable, row: number): unknown {
  const source = table.texts[table.textSource[row] as number];
  if (source === undefined) throw new Error(`row ${row} has no event source`);
  const start = table.textStart[row] as number;
  if (source.kind === 'objects') return source.objects[start];
  return JSON.parse(decoder.decode(source.read(start, table.textLength[row] as number)));
}
