import type { Draft } from 'immer';
import type { Statement } from '../events/index.js';

/**
 * A user's own fold of the statement stream: an initial state and a reducer that changes an immer
 * draft in place. The ledger runs it over the live statements known at `K` and stated before `T`,
 * in the candidate order (docs/design.md §3.3, §6.6), and hands back a frozen result.
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
