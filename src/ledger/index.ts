export { Ledger } from './ledger.js';
export { Snapshot } from './snapshot.js';
export type { LedgerOptions } from './ledger-options.js';
export type { CellOptions, KnownAtOptions, ProjectOptions, QueryOptions } from './query-options.js';
export type { AppendOptions } from './append-options.js';
export type { AppendResult } from './append-result.js';
export type { Cell } from './cell.js';
export type { Evidence } from './evidence.js';
