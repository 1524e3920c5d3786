import { suggest, type Party, type Vocabulary } from '../vocabulary/index.js';

/**
 * The party a name stands for, as analysts write it: its id or one of its aliases (ignoring case), or
 * else its display name (ignoring case). `ambiguous` when the display name is shared by several parties.
 *
 * @example
 * partyNamed(vocabulary, 'United States'); //=> { id: 'united-states' }
 * partyNamed(vocabulary, 'Kyiv'); //=> { id: 'ukraine' }
 * partyNamed(vocabulary, 'Mars'); //=> undefined
 */
export function partyNamed(
  vocabulary: Vocabulary,
  name: string,
): { readonly id: string } | { readonly ambiguous: readonly string[] } | undefined {
  const id = vocabulary.resolveParty(name);
  if (id !== undefined) return { id };
  const key = name.toLowerCase();
  const named = vocabulary.parties.filter((party) => party.name.toLowerCase() === key).map((party) => party.id);
  if (named.length === 0) return undefined;
  return named.length === 1 ? { id: named[0] as string } : { ambiguous: named };
}

/**
 * The closest id, alias or display name to a mistyped party name, as it is written.
 *
 * @example
 * suggestPartyName(vocabulary, 'Untied States'); //=> 'United States'
 */
export function suggestPartyName(vocabulary: Vocabulary, name: string): string | undefined {
  return suggest(name, partyNames(vocabulary.parties));
}

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

function* partyNames(parties: readonly Party[]): Iterable<string> {
  for (const party of parties) yield* namesOf(party);
}

function* namesOf(party: Party): Iterable<string> {
  yield party.id;
  if (party.aliases) yield* party.aliases;
  yield party.name;
}
