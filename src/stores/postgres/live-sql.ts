import type { Names } from './schema.js';

/**
 * Liveness (docs/design.md §3.2) of the entry row `alias` as known at the bound `k` (an SQL expression),
 * for an entry already known to be known at `k`. An entry never retracted nor corrected, and no
 * replacement, is live as soon as it is known, so the store's `live()` function is called only for the
 * few others.
 *
 * @example
 * liveSql(names, 's', '$2'); //=> '(CASE WHEN NOT s.killed AND s.carrier IS NULL THEN true ELSE positions_live(s.id, $2) END)'
 */
export function liveSql(n: Names, alias: string, k: string): string {
  return `(CASE WHEN NOT ${alias}.killed AND ${alias}.carrier IS NULL THEN true ELSE ${n.live}(${alias}.id, ${k}) END)`;
}
