import type { EventTable } from '../columns/index.js';
import { laneOfBloc } from '../rules/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import type { BlocLanes } from './table-fold.js';

/**
 * With `inherit`: which members each bloc's statements also count for in a fold of `table`, and through
 * which lane (docs/design.md §4), with party numbers as the table numbers them; members the table never
 * names are numbered after its own parties. `partyId` names any of those numbers.
 *
 * @example
 * const { lanes, partyId } = memberLanes(table, vocabulary);
 */
export function memberLanes(
  table: EventTable,
  vocabulary: Vocabulary,
): { readonly lanes: BlocLanes; readonly partyId: (party: number) => string } {
  const extra: string[] = [];
  const known = table.parties.size;
  const numberOf = (id: string): number => {
    const n = table.parties.lookup(id);
    if (n >= 0) return n;
    let i = extra.indexOf(id);
    if (i < 0) i = extra.push(id) - 1;
    return known + i;
  };
  const membersOf = new Map<number, Array<{ member: number; lane: number }>>();
  for (const party of vocabulary.parties) {
    const bloc = table.parties.lookup(party.id);
    if (bloc < 0 || party.members === undefined) continue;
    const members = party.members.map((member) => ({
      member: numberOf(member),
      lane: laneOfBloc(vocabulary.blocsOf(member), party.id),
    }));
    membersOf.set(bloc, members);
  }
  const partyId = (n: number) => (n < known ? table.parties.text(n) : (extra[n - known] as string));
  return { lanes: { membersOf, extraParties: extra }, partyId };
}
