import type { Terms } from '../events/types.js';
import { samePosition } from './position-key.js';
import type { Stance } from './stance-scale.js';

/**
 * Diff's notion of a change (docs/design.md §6.3): a cell changed between two valid times when it appeared,
 * disappeared, or holds another position (stance or terms, §3.5). A new winner that holds the same position
 * (a reaffirmation) is no change.
 *
 * @param before the cell at the earlier time, `null` when there was none
 * @param after the cell at the later time, `null` when there is none
 * @example
 * isChange(null, { stance: 'supports' }); //=> true: the cell appeared
 * isChange({ stance: 'supports' }, { stance: 'supports' }); //=> false
 */
export function isChange(
  before: { readonly stance: Stance; readonly terms?: Terms | undefined } | null,
  after: { readonly stance: Stance; readonly terms?: Terms | undefined } | null,
): boolean {
  if (before === null || after === null) return before !== after;
  return !samePosition(before, after);
}
