import { freeze, produce, type Immutable } from 'immer';
import type { LedgerReader } from '../ledger/reader.js';
import type { Projection } from './projection.js';

/** Runs a projection over the statements live at `k` and stated before `t` (docs/design.md §6.6). */
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
    for (const statement of statements) projection.reduce(draft, statement);
  });
  // immer returns the base untouched when nothing changed; freeze it all the same.
  return freeze(result, true) as Immutable<State>;
}
