/**
 * The event types that take their target's liveness away (docs/design.md §3.2): retractions and corrections.
 * Corroborations only add evidence.
 *
 * @example
 * KILLER_TYPES.includes('retraction'); //=> true
 */
export const KILLER_TYPES = Object.freeze(['retraction', 'correction'] as const);

/**
 * A retraction or a correction.
 *
 * @example
 * const type: KillerType = 'correction';
 */
export type KillerType = (typeof KILLER_TYPES)[number];

/**
 * Whether an event of this type kills its target while it is live itself.
 *
 * @example
 * killsTarget('corroboration'); //=> false
 */
export function killsTarget(type: string): type is KillerType {
  return type === 'retraction' || type === 'correction';
}

/**
 * Live (docs/design.md §3.2), the one definition. As known at knowledge bound `k`, an event (or a correction's
 * replacement) is live when
 * - it is known (`recordedAt < k`, §3.1),
 * - for a replacement, its correction (the carrier it lives and dies with) is live, and
 * - no live retraction or correction targets it.
 *
 * The recursion is well founded: a target is never recorded after what refers to it, and appends refuse
 * loops. Each fold evaluates it its own way, all through this function or held equal to it by the
 * cross-fold property test:
 * - the indexed fold keeps, per entry, the instants at which the answer flips as `k` grows, computed by
 *   evaluating this function just after each instant where an input can change (`src/ledger/liveness-toggles.ts`);
 * - the stream fold evaluates it on demand for one `k`, from the known killers only (`src/replay/stream-liveness.ts`);
 * - the SQL fold evaluates it in the store's `live(id, k)` function ({@link killerTypesSql} lists the types).
 *
 * @param known whether the event is known at `k`
 * @param carrierLive for a replacement, whether its correction is live at `k`; `true` for anything else
 * @param killed whether some live retraction or correction targets it at `k`
 * @example
 * isLive(true, true, false); //=> true
 * isLive(true, true, true); //=> false: a live retraction targets it
 */
export function isLive(known: boolean, carrierLive: boolean, killed: boolean): boolean {
  return known && carrierLive && !killed;
}

/**
 * {@link KILLER_TYPES} as an SQL list, for `type IN (…)`.
 *
 * @example
 * killerTypesSql(); //=> "'retraction', 'correction'"
 */
export function killerTypesSql(): string {
  return KILLER_TYPES.map((type) => `'${type}'`).join(', ');
}
