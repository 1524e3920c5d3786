import type { Problem } from '../errors/index.js';
import { canonicalJson, type EventOrigin, type LedgerEvent, type Statement } from '../events/index.js';
import { didYouMean, type Vocabulary } from '../vocabulary/index.js';
import type { LedgerState } from './ledger-state.js';
import { isNew, originOf, type Pending } from './pending.js';

// The checks of one event on its own: its id (new, or a no-op re-append) and its ids against the vocabulary.

/** Checks an id is free, or held by identical content (a no-op). Returns whether the event is new. */
export function claimId(
  state: LedgerState,
  pending: Pending,
  event: LedgerEvent,
  index: number,
  problems: Problem[],
  unchanged: string[],
): boolean {
  const holder = state.entries.get(event.id);
  if (holder === undefined) return true;
  if (holder.carrier === undefined && canonicalJson(holder.event) === canonicalJson(event)) {
    unchanged.push(event.id);
    return false;
  }
  // Conflicts are rare: finding the earlier event's slot by a scan costs nothing in the common case.
  const slot = isNew(pending, holder) ? pending.entries.indexOf(holder) : undefined;
  const earlier = slot === undefined ? undefined : originOf(pending, slot);
  const where =
    slot === undefined
      ? holder.carrier
        ? `by the replacement in correction '${holder.carrier.id}'`
        : 'by a different event already in the ledger'
      : `by a different event earlier in this batch${earlier?.line === undefined ? ` (#${earlier?.index})` : ` (line ${earlier.line})`}`;
  problems.push({
    ...pending.originAt(index),
    code: 'id-conflict',
    path: ['id'],
    message: `id '${event.id}' is already used ${where}`,
    suggestion: 'give the new event its own id, or leave id out to derive one from its content',
    events: [event.id],
  });
  return false;
}

/** Checks the ids a statement (or a correction's replacement) names against the vocabulary, if any. */
export function checkVocabulary(
  vocabulary: Vocabulary | undefined,
  event: LedgerEvent,
  origin: EventOrigin,
  problems: Problem[],
): void {
  if (vocabulary === undefined) return;
  if (event.type === 'statement') checkStatement(vocabulary, event, [], origin, problems);
  else if (event.type === 'correction')
    checkStatement(vocabulary, event.replacement, ['replacement'], origin, problems);
}

function checkStatement(
  vocabulary: Vocabulary,
  statement: Pick<Statement, 'parties' | 'issue' | 'terms'>,
  base: string[],
  origin: EventOrigin,
  problems: Problem[],
): void {
  // Parties were sorted on reading, so `i` may not be the caller's index: the message names the party itself.
  statement.parties.forEach((party, i) => {
    if (vocabulary.party(party) === undefined) {
      const alias = vocabulary.resolveParty(party);
      problems.push({
        ...origin,
        code: 'unknown-party',
        path: [...base, 'parties', i],
        message: `unknown party '${party}'`,
        ...(alias === undefined
          ? didYouMean(
              party,
              vocabulary.parties.map((p) => p.id),
            )
          : { suggestion: `did you mean '${alias}'? (events use ids, not aliases)` }),
      });
    }
  });
  const issue = vocabulary.issue(statement.issue);
  if (issue === undefined) {
    problems.push({
      ...origin,
      code: 'unknown-issue',
      path: [...base, 'issue'],
      message: `unknown issue '${statement.issue}'`,
      ...didYouMean(
        statement.issue,
        vocabulary.issues.map((i) => i.id),
      ),
    });
    return;
  }
  const declared = issue.terms?.map((term) => term.name) ?? [];
  for (const [name, value] of Object.entries(statement.terms ?? {})) {
    const type = issue.terms?.find((term) => term.name === name)?.type;
    if (type !== undefined && typeof value !== type) {
      problems.push({
        ...origin,
        code: 'term-type',
        path: [...base, 'terms', name],
        message: `term '${name}' of issue '${issue.id}' takes a ${type}, got ${JSON.stringify(value)}`,
        ...(type === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
          ? { suggestion: `write it as the number ${Number(value)}, without quotes` }
          : {}),
      });
    }
    if (!declared.includes(name)) {
      problems.push({
        ...origin,
        code: 'unknown-term',
        path: [...base, 'terms', name],
        message:
          declared.length === 0
            ? `issue '${issue.id}' names no terms`
            : `issue '${issue.id}' has no term '${name}' (it has ${declared.join(', ')})`,
        ...didYouMean(name, declared),
      });
    }
  }
}
