/**
 * How two parties' stances on one issue line up (docs/design.md §6.5): `agree` when both are for it or both
 * against; `disagree` when one is for and the other against; `other` when either is neutral.
 *
 * @example
 * const kind: Agreement = agreement(2, 1); //=> 'agree'
 */
export type Agreement = 'agree' | 'disagree' | 'other';

/**
 * The agreement of two stance values.
 *
 * @example
 * agreement(-2, -1); //=> 'agree'
 * agreement(1, -1); //=> 'disagree'
 * agreement(0, 2); //=> 'other'
 */
export function agreement(a: number, b: number): Agreement {
  if ((a > 0 && b > 0) || (a < 0 && b < 0)) return 'agree';
  if ((a > 0 && b < 0) || (a < 0 && b > 0)) return 'disagree';
  return 'other';
}
