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
  /**
   * The source documents events may cite (a dataset's `sources.json`); without them, any document id is
   * accepted. With them, a source citing another document is refused, with a did-you-mean.
   */
  readonly documents?: Iterable<string>;
}
