import { z } from 'zod';
import {
  PartyKindSchema as PartyKindRule,
  TermTypeSchema as TermTypeRule,
  vocabularyProblems,
} from '../vocabulary/index.js';
import { IdSchema, TextSchema } from './fields.js';

/**
 * What kind of side a party is.
 *
 * @example
 * PartyKindSchema.options; //=> ['state', 'bloc', 'organisation', 'commentator']
 */
export const PartyKindSchema = z.enum(PartyKindRule.options);

/**
 * A side that holds positions.
 *
 * @example
 * PartySchema.parse({ id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] }).kind; //=> 'state'
 */
export const PartySchema = z
  .strictObject({
    /** The party's id, by convention lowercase kebab-case (`united-states`). */
    id: IdSchema,
    /** Its display name. */
    name: TextSchema,
    /** `state`, `bloc` (with `members`), `organisation` or `commentator`. */
    kind: PartyKindSchema,
    /** Other names reports use for it ("Kyiv", "the Kremlin"). */
    aliases: z.array(TextSchema).optional(),
    /** For a bloc: the ids of its member parties. */
    members: z.array(IdSchema).optional(),
  })
  .describe('A party: a side that holds positions.');

/**
 * A topic issues are grouped under. Topics belong to the dataset: a vocabulary lists its own, or takes
 * `DEFAULT_TOPICS` (from `positions-ledger`).
 *
 * @example
 * TopicSchema.parse({ id: 'humanitarian', title: 'Humanitarian' }).id; //=> 'humanitarian'
 */
export const TopicSchema = z.strictObject({
  /** The topic's id, lowercase kebab-case by convention; issues name it in `topic`. */
  id: IdSchema,
  /** A short title. */
  title: TextSchema,
});

/**
 * The kinds of value a term takes.
 *
 * @example
 * TermTypeSchema.parse('number'); //=> 'number'
 */
export const TermTypeSchema = z.enum(TermTypeRule.options);

/**
 * A quantity or option an issue's stances may name (e.g. `durationYears`).
 *
 * @example
 * IssueTermSchema.parse({ name: 'durationYears', description: 'how long', unit: 'years', type: 'number' }).unit;
 * //=> 'years'
 */
export const IssueTermSchema = z.strictObject({
  /** The key statements use in `terms`. */
  name: TextSchema,
  /** What the term measures, where its name does not say it. */
  description: TextSchema.optional(),
  /** Its unit, where it has one. */
  unit: TextSchema.optional(),
  /** The kind of value statements give it; any number, string or boolean when absent. */
  type: TermTypeSchema.optional(),
});

/**
 * A proposition a party can be for or against.
 *
 * @example
 * IssueSchema.parse({
 *   id: 'ukraine-in-eu', title: 'EU membership', proposition: 'Ukraine may join the EU.', topic: 'alliances',
 * }).topic; //=> 'alliances'
 */
export const IssueSchema = z
  .strictObject({
    /** The issue's id, lowercase kebab-case by convention. */
    id: IdSchema,
    /** A short title. */
    title: TextSchema,
    /** The proposition, stated so that `supports` means "for it". */
    proposition: TextSchema,
    /** The id of the topic it belongs to, one of the vocabulary's topics. */
    topic: IdSchema,
    /** The terms argued about, if any. */
    terms: z.array(IssueTermSchema).optional(),
  })
  .describe('An issue: a proposition parties take stances on.');

/**
 * The parties and issues a ledger accepts: the shape, and the vocabulary's own rules that
 * `Vocabulary.from` applies (ids appear once, names stand for one party, members and topics are known).
 *
 * @example
 * VocabularySchema.parse(JSON.parse(vocabularyJson)).parties.length; //=> 8
 */
export const VocabularySchema = z
  .strictObject({
    /** The topics issues are grouped under; `DEFAULT_TOPICS` when absent. */
    topics: z.array(TopicSchema).optional(),
    /** Every party, blocs included. */
    parties: z.array(PartySchema),
    /** Every issue. */
    issues: z.array(IssueSchema),
  })
  .superRefine((data, ctx) => {
    // The rules read whole, well-formed data: they wait for the fields to pass.
    if (ctx.issues.length > 0) return;
    for (const { code, path, message, suggestion } of vocabularyProblems(data)) {
      const params = suggestion === undefined ? { code } : { code, suggestion };
      ctx.addIssue({ code: 'custom', path: [...path], message, params, input: data });
    }
  });
