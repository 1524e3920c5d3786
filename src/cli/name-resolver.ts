import type { Vocabulary } from '../index.js';
import { didYouMeanAny, rankSuggestions } from '../vocabulary/index.js';
import type { Questions, UsedIds } from './questions.js';
import { UsageError } from './usage-error.js';

/** What names are resolved against: the vocabulary when there is one, else the ids the events use. */
export interface NameContext {
  /** The dataset's vocabulary, if it has one. */
  readonly vocabulary: Vocabulary | undefined;
  /** The data, for the ids its statements use when there is no vocabulary. */
  readonly questions: Questions;
}

/**
 * Resolves the party and issue names one command is given. With a vocabulary, a party is named by its
 * id, an alias or its display name, an issue by its id or title, in any case; without one, any id is
 * taken as is, with a warning on stderr when no event names it (the ids the statements use are collected
 * when the resolver is made). An unknown name gets the likeliest names it may have meant, by prefix, by
 * words and by spelling (`rankSuggestions` in src/vocabulary/suggest.ts defines the ranking).
 *
 * @example
 * const names = await NameResolver.create({ vocabulary, questions });
 * names.party('Kyiv'); //=> 'ukraine'
 */
export class NameResolver {
  readonly #vocabulary: Vocabulary | undefined;
  readonly #used: UsedIds;

  private constructor(vocabulary: Vocabulary | undefined, used: UsedIds) {
    this.#vocabulary = vocabulary;
    this.#used = used;
  }

  /**
   * A resolver for one command; without a vocabulary it first collects the ids the statements use.
   *
   * @example
   * const names = await NameResolver.create({ vocabulary, questions });
   */
  static async create({ vocabulary, questions }: NameContext): Promise<NameResolver> {
    const used =
      vocabulary === undefined ? await questions.usedIds() : { parties: new Set<string>(), issues: new Set<string>() };
    return new NameResolver(vocabulary, used);
  }

  /**
   * The party id a name stands for (an id, alias or display name, any case).
   *
   * @throws {UsageError} for a name the vocabulary does not know, with the names it may have meant.
   * @example
   * names.party('Kyiv'); //=> 'ukraine'
   * names.party('United States'); //=> 'united-states'
   */
  party(name: string): string {
    const vocabulary = this.#vocabulary;
    if (vocabulary === undefined) return warnIfUnused('party', name, this.#used.parties);
    const id = vocabulary.resolveParty(name);
    if (id !== undefined) return id;
    throw new UsageError(
      `unknown party '${name}'`,
      didYouMeanAny(vocabulary.partySuggestions(name)) ?? 'see `positions vocabulary` for the parties',
    );
  }

  /**
   * The issue id a name stands for (an id or title, any case).
   *
   * @throws {UsageError} for a name the vocabulary does not know, with the issues it may have meant.
   * @example
   * names.issue('Ukraine-In-NATO'); //=> 'ukraine-in-nato'
   */
  issue(name: string): string {
    const vocabulary = this.#vocabulary;
    if (vocabulary === undefined) return warnIfUnused('issue', name, this.#used.issues);
    const id = vocabulary.resolveIssue(name);
    if (id !== undefined) return id;
    throw new UsageError(
      `unknown issue '${name}'`,
      didYouMeanAny(vocabulary.issueSuggestions(name)) ?? 'see `positions vocabulary` for the issues',
    );
  }
}

// A bare events file has no vocabulary, so a name no event uses (a typo, an alias) would silently match nothing.
function warnIfUnused(kind: 'party' | 'issue', name: string, used: ReadonlySet<string>): string {
  if (!used.has(name)) {
    const guesses = rankSuggestions(
      name,
      [...used].map((id) => ({ id, names: [id] })),
    ).map((s) => s.id);
    const hint = guesses.length === 0 ? '' : ` — ${didYouMeanAny(guesses)}`;
    process.stderr.write(
      `positions: warning: no event names ${kind} '${name}' (without a vocabulary, aliases are not known)${hint}\n`,
    );
  }
  return name;
}
