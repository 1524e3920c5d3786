import type { EventTable } from '../columns/index.js';
import type { LedgerEvent } from '../events/index.js';
import type { Cell } from '../ledger/cell.js';
import type { Ledger } from '../ledger/ledger.js';
import { LEDGER_STATE } from '../ledger/ledger-internals.js';
import { makeCell } from '../ledger/make-cell.js';
import { boundOf, knownBound } from '../ledger/query-bounds.js';
import { Snapshot } from '../ledger/snapshot.js';
import { compareIds, isTentative, viaOfLane } from '../rules/index.js';
import { queryLabel, type QueryTime } from '../time/index.js';
import { Vocabulary } from '../vocabulary/index.js';
import type { FoldEventsOptions } from './fold-events-options.js';
import { memberLanes } from './member-lanes.js';
import { streamTable } from './stream-table.js';
import { TableFold } from './table-fold.js';

/**
 * Folds events straight into the snapshot at valid time `at` as known at `knownAt` (the stream fold,
 * docs/design.md §3, §9.3), without an index: one pass over the events' columns and a few over typed
 * arrays, for a question asked once. Given a `Ledger`, it folds the ledger's own columns and leaves its
 * index unbuilt (what the `positions` command does for one question about a file); given stored events
 * (a store's, or `ledger.events()`), it reads them into columns first. It gives exactly what `Ledger.at`
 * gives for the same events; a ledger pays for its index once and then answers any (T, K) in
 * milliseconds. Pass a {@link FoldWorkspace} as `workspace` to reuse working memory between folds.
 *
 * Events must be stored events, as a ledger, a store or `readEvent` hands them out (validated, with
 * ids): this function trusts their shape and checks only their type and ids. Read raw input with
 * `Ledger.from`.
 *
 * @throws {ValidationError} for a bad query time, a hole or an event of no known type, an event or
 * replacement without an id, or a retraction loop an answer depends on.
 * @example
 * const snapshot = foldEvents(ledger.events(), '2025-12-31', { knownAt: '2025-12-07' });
 * snapshot.cell('russia', 'ceasefire-before-settlement')?.stance; //=> 'rejects'
 */
export function foldEvents(
  events: Iterable<LedgerEvent> | Ledger,
  at: QueryTime,
  options: FoldEventsOptions = {},
): Snapshot {
  const t = boundOf(at, 'at');
  const k = knownBound(options);
  // As in Ledger.at: `inherit` is reported as asked; without a vocabulary there are no blocs to inherit from.
  const inherit = options.inherit === true;
  const given = options.vocabulary === undefined ? undefined : Vocabulary.from(options.vocabulary);
  let table: EventTable;
  let vocabulary = given;
  if (LEDGER_STATE in events) {
    const state = (events as Ledger)[LEDGER_STATE];
    table = state.table;
    vocabulary ??= state.vocabulary;
  } else {
    table = streamTable(Array.isArray(events) ? events : [...events]);
  }
  const fold = options.workspace?.fold ?? new TableFold();
  const blocs = inherit && vocabulary !== undefined ? memberLanes(table, vocabulary) : undefined;
  const folded = fold.fold(table, t, k, blocs?.lanes);
  const partyId = blocs?.partyId ?? ((n: number) => table.parties.text(n));
  const cells: Cell[] = folded.map((f) => {
    const party = partyId(f.party);
    const via = viaOfLane(vocabulary?.blocsOf(party) ?? [], f.lane);
    const tentative = isTentative(table.statedEnd[f.winner] as number, t);
    return makeCell(table, party, table.issues.text(f.issue), f.winner, f.since, tentative, via, f.corroborations);
  });
  cells.sort((a, b) => compareIds(a.party, b.party) || compareIds(a.issue, b.issue));
  return new Snapshot(
    queryLabel(at),
    options.knownAt === undefined ? null : queryLabel(options.knownAt),
    inherit,
    cells,
  );
}
