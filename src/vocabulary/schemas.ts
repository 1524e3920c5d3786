import * as z from 'zod/mini';
import { IdSchema } from './id.js';
import { TextSchema } from './text.js';

/** What kind of side a party is. */
export const PartyKindSchema = z.enum(['state', 'bloc', 'organisation', 'commentator']);

/** A side that holds positions. */
export const PartySchema = z.strictObject({
  /** The party's id, by convention lowercase kebab-case (`united-states`). */
  id: IdSchema,
  /** Its display name. */
  name: TextSchema,
  /** `state`, `bloc` (with `members`), `organisation` or `commentator`. */
  kind: PartyKindSchema,
  /** Other names reports use for it ("Kyiv", "the Kremlin"). */
  aliases: z.optional(z.array(TextSchema)),
  /** For a bloc: the ids of its member parties. */
  members: z.optional(z.array(IdSchema)),
});

/**
 * A topic issues are grouped under. Topics belong to the dataset: a vocabulary lists its own, or takes
 * {@link DEFAULT_TOPICS}.
 */
export const TopicSchema = z.strictObject({
  /** The topic's id, lowercase kebab-case by convention; issues name it in `topic`. */
  id: IdSchema,
  /** A short title. */
  title: TextSchema,
});

/**
 * The topics of a vocabulary that lists none of its own.
 *
 * @example
 * DEFAULT_TOPICS.map((t) => t.id); //=> ['ceasefire', 'territory', 'security', 'alliances', …]
 */
export const DEFAULT_TOPICS: readonly Topic[] = Object.freeze(
  (
    [
      ['ceasefire', 'Ceasefire'],
      ['territory', 'Territory'],
      ['security', 'Security'],
      ['alliances', 'Alliances'],
      ['sanctions-economy', 'Sanctions and economy'],
      ['justice-governance', 'Justice and governance'],
      ['process', 'Process'],
      ['claims', 'Factual claims'],
    ] as const
  ).map(([id, title]) => Object.freeze({ id, title })),
);

/** The kinds of value a term takes. */
export const TermTypeSchema = z.enum(['number', 'string']);

/** A quantity or option an issue's stances may name (e.g. `durationYears`). */
export const IssueTermSchema = z.strictObject({
  /** The key statements use in `terms`. */
  name: TextSchema,
  /** What the term measures, where its name does not say it. */
  description: z.optional(TextSchema),
  /** Its unit, where it has one. */
  unit: z.optional(TextSchema),
  /** The kind of value statements give it; any number, string or boolean when absent. */
  type: z.optional(TermTypeSchema),
});

/** A proposition a party can be for or against. */
export const IssueSchema = z.strictObject({
  /** The issue's id, lowercase kebab-case by convention. */
  id: IdSchema,
  /** A short title. */
  title: TextSchema,
  /** The proposition, stated so that `supports` means "for it". */
  proposition: TextSchema,
  /** The id of the topic it belongs to, one of the vocabulary's topics. */
  topic: IdSchema,
  /** The terms argued about, if any. */
  terms: z.optional(z.array(IssueTermSchema)),
});

/** The parties and issues a ledger accepts. */
export const VocabularySchema = z.strictObject({
  /** The topics issues are grouped under; {@link DEFAULT_TOPICS} when absent. */
  topics: z.optional(z.array(TopicSchema)),
  /** Every party, blocs included. */
  parties: z.array(PartySchema),
  /** Every issue. */
  issues: z.array(IssueSchema),
});

/**
 * A party kind: `state`, `bloc`, `organisation` or `commentator`.
 *
 * @example
 * const kind: PartyKind = 'bloc';
 */
export type PartyKind = z.infer<typeof PartyKindSchema>;
/**
 * A party as the vocabulary describes it.
 *
 * @example
 * ledger.vocabulary?.party('european-allies')?.members; //=> ['united-kingdom', 'france', 'germany']
 */
export type Party = z.infer<typeof PartySchema>;
/**
 * A topic issues are grouped under.
 *
 * @example
 * const topic: Topic = { id: 'territory', title: 'Territory' };
 */
export type Topic = z.infer<typeof TopicSchema>;
/**
 * The kind of value a term takes: `number` or `string`.
 *
 * @example
 * const type: TermType = 'number';
 */
export type TermType = z.infer<typeof TermTypeSchema>;
/**
 * A term an issue names.
 *
 * @example
 * const term: IssueTerm = { name: 'durationYears', description: 'how long the guarantees last', unit: 'years' };
 */
export type IssueTerm = z.infer<typeof IssueTermSchema>;
/**
 * An issue as the vocabulary describes it.
 *
 * @example
 * ledger.vocabulary?.issue('security-guarantees')?.terms?.[0]?.name; //=> 'durationYears'
 */
export type Issue = z.infer<typeof IssueSchema>;
/**
 * The plain-data form of a vocabulary, as in `vocabulary.json`.
 *
 * @example
 * const data: VocabularyData = { parties: [{ id: 'ukraine', name: 'Ukraine', kind: 'state' }], issues: [] };
 */
export type VocabularyData = z.infer<typeof VocabularySchema>;
