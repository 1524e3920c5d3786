// Node-only entry `positions-ledger/postgres` (in progress).
export { ConflictError, ledgerFromStore } from '../index.js';
