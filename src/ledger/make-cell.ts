import type { Source, Statement } from '../events/index.js';
import { stanceValue } from '../rules/index.js';
import type { Cell } from './cell.js';
import type { Evidence } from './evidence.js';

/**
 * Builds a frozen cell from its winning statement, in the published key order. The indexed and the stream
 * fold make their cells here, so they are the same objects field for field.
 *
 * @example
 * makeCell('russia', 'ukraine-in-nato', statement, '2025-06', false, evidence).value; //=> -1 when the winner opposes
 */
export function makeCell(
  party: string,
  issue: string,
  winner: Statement,
  since: string,
  tentative: boolean,
  evidence: readonly Evidence[],
): Cell {
  const { terms, conditions } = winner;
  const value = stanceValue(winner.stance);
  // Plain literals: spreading optional fields costs more than the rest of the fold.
  let cell: Cell;
  if (terms === undefined && conditions === undefined) {
    cell = { party, issue, stance: winner.stance, value, since, tentative, statement: winner.id, evidence };
  } else {
    const draft: { -readonly [K in keyof Cell]: Cell[K] } = {
      party,
      issue,
      stance: winner.stance,
      value,
      since,
      tentative,
    } as Cell;
    if (terms !== undefined) draft.terms = terms;
    if (conditions !== undefined) draft.conditions = conditions;
    draft.statement = winner.id;
    draft.evidence = evidence;
    cell = draft;
  }
  return Object.freeze(cell);
}

/**
 * One frozen piece of evidence: a source of the statement `event` (or of a corroboration), reached
 * `via` a bloc or not.
 *
 * @example
 * makeEvidence('s1', { document: 'doc-1', quote: 'never' }, undefined); //=> { event: 's1', document: 'doc-1', quote: 'never' }
 */
export function makeEvidence(event: string, source: Source, via: string | undefined): Evidence {
  // Literals, not spreads: this runs for every cell whose winner has not won before.
  const quote = source.quote;
  if (via === undefined)
    return Object.freeze(
      quote === undefined ? { event, document: source.document } : { event, document: source.document, quote },
    );
  return Object.freeze(
    quote === undefined ? { event, document: source.document, via } : { event, document: source.document, quote, via },
  );
}
