import type { PartyKind } from '../vocabulary/schemas.js';

/**
 * The kinds of party that divergence and alignment compare (docs/design.md §6.4, §6.5). They compare own
 * cells only (nothing inherited), so a bloc counts once, beside its members.
 *
 * @example
 * COMPARED_KINDS; //=> ['state', 'bloc']
 */
export const COMPARED_KINDS = Object.freeze(['state', 'bloc'] as const);

/**
 * Whether divergence and alignment compare a party: a state or a bloc; every party when there is no vocabulary.
 *
 * @param kind the party's kind in the vocabulary, `undefined` when it has none
 * @param hasVocabulary whether there is a vocabulary to ask
 * @example
 * isComparedParty('commentator', true); //=> false
 * isComparedParty(undefined, false); //=> true
 */
export function isComparedParty(kind: PartyKind | undefined, hasVocabulary: boolean): boolean {
  return !hasVocabulary || (kind !== undefined && (COMPARED_KINDS as readonly string[]).includes(kind));
}

/**
 * Whether alignment pairs two compared parties: any two, except a bloc and one of its own members.
 *
 * @param membersOf a party's members (`undefined` or empty for anything but a bloc)
 * @example
 * isComparedPair('european-allies', 'france', (p) => (p === 'european-allies' ? ['france'] : undefined)); //=> false
 */
export function isComparedPair(
  a: string,
  b: string,
  membersOf: (party: string) => readonly string[] | undefined,
): boolean {
  return membersOf(a)?.includes(b) !== true && membersOf(b)?.includes(a) !== true;
}
