import type { QueryTime } from '../time/index.js';
import type { Vocabulary, VocabularyData } from '../vocabulary/index.js';
import type { FoldWorkspace } from './fold-workspace.js';

/**
 * Options of a one-off fold over a stream.
 *
 * @example
 * foldEvents(events, '2025-12-31', { knownAt: '2025-12-07', inherit: true, vocabulary });
 */
export interface FoldEventsOptions {
  /** Count only events recorded before the end of this time (default: every event). */
  readonly knownAt?: QueryTime;
  /** Let a bloc's statements count for each member (evidence says `via`); needs `vocabulary`. Default false. */
  readonly inherit?: boolean;
  /** The parties (for blocs and their members, with `inherit`). */
  readonly vocabulary?: Vocabulary | VocabularyData;
  /** Working memory to reuse between folds (default: fresh for this fold). */
  readonly workspace?: FoldWorkspace;
}
