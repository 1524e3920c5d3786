import type { Problem } from '../errors/index.js';
import type { EventOrigin, LedgerEvent, Statement } from '../events/index.js';
import type { EventTable } from '../columns/index.js';
import { didYouMean, type Vocabulary } from '../vocabulary/index.js';

// The checks of one event on its own against the vocabulary.

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

/**
 * Checks the documents an event's sources cite against the ones the ledger accepts, if it was given any.
 *
 * @example
 * checkDocuments(new Set(['doc-1']), event, { line: 3 }, problems);
 */
export function checkDocuments(
  documents: ReadonlySet<string> | undefined,
  event: LedgerEvent,
  origin: EventOrigin,
  problems: Problem[],
): void {
  if (documents === undefined) return;
  const check = (document: string, path: (string | number)[]) => {
    if (documents.has(document)) return;
    problems.push({
      ...origin,
      code: 'unknown-document',
      path,
      message: `unknown source document '${document}'`,
      ...(didYouMean(document, documents).suggestion === undefined
        ? { suggestion: "add it to the dataset's sources first (positions add source), or cite a listed document" }
        : didYouMean(document, documents)),
    });
  };
  if (event.type === 'corroboration') check(event.source.document, ['source', 'document']);
  const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
  const base = event.type === 'correction' ? ['replacement', 'sources'] : ['sources'];
  for (const [i, source] of (statement?.sources ?? []).entries()) check(source.document, [...base, i, 'document']);
}

/**
 * Whether every source document a row cites (its own sources, or a corroboration's) is one the ledger
 * accepts; remembered per document number in `known` as {@link rowFitsVocabulary} does.
 */
export function rowCitesKnownDocuments(
  table: EventTable,
  row: number,
  documents: ReadonlySet<string>,
  known: Uint8Array,
): boolean {
  const first = table.sourceStart[row] as number;
  const last = first + (table.sourceCount[row] as number);
  for (let s = first; s < last; s++) {
    if (
      !knownIn(known, table.sourceDocument[s] as number, (n) =>
        documents.has(table.documents.text(n)) ? true : undefined,
      )
    )
      return false;
  }
  return true;
}

/**
 * Whether a statement row a line scan wrote names only what the vocabulary knows, with terms of the
 * declared names and types: the question {@link checkVocabulary} answers, asked of the row's interned
 * numbers (remembered per number in `known`, so a million rows cost a million array reads). A row that
 * fails is read again on the schema path, where `checkVocabulary` says what is wrong.
 */
export function rowFitsVocabulary(
  table: EventTable,
  row: number,
  vocabulary: Vocabulary,
  known: VocabularyMemo,
): boolean {
  const issue = table.issue[row] as number;
  if (issue < 0) return true;
  const first = table.partyStart[row] as number;
  const last = first + (table.partyCount[row] as number);
  for (let p = first; p < last; p++) {
    if (!knownIn(known.parties, table.partyList[p] as number, (n) => vocabulary.party(table.parties.text(n))))
      return false;
  }
  if (!knownIn(known.issues, issue, (n) => vocabulary.issue(table.issues.text(n)))) return false;
  const terms = table.termsOf(row);
  if (terms === undefined) return true;
  const declared = vocabulary.issue(table.issues.text(issue))?.terms ?? [];
  for (const [name, value] of Object.entries(terms)) {
    const term = declared.find((d) => d.name === name);
    if (term === undefined || (term.type !== undefined && typeof value !== term.type)) return false;
  }
  return true;
}

/** What one batch has learnt of its interned parties and issues: 1 known to the vocabulary, 2 not. */
export interface VocabularyMemo {
  /** By party number. */
  parties: Uint8Array;
  /** By issue number. */
  issues: Uint8Array;
  /** By document number (whether the ledger's documents list it). */
  documents: Uint8Array;
}

function knownIn(memo: Uint8Array, n: number, find: (n: number) => unknown): boolean {
  let state = n < memo.length ? (memo[n] as number) : 0;
  if (state === 0) {
    state = find(n) === undefined ? 2 : 1;
    if (n < memo.length) memo[n] = state;
  }
  return state === 1;
}
