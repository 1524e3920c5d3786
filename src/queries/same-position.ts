import { canonicalJson } from '../events/index.js';
import type { Cell } from '../ledger/fold.js';

/**
 * Two cells hold the same position when stance and terms are equal, in the fold's sense (a claim's
 * `position`): no terms and empty terms differ there, so they differ here too, or `diff` would disagree
 * with `since` and `timeline`.
 */
export function samePosition(a: Cell, b: Cell): boolean {
  if (a.stance !== b.stance) return false;
  if (a.terms === b.terms) return true;
  if (a.terms === undefined || b.terms === undefined) return false;
  return canonicalJson(a.terms) === canonicalJson(b.terms);
}
