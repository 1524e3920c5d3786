/**
 * The order of ids (docs/design.md §1.5): plain JavaScript `<`, which for the id alphabet is byte order.
 * PostgreSQL compares the same way under {@link ID_COLLATION}.
 *
 * Works on numbers too, so a fold that interns ids to integer ranks in byte order compares the ranks
 * with the same function.
 *
 * @returns negative, zero or positive, as for `Array.prototype.sort`.
 * @example
 * compareIds('Zeta', 'alpha'); //=> -1 (upper case sorts first in byte order)
 * compareIds(3, 3); //=> 0
 */
export function compareIds<Id extends string | number>(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The SQL collation under which PostgreSQL orders ids as {@link compareIds} does (docs/design.md §1.5, §9.4).
 *
 * @example
 * `ORDER BY id ${ID_COLLATION}`; //=> 'ORDER BY id COLLATE "C"'
 */
export const ID_COLLATION = 'COLLATE "C"';
