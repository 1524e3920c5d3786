import { canonicalJson } from '../events/canonical-json.js';
import type { Terms } from '../events/types.js';
import type { Stance } from './stance-scale.js';

/**
 * A position (docs/design.md §3.5) is a stance together with its terms. Two statements hold the same position
 * when their stances are equal and their terms are equal in canonical JSON; no terms and empty terms (`{}`)
 * are different positions.
 *
 * The key is `stance|canonical terms` (`stance|` without terms). The SQL fold stores it as `position_key`,
 * so its form is part of the stores' data and must not change. A fold may intern keys to integers: equal
 * integers, same position.
 *
 * @example
 * positionKey('demands', { durationYears: 15 }); //=> 'demands|{"durationYears":15}'
 * positionKey('supports', undefined); //=> 'supports|'
 */
export function positionKey(stance: Stance, terms: Terms | undefined): string {
  return terms === undefined ? NO_TERMS[stance] : `${stance}|${termsKey(terms)}`;
}

// Most statements have no terms: one shared key string per stance instead of one per statement.
const NO_TERMS: Readonly<Record<Stance, string>> = Object.freeze({
  demands: 'demands|',
  supports: 'supports|',
  neutral: 'neutral|',
  opposes: 'opposes|',
  rejects: 'rejects|',
});

/**
 * The terms part of a position key: the canonical JSON of the terms, `''` without terms.
 *
 * @example
 * termsKey({ b: 1, a: 2 }); //=> '{"a":2,"b":1}'
 * termsKey(undefined); //=> ''
 */
export function termsKey(terms: Terms | undefined): string {
  return terms === undefined ? '' : canonicalJson(terms);
}

/**
 * Whether two statements (or cells) hold the same position: equal stances, equal terms.
 *
 * @example
 * samePosition({ stance: 'demands', terms: { a: 1 } }, { stance: 'demands', terms: { a: 1 } }); //=> true
 * samePosition({ stance: 'demands' }, { stance: 'demands', terms: {} }); //=> false
 */
export function samePosition(
  a: { readonly stance: Stance; readonly terms?: Terms | undefined },
  b: { readonly stance: Stance; readonly terms?: Terms | undefined },
): boolean {
  return a.stance === b.stance && (a.terms === b.terms || termsKey(a.terms) === termsKey(b.terms));
}
