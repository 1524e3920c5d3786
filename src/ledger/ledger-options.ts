import type { Upcasters } from '../events/index.js';
import type { Vocabulary, VocabularyData } from '../vocabulary/index.js';

/**
 * Options for a new ledger.
 *
 * @example
 * new Ledger({ vocabulary: { parties: [], issues: [] }, upcasters: { 0: (raw) => ({ ...raw, v: 1 }) } });
 */
export interface LedgerOptions {
  /** The parties and issues events may name; without one, any ids are accepted and no blocs are known. */
  readonly vocabulary?: Vocabulary | VocabularyData;
  /** Upcasters for older event format versions. */
  readonly upcasters?: Upcasters;
}
