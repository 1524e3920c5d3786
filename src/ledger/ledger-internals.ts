import type { LedgerState } from './ledger-state.js';

/**
 * The key under which a `Ledger` hands its state to the library's own modules (the stream fold reads its
 * table without building the index). Not exported from the package.
 */
export const LEDGER_STATE: unique symbol = Symbol('positions-ledger state');

/** What a `Ledger` is to the library's own modules. */
export interface WithLedgerState {
  /** The ledger's state. */
  readonly [LEDGER_STATE]: LedgerState;
}
