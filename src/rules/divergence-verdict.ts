/**
 * How an issue stands across the compared parties (docs/design.md §6.4): `contested` when some party is for
 * it and some against; `consensus` when at least two parties are, all of them for or all against;
 * otherwise `open`.
 *
 * @example
 * ledger.divergence('2025-12-31').map((d) => d.verdict); //=> ['contested', 'open', 'consensus', …]
 */
export type Verdict = 'contested' | 'consensus' | 'open';

/**
 * The verdict on one issue from the stance values of the parties compared on it (at least one).
 *
 * @example
 * divergenceVerdict([2, -1]); //=> 'contested'
 * divergenceVerdict([1, 2]); //=> 'consensus'
 * divergenceVerdict([1, 0]); //=> 'open'
 * divergenceVerdict([-2]); //=> 'open': one party is no consensus
 */
export function divergenceVerdict(values: readonly number[]): Verdict {
  const anyFor = values.some((v) => v > 0);
  const anyAgainst = values.some((v) => v < 0);
  if (anyFor && anyAgainst) return 'contested';
  if (values.length >= 2 && (values.every((v) => v > 0) || values.every((v) => v < 0))) return 'consensus';
  return 'open';
}

/**
 * The spread of stance values on one issue (docs/design.md §6.4): highest minus lowest, 0 for one party.
 *
 * @example
 * stanceSpread([2, -1, 0]); //=> 3
 */
export function stanceSpread(values: readonly number[]): number {
  return Math.max(...values) - Math.min(...values);
}
