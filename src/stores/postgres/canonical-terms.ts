import type { Terms } from '../../events/index.js';
import { deepFreeze } from '../../internal/deep-freeze.js';
import { termsKey } from '../../rules/index.js';

/**
 * A statement's terms as answers give them (docs/design.md §3.5): in canonical JSON's key order, the form
 * that decides whether two positions are the same, deeply frozen; `undefined` without terms.
 *
 * @example
 * canonicalTerms({ format: 'bilateral', durationYears: 10 }); //=> { durationYears: 10, format: 'bilateral' }
 */
export function canonicalTerms(terms: Terms | undefined): Terms | undefined {
  return terms === undefined ? undefined : deepFreeze(JSON.parse(termsKey(terms)) as Terms);
}
