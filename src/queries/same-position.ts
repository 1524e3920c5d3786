import { canonicalJson } from '../events/index.js';
import type { Cell } from '../ledger/fold.js';

/** Two cells hold the same position when stance and terms are equal. */
export function samePosition(a: Cell, b: Cell): boolean {
  if (a.stance !== b.stance) return false;
  if (a.terms === b.terms) return true;
  return canonicalJson(a.terms ?? {}) === canonicalJson(b.terms ?? {});
}
