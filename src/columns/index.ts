export {
  CORRECTION,
  CORROBORATION,
  EventTable,
  HAS_CONDITIONS,
  HAS_QUOTE,
  REPLACEMENT,
  RETRACTION,
  STATEMENT,
  STORED_FORM,
  type TableMark,
} from './event-table.js';
export { Dictionary } from './dictionary.js';
export { IdTable } from './id-table.js';
export { MemoryText, type TextSource } from './text-source.js';
export { rebuildStatedAt, statedForm, WRITTEN } from './stated-form.js';
export { stanceCode, writeEvent, type TextPlace } from './write-event.js';
