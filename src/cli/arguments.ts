import { InvalidTimeError, queryBound, type Vocabulary } from '../index.js';
import { UsageError } from './usage-error.js';

/**
 * Checks a date flag is a query time (a fuzzy time, no interval) and returns it as given.
 *
 * @throws {UsageError} naming the flag and the rule the date broke (exit code 2).
 * @example
 * checkDate('--at', '2025-12-31'); //=> '2025-12-31'
 * checkDate('--at', '2025-02-30'); // throws: invalid --at '2025-02-30': 2025-02-30 is not a calendar date
 */
export function checkDate(flag: string, text: string): string {
  try {
    queryBound(text);
    return text;
  } catch (error) {
    if (!(error instanceof InvalidTimeError)) throw error;
    throw new UsageError(`invalid ${flag} '${text}': ${error.rule}`, error.suggestion);
  }
}

/**
 * The party id a name stands for (an id or alias, any case). Without a vocabulary any id is taken as is.
 *
 * @throws {UsageError} for a name the vocabulary does not know, with a "did you mean" where one is close.
 * @example
 * resolveParty('Kyiv', vocabulary); //=> 'ukraine'
 */
export function resolveParty(name: string, vocabulary: Vocabulary | undefined): string {
  if (vocabulary === undefined) return name;
  const id = vocabulary.resolveParty(name);
  if (id !== undefined) return id;
  const guess = vocabulary.suggestParty(name);
  throw new UsageError(`unknown party '${name}'`, guess === undefined ? 'see `positions vocabulary` for the parties' : `did you mean '${guess}'?`);
}

/**
 * The issue id a name stands for (any case). Without a vocabulary any id is taken as is.
 *
 * @throws {UsageError} for an id the vocabulary does not know, with a "did you mean" where one is close.
 * @example
 * resolveIssue('Ukraine-In-NATO', vocabulary); //=> 'ukraine-in-nato'
 */
export function resolveIssue(name: string, vocabulary: Vocabulary | undefined): string {
  if (vocabulary === undefined) return name;
  const id = vocabulary.resolveIssue(name);
  if (id !== undefined) return id;
  const guess = vocabulary.suggestIssue(name);
  throw new UsageError(`unknown issue '${name}'`, guess === undefined ? 'see `positions vocabulary` for the issues' : `did you mean '${guess}'?`);
}

/**
 * The `--known-at` and `--inherit` flags as ledger query options, checked.
 *
 * @example
 * queryOptions({ knownAt: '2025-12-07' }); //=> { knownAt: '2025-12-07', inherit: false }
 */
export function queryOptions(flags: { readonly knownAt?: string; readonly inherit?: boolean }): { knownAt?: string; inherit: boolean } {
  return {
    ...(flags.knownAt === undefined ? {} : { knownAt: checkDate('--known-at', flags.knownAt) }),
    inherit: flags.inherit === true,
  };
}
