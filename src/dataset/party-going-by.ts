import type { Party, Vocabulary } from '../vocabulary/index.js';

/**
 * Which party already goes by a name (id, alias or display name, ignoring case), if any.
 *
 * @example
 * partyGoingBy(vocabulary, 'kremlin')?.id; //=> 'russia'
 */
export function partyGoingBy(vocabulary: Vocabulary, name: string): Party | undefined {
  const key = name.toLowerCase();
  return vocabulary.parties.find((party) => [...namesOf(party)].some((n) => n.toLowerCase() === key));
}

function* namesOf(party: Party): Iterable<string> {
  yield party.id;
  if (party.aliases) yield* party.aliases;
  yield party.name;
}
