import { InvalidTimeError, queryBound } from '../index.js';
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
 * The `--known-at` and `--inherit` flags as ledger query options, checked.
 *
 * @example
 * queryOptions({ knownAt: '2025-12-07' }); //=> { knownAt: '2025-12-07', inherit: false }
 */
export function queryOptions(flags: { readonly knownAt?: string; readonly inherit?: boolean }): {
  knownAt?: string;
  inherit: boolean;
} {
  return {
    ...(flags.knownAt === undefined ? {} : { knownAt: checkDate('--known-at', flags.knownAt) }),
    inherit: flags.inherit === true,
  };
}
