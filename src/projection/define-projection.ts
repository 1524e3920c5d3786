import type { Projection } from './projection.js';

/**
 * Declares a projection, letting TypeScript infer its state type from `initial`.
 *
 * @example
 * const redLines = defineProjection({
 *   initial: { byParty: {} as Record<string, number> },
 *   reduce(draft, statement) {
 *     if (statement.stance === 'demands' || statement.stance === 'rejects')
 *       for (const party of statement.parties) draft.byParty[party] = (draft.byParty[party] ?? 0) + 1;
 *   },
 * });
 * ledger.project(redLines, { at: '2025-12-31' }).byParty.russia; //=> 8
 */
export function defineProjection<State extends object>(projection: Projection<State>): Projection<State> {
  return projection;
}
