// Apart from the panel's date arithmetic, so that the program's options can list the periods without
// loading date-fns.

/**
 * The periods a panel (`stances --every`) steps by.
 *
 * @example
 * PERIODS.includes('month'); //=> true
 */
export const PERIODS = ['day', 'month', 'year'] as const;

/**
 * One of `day`, `month`, `year`.
 *
 * @example
 * const every: Period = 'month';
 */
export type Period = (typeof PERIODS)[number];
