export {
  CORRECTION,
  CORROBORATION,
  EventTable,
  HAS_CONDITIONS,
  HAS_QUOTE,
  QUOTE_IN_EVENT,
  REPLACEMENT,
  RETRACTION,
  STATEMENT,
  STORED_FORM,
  type TableMark,
} from './event-table.js';
export { Dictionary } from './dictionary.js';
export { IdTable } from './id-table.js';
export { type EventSource, MemoryText, ObjectList, type ObjectSource, type TextSource } from './text-source.js';
export { rebuildStatedAt, statedAtOf, statedForm, WRITTEN } from './stated-form.js';
export { stanceCode, writeEvent, type TextPlace } from './write-event.js';
export { compareRecordedRows, compareTableRows, positionNumber, sameTablePosition } from './row-order.js';
export { rawEventOf, rowJson } from './row-text.js';
export { LineScanner, SCAN_UNSURE, takenRow } from './scan-line.js';
export { grown, type NumberArray } from './growable.js';
export { storedQuoteOffsets } from './quote-offsets.js';
export { takeRows } from './table-import.js';
export { partsTransferList, tableParts, type TableParts } from './table-parts.js';
export type { IdParts } from './id-table.js';
