import { ValidationError } from '../errors/index.js';
import { zodProblems } from '../errors/zod-problems.js';
import {
  DEFAULT_TOPICS,
  VocabularySchema,
  type Issue,
  type Party,
  type Topic,
  type VocabularyData,
} from './schemas.js';
import { suggest } from './suggest.js';
import { vocabularyProblems } from './vocabulary-problems.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/**
 * The parties and issues a ledger knows, with alias lookup and "did you mean" suggestions.
 * Immutable once built.
 *
 * @example
 * const vocabulary = Vocabulary.from(JSON.parse(vocabularyJson));
 * vocabulary.resolveParty('Kyiv'); //=> 'ukraine'
 */
export class Vocabulary {
  /** Every party, in the order given. */
  readonly parties: readonly Party[];
  /** Every issue, in the order given. */
  readonly issues: readonly Issue[];
  /** The topics issues are grouped under, in the order given ({@link DEFAULT_TOPICS} when none were). */
  readonly topics: readonly Topic[];
  readonly #ownTopics: boolean;
  readonly #parties = new Map<string, Party>();
  readonly #issues = new Map<string, Issue>();
  readonly #partyNames = new Map<string, string>();
  readonly #issueNames = new Map<string, string>();
  readonly #blocsOf = new Map<string, string[]>();

  /**
   * Builds a vocabulary from plain data (the shape of `vocabulary.json`), checking it whole.
   *
   * @throws {ValidationError} listing every problem (duplicate ids, colliding aliases, unknown bloc members).
   * @example
   * const vocabulary = Vocabulary.from({
   *   parties: [{ id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] }],
   *   issues: [],
   * });
   * vocabulary.resolveParty('kyiv'); //=> 'ukraine'
   */
  static from(data: unknown): Vocabulary {
    if (data instanceof Vocabulary) return data;
    const parsed = VocabularySchema.safeParse(data, { reportInput: true });
    if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, 'vocabulary'));
    return new Vocabulary(parsed.data);
  }

  private constructor(data: VocabularyData) {
    const problems = vocabularyProblems(data);
    if (problems.length > 0) throw new ValidationError(problems);
    // Past this point the data keeps every rule: each id and name stands for one party or issue.
    for (const party of data.parties) {
      this.#parties.set(party.id, deepFreeze(party));
      this.#partyNames.set(party.id.toLowerCase(), party.id);
      for (const alias of party.aliases ?? []) this.#partyNames.set(alias.toLowerCase(), party.id);
    }
    for (const party of data.parties) {
      for (const member of party.members ?? []) {
        const blocs = this.#blocsOf.get(member) ?? [];
        if (!blocs.includes(party.id)) blocs.push(party.id);
        this.#blocsOf.set(member, blocs);
      }
    }
    for (const issue of data.issues) {
      this.#issues.set(issue.id, deepFreeze(issue));
      this.#issueNames.set(issue.id.toLowerCase(), issue.id);
    }
    const topics = data.topics ?? DEFAULT_TOPICS;
    this.parties = Object.freeze([...this.#parties.values()]);
    this.issues = Object.freeze([...this.#issues.values()]);
    this.topics = Object.freeze(topics.map((topic) => deepFreeze({ ...topic })));
    this.#ownTopics = data.topics !== undefined;
    // Handed out as `ledger.vocabulary`, and the ledger reads `parties` and calls its methods: no caller may
    // replace them.
    Object.freeze(this);
  }

  /**
   * The party with this id, if there is one.
   *
   * @example
   * vocabulary.party('ukraine')?.kind; //=> 'state'
   */
  party(id: string): Party | undefined {
    return this.#parties.get(id);
  }

  /**
   * The issue with this id, if there is one.
   *
   * @example
   * vocabulary.issue('security-guarantees')?.topic; //=> 'security'
   */
  issue(id: string): Issue | undefined {
    return this.#issues.get(id);
  }

  /**
   * The party id an id or alias stands for, ignoring case; `undefined` when none.
   *
   * @example
   * vocabulary.resolveParty('the Kremlin'); //=> 'russia'
   */
  resolveParty(name: string): string | undefined {
    return this.#partyNames.get(name.toLowerCase());
  }

  /**
   * The issue id an id stands for, ignoring case; `undefined` when none.
   *
   * @example
   * vocabulary.resolveIssue('Ukraine-In-NATO'); //=> 'ukraine-in-nato'
   */
  resolveIssue(name: string): string | undefined {
    return this.#issueNames.get(name.toLowerCase());
  }

  /**
   * The closest party id or alias to a mistyped one.
   *
   * @example
   * vocabulary.suggestParty('ukriane'); //=> 'ukraine'
   */
  suggestParty(name: string): string | undefined {
    return suggest(name, this.#partyNamesAsWritten());
  }

  /**
   * The closest issue id to a mistyped one.
   *
   * @example
   * vocabulary.suggestIssue('ukraine-in-nat0'); //=> 'ukraine-in-nato'
   */
  suggestIssue(name: string): string | undefined {
    return suggest(name, this.#issues.keys());
  }

  /**
   * The blocs a party is a direct member of.
   *
   * @example
   * vocabulary.blocsOf('france'); //=> ['european-allies']
   */
  blocsOf(party: string): readonly string[] {
    return this.#blocsOf.get(party) ?? [];
  }

  /**
   * The plain data this vocabulary was built from (the shape of `vocabulary.json`).
   *
   * @example
   * Vocabulary.from(vocabulary.toJSON()); // an equal vocabulary
   */
  toJSON(): VocabularyData {
    const lists = { parties: [...this.parties], issues: [...this.issues] };
    return this.#ownTopics ? { topics: [...this.topics], ...lists } : lists;
  }

  *#partyNamesAsWritten(): Iterable<string> {
    for (const party of this.#parties.values()) {
      yield party.id;
      if (party.aliases) yield* party.aliases;
    }
  }
}
