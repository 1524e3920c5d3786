import { InvalidTimeError, queryBound } from '../index.js';
import type { Questions } from './questions.js';
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

/**
 * Refuses a range whose start is after its end: `--from` must not end after `--to` (docs/design.md §2.3:
 * each stands for its whole unit, so `--from 2025-12-31 --to 2025-12` is one day). Both must be checked.
 *
 * @throws {UsageError} naming both dates.
 * @example
 * checkOrder('2025-04', '2025-12'); // fine
 * checkOrder('2025-12', '2025-04'); // throws: --from 2025-12 is after --to 2025-04 — swap them
 */
export function checkOrder(from: string, to: string): void {
  if (!beforeOrOn(from, to))
    throw new UsageError(`--from ${from} is after --to ${to}`, `swap them: --from ${to} --to ${from}`);
}

/**
 * Whether query time `a` ends no later than `b` (both checked): `U(a) <= U(b)`, docs/design.md §2.3.
 *
 * @example
 * beforeOrOn('2025-12-31', '2025-12'); //=> true: both end with December
 */
export function beforeOrOn(a: string, b: string): boolean {
  return queryBound(a) <= queryBound(b);
}

/**
 * The valid time a query asks about: `--at` as given (checked), or else the last day any statement known
 * at `knownAt` may have been made (`Questions.lastStatedDay`); today's UTC date when there is no
 * statement at all, so that an empty dataset answers with nothing rather than an error.
 *
 * @example
 * await queryAt(undefined, questions, undefined); //=> { at: '2026-01-06', latest: true } for the bundled dataset
 */
export async function queryAt(
  at: string | undefined,
  questions: Questions,
  knownAt: string | undefined,
): Promise<{ at: string; latest: boolean }> {
  if (at !== undefined) return { at: checkDate('--at', at), latest: false };
  const last = await questions.lastStatedDay(knownAt === undefined ? {} : { knownAt });
  return { at: last ?? new Date().toISOString().slice(0, 10), latest: true };
}

/**
 * How a table title names the date asked about: `2025-12-31`, or `2026-01-06 (the last day the
 * statements reach)` when no `--at` was given.
 *
 * @example
 * atText({ at: '2026-01-06', latest: true }); //=> '2026-01-06 (the last day the statements reach)'
 */
export function atText({ at, latest }: { at: string; latest: boolean }): string {
  return latest ? `${at} (the last day the statements reach)` : at;
}
