import { z } from 'zod';

/**
 * The five stance levels, from strongest for to strongest against.
 *
 * @example
 * STANCES[0]; //=> 'demands'
 */
export const STANCES = ['demands', 'supports', 'neutral', 'opposes', 'rejects'] as const;

/** A party's position on an issue's proposition, on one ordinal scale. */
export const StanceSchema = z.enum(STANCES).describe('A stance on the ordinal scale demands (+2) … rejects (−2).');

/**
 * A stance level: `demands` (+2), `supports` (+1), `neutral` (0), `opposes` (−1), `rejects` (−2).
 *
 * @example
 * const stance: Stance = 'rejects';
 */
export type Stance = z.infer<typeof StanceSchema>;

/**
 * The numeric value of a stance, −2 … +2.
 *
 * @example
 * stanceValue('supports'); //=> 1
 */
export type StanceValue = -2 | -1 | 0 | 1 | 2;

const VALUES: Readonly<Record<Stance, StanceValue>> = Object.freeze({
  demands: 2,
  supports: 1,
  neutral: 0,
  opposes: -1,
  rejects: -2,
});

/**
 * The value of a stance on the ordinal scale.
 *
 * @example
 * stanceValue('demands'); //=> 2
 * stanceValue('opposes'); //=> -1
 */
export function stanceValue(stance: Stance): StanceValue {
  return VALUES[stance];
}
