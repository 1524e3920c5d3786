import { freeze, produce, type Draft, type Immutable } from 'immer';
import type { Statement } from '../events/index.js';
import type { LedgerReader } from '../ledger/reader.js';

/**
 * A user's own fold of the statement stream: an initial state and a reducer that changes an immer
 * draft in place. The ledger runs it over the live statements known at `K` and stated before `T`,
 * in the fold's order, and hands back a frozen result.
 *
 * @example
 * const count: Projection<{ n: number }> = { initial: { n: 0 }, reduce(draft) { draft.n += 1; } };
 * ledger.project(count).n; //=> the number of live statements
 */
export interface Projection<State extends object> {
  /** The state before any statement: plain data, copied (structuredClone) for each run, never frozen or changed. */
  readonly initial: State;
  /** Applies one statement to the draft; mutate it, return nothing. */
  readonly reduce: (draft: Draft<State>, statement: Statement) => void;
}

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

/** Runs a projection over the statements live at `k` and stated before `t`. */
export function runProjection<State extends object>(
  reader: LedgerReader,
  projection: Projection<State>,
  t: number,
  k: number,
): Immutable<State> {
  const statements = reader.statements(t, k);
  // One produce around the whole loop: immer copies on first write only, then freezes once. It works on a
  // copy because the result shares untouched parts with its base, and freezing them must not freeze the caller's.
  const result = produce(structuredClone(projection.initial), (draft) => {
    for (const claim of statements) projection.reduce(draft, claim.statement);
  });
  // immer returns the base untouched when nothing changed; freeze it all the same.
  return freeze(result, true) as Immutable<State>;
}
