/**
 * The four kinds of event (docs/design.md §1.4), in the order a ledger's table numbers its row kinds
 * from 0 (a correction's replacement, a statement, is the fifth row kind).
 *
 * @example
 * EVENT_TYPES.indexOf('retraction'); //=> 2
 */
export const EVENT_TYPES: readonly string[] = ['statement', 'corroboration', 'retraction', 'correction'];
