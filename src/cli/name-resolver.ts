import type { Ledger, Vocabulary } from '../index.js';
import { suggest } from '../vocabulary/index.js';
import { UsageError } from './usage-error.js';

/** What names are resolved against: the vocabulary when there is one, else the ids the events use. */
export interface NameContext {
  /** The dataset's vocabulary, if it has one. */
  readonly vocabulary: Vocabulary | undefined;
  /** The events, for the ids they use when there is no vocabulary. */
  readonly ledger: Ledger;
}

/** The party and issue ids the events name. */
interface UsedIds {
  readonly parties: ReadonlySet<string>;
  readonly issues: ReadonlySet<string>;
}

/**
 * Resolves the party and issue names one command is given. With a vocabulary, names are its ids and
 * aliases; without one, any id is taken as is, with a warning on stderr when no event names it (the ids
 * the events use are collected once, on first need, and kept as long as the resolver).
 *
 * @example
 * const names = new NameResolver({ vocabulary, ledger });
 * names.party('Kyiv'); //=> 'ukraine'
 */
export class NameResolver {
  readonly #vocabulary: Vocabulary | undefined;
  readonly #ledger: Ledger;
  #used: UsedIds | undefined;

  constructor({ vocabulary, ledger }: NameContext) {
    this.#vocabulary = vocabulary;
    this.#ledger = ledger;
  }

  /**
   * The party id a name stands for (an id or alias, any case).
   *
   * @throws {UsageError} for a name the vocabulary does not know, with a "did you mean" where one is close.
   * @example
   * names.party('Kyiv'); //=> 'ukraine'
   */
  party(name: string): string {
    const vocabulary = this.#vocabulary;
    if (vocabulary === undefined) return warnIfUnused('party', name, this.#usedIds().parties);
    const id = vocabulary.resolveParty(name);
    if (id !== undefined) return id;
    const guess = vocabulary.suggestParty(name);
    throw new UsageError(
      `unknown party '${name}'`,
      guess === undefined ? 'see `positions vocabulary` for the parties' : `did you mean '${guess}'?`,
    );
  }

  /**
   * The issue id a name stands for (any case).
   *
   * @throws {UsageError} for an id the vocabulary does not know, with a "did you mean" where one is close.
   * @example
   * names.issue('Ukraine-In-NATO'); //=> 'ukraine-in-nato'
   */
  issue(name: string): string {
    const vocabulary = this.#vocabulary;
    if (vocabulary === undefined) return warnIfUnused('issue', name, this.#usedIds().issues);
    const id = vocabulary.resolveIssue(name);
    if (id !== undefined) return id;
    const guess = vocabulary.suggestIssue(name);
    throw new UsageError(
      `unknown issue '${name}'`,
      guess === undefined ? 'see `positions vocabulary` for the issues' : `did you mean '${guess}'?`,
    );
  }

  #usedIds(): UsedIds {
    if (this.#used !== undefined) return this.#used;
    const parties = new Set<string>();
    const issues = new Set<string>();
    for (const event of this.#ledger.events()) {
      const statement =
        event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
      if (statement === undefined) continue;
      for (const party of statement.parties) parties.add(party);
      issues.add(statement.issue);
    }
    return (this.#used = { parties, issues });
  }
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
