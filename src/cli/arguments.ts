import { InvalidTimeError, queryBound, type Ledger, type Vocabulary } from '../index.js';
import { suggest } from '../vocabulary/index.js';
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

/** What names are resolved against: the vocabulary when there is one, else the ids the events use. */
export interface NameContext {
  /** The dataset's vocabulary, if it has one. */
  readonly vocabulary: Vocabulary | undefined;
  /** The events, for the ids they use when there is no vocabulary. */
  readonly ledger: Ledger;
}

/**
 * The party id a name stands for (an id or alias, any case). Without a vocabulary any id is taken as is,
 * with a warning on stderr when no event names it (aliases need a vocabulary).
 *
 * @throws {UsageError} for a name the vocabulary does not know, with a "did you mean" where one is close.
 * @example
 * resolveParty('Kyiv', { vocabulary, ledger }); //=> 'ukraine'
 */
export function resolveParty(name: string, { vocabulary, ledger }: NameContext): string {
  if (vocabulary === undefined) return warnIfUnused('party', name, usedIds(ledger).parties);
  const id = vocabulary.resolveParty(name);
  if (id !== undefined) return id;
  const guess = vocabulary.suggestParty(name);
  throw new UsageError(
    `unknown party '${name}'`,
    guess === undefined ? 'see `positions vocabulary` for the parties' : `did you mean '${guess}'?`,
  );
}

/**
 * The issue id a name stands for (any case). Without a vocabulary any id is taken as is, with a warning
 * on stderr when no event names it.
 *
 * @throws {UsageError} for an id the vocabulary does not know, with a "did you mean" where one is close.
 * @example
 * resolveIssue('Ukraine-In-NATO', { vocabulary, ledger }); //=> 'ukraine-in-nato'
 */
export function resolveIssue(name: string, { vocabulary, ledger }: NameContext): string {
  if (vocabulary === undefined) return warnIfUnused('issue', name, usedIds(ledger).issues);
  const id = vocabulary.resolveIssue(name);
  if (id !== undefined) return id;
  const guess = vocabulary.suggestIssue(name);
  throw new UsageError(
    `unknown issue '${name}'`,
    guess === undefined ? 'see `positions vocabulary` for the issues' : `did you mean '${guess}'?`,
  );
}

// A bare events file has no vocabulary, so a name no event uses (a typo, an alias) would silently match nothing.
function warnIfUnused(kind: 'party' | 'issue', name: string, used: ReadonlySet<string>): string {
  if (!used.has(name)) {
    const guess = suggest(name, used);
    const hint = guess === undefined ? '' : ` — did you mean '${guess}'?`;
    process.stderr.write(
      `positions: warning: no event names ${kind} '${name}' (without a vocabulary, aliases are not known)${hint}\n`,
    );
  }
  return name;
}

const usedIdsCache = new WeakMap<Ledger, { parties: Set<string>; issues: Set<string> }>();
function usedIds(ledger: Ledger): { parties: Set<string>; issues: Set<string> } {
  let used = usedIdsCache.get(ledger);
  if (used === undefined) {
    used = { parties: new Set(), issues: new Set() };
    for (const event of ledger.events()) {
      const statement =
        event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
      if (statement === undefined) continue;
      for (const party of statement.parties) used.parties.add(party);
      used.issues.add(statement.issue);
    }
    usedIdsCache.set(ledger, used);
  }
  return used;
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
