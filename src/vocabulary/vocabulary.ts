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
import { rankSuggestions, suggest, type NamedCandidate } from './suggest.js';
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
  // Display names and titles, lowercased, each to every party or issue that carries it: a name two carry
  // resolves to neither. Ids and aliases are checked to be unique; names and titles are not.
  readonly #displayNames = new Map<string, string[]>();
  readonly #titles = new Map<string, string[]>();
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
    for (const party of this.#parties.values()) addOwner(this.#displayNames, party.name, party.id);
    for (const issue of this.#issues.values()) addOwner(this.#titles, issue.title, issue.id);
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
   * The party id an id, alias or display name stands for, ignoring case; `undefined` when none. Ids and
   * aliases come first; a display name counts when no id or alias is spelt so and no other party has it.
   *
   * @example
   * vocabulary.resolveParty('the Kremlin'); //=> 'russia'
   * vocabulary.resolveParty('United States'); //=> 'united-states'
   */
  resolveParty(name: string): string | undefined {
    const key = name.toLowerCase();
    return this.#partyNames.get(key) ?? onlyOwner(this.#displayNames, key);
  }

  /**
   * The issue id an id or title stands for, ignoring case; `undefined` when none. A title counts when
   * no other issue has it.
   *
   * @example
   * vocabulary.resolveIssue('Ukraine-In-NATO'); //=> 'ukraine-in-nato'
   * vocabulary.resolveIssue('Ukraine in NATO'); //=> 'ukraine-in-nato'
   */
  resolveIssue(name: string): string | undefined {
    const key = name.toLowerCase();
    return this.#issueNames.get(key) ?? onlyOwner(this.#titles, key);
  }

  /**
   * The parties an unknown name may have meant, best first, each as the name of it that matched best
   * (its id, an alias or its display name; its id when that name is another party's too): by prefix, by
   * words, then by spelling (`rankSuggestions`).
   *
   * @example
   * vocabulary.partySuggestions('united'); //=> ['united-states', 'united-kingdom']
   */
  partySuggestions(name: string): string[] {
    const candidates = [...this.#parties.values()].map(
      (p): NamedCandidate => ({ id: p.id, names: [p.id, ...(p.aliases ?? []), p.name] }),
    );
    return rankSuggestions(name, candidates).map((s) => (this.resolveParty(s.name) === s.id ? s.name : s.id));
  }

  /**
   * The issue ids an unknown name may have meant, best first, matched against ids and titles by prefix,
   * by words, then by spelling (`rankSuggestions`).
   *
   * @example
   * vocabulary.issueSuggestions('ceasefire');
   * //=> ['ceasefire-deterrence', 'ceasefire-monitoring', 'ceasefire-before-settlement', 'guarantees-before-ceasefire']
   */
  issueSuggestions(name: string): string[] {
    const candidates = [...this.#issues.values()].map((i): NamedCandidate => ({ id: i.id, names: [i.id, i.title] }));
    return rankSuggestions(name, candidates).map((s) => s.id);
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

function addOwner(names: Map<string, string[]>, name: string, owner: string): void {
  const key = name.toLowerCase();
  const owners = names.get(key);
  if (owners === undefined) names.set(key, [owner]);
  else if (!owners.includes(owner)) owners.push(owner);
}

function onlyOwner(names: ReadonlyMap<string, readonly string[]>, key: string): string | undefined {
  const owners = names.get(key);
  return owners?.length === 1 ? owners[0] : undefined;
}
