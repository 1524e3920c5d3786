export {
  Ledger,
  type CellOptions,
  type KnownAtOptions,
  type LedgerOptions,
  type ProjectOptions,
  type QueryOptions,
} from './ledger.js';
export { Snapshot } from './snapshot.js';
export type { AppendOptions, AppendResult } from './append.js';
export type { Cell, Evidence } from './fold.js';
