import { EventTable, ObjectList, writeEvent } from '../columns/index.js';
import type { LedgerEvent } from '../events/index.js';
import { EVENT_TYPES } from '../events/event-types.js';
import { notAStoredEvent } from './not-a-stored-event.js';

const TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);

/**
 * The events of a stream written into a table of their own, the objects kept as they are (quotes and
 * conditions are read from them when answers need them). The stream fold trusts stored events: what it
 * checks is only what the table needs, that each is an event of a known type with an id (and a
 * correction's replacement too). Targets are linked by id; one the stream does not hold links nothing.
 *
 * @throws {ValidationError} naming the first event that is not a stored event, by its place.
 */
export function streamTable(events: readonly LedgerEvent[]): EventTable {
  const table = new EventTable();
  table.texts.push(new ObjectList(events));
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as LedgerEvent;
    if (typeof event !== 'object' || event === null || !TYPES.has(event.type) || typeof event.id !== 'string') {
      throw notAStoredEvent(event, index);
    }
    if (event.type === 'correction' && typeof event.replacement?.id !== 'string') throw notAStoredEvent(event, index);
    writeEvent(table, event, { source: 0, start: index, length: 0, stored: true });
  }
  for (const [row, id] of table.pendingTargets) table.target[row] = table.ids.find(id);
  table.pendingTargets.clear();
  return table;
}
