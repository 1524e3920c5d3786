// Entry `positions-ledger/ndjson` (browser-safe): NDJSON read as bytes straight into a ledger's columns.
export {
  appendNdjson,
  ledgerFromNdjson,
  type NdjsonAppendOptions,
  type NdjsonAppendResult,
  type NdjsonInput,
} from '../ledger/append-ndjson.js';
export { MAX_LINE_BYTES } from './line-splitter.js';
