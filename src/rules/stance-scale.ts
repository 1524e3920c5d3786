/**
 * The stance scale (docs/design.md §1.3): five stances from strongest for to strongest against. This list is
 * the one definition: a stance's code is its place in it, and its value is `2 − code`.
 *
 * @example
 * STANCES[0]; //=> 'demands'
 */
export const STANCES = Object.freeze(['demands', 'supports', 'neutral', 'opposes', 'rejects'] as const);

/**
 * A stance level: `demands` (+2), `supports` (+1), `neutral` (0), `opposes` (−1), `rejects` (−2).
 *
 * @example
 * const stance: Stance = 'rejects';
 */
export type Stance = (typeof STANCES)[number];

/**
 * The numeric value of a stance, −2 … +2.
 *
 * @example
 * const value: StanceValue = stanceValue('supports'); //=> 1
 */
export type StanceValue = -2 | -1 | 0 | 1 | 2;

/**
 * A stance as a small integer for typed arrays: its place in {@link STANCES}, 0 (`demands`) … 4 (`rejects`).
 *
 * @example
 * const code: StanceCode = stanceCode('neutral'); //=> 2
 */
export type StanceCode = 0 | 1 | 2 | 3 | 4;

const VALUES: Readonly<Record<Stance, StanceValue>> = Object.freeze(
  Object.fromEntries(STANCES.map((stance, code) => [stance, 2 - code])) as Record<Stance, StanceValue>,
);

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

// The code of each stance by its first letter (the five stances start with five different letters): a
// constant table, filled here once and never written after. A typed array read by a char code is the
// cheapest lookup per statement the stream fold has (a switch or a frozen array measured slower).
const CODE_BY_INITIAL = new Uint8Array(128);
for (const [code, stance] of STANCES.entries()) CODE_BY_INITIAL[stance.charCodeAt(0)] = code;

/**
 * The code of a stance (its place in {@link STANCES}), from its first letter: no keyed lookup per statement
 * on the folds' hot paths.
 *
 * @example
 * stanceCode('supports'); //=> 1
 */
export function stanceCode(stance: Stance): StanceCode {
  return CODE_BY_INITIAL[stance.charCodeAt(0)] as StanceCode;
}

/**
 * The value of a stance code: `2 − code`.
 *
 * @example
 * valueOfCode(stanceCode('rejects')); //=> -2
 */
export function valueOfCode(code: number): StanceValue {
  return (2 - code) as StanceValue;
}

/**
 * The stance of a stance code.
 *
 * @example
 * stanceOfCode(3); //=> 'opposes'
 */
export function stanceOfCode(code: number): Stance {
  return STANCES[code] as Stance;
}
