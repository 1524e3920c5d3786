export { STANCES, StanceSchema, stanceValue, type Stance, type StanceValue } from './stance.js';
export { ID_PATTERN, ID_RULE, IdSchema } from './id.js';
export { TextSchema } from './text.js';
export {
  DEFAULT_TOPICS,
  IssueSchema,
  IssueTermSchema,
  PartyKindSchema,
  PartySchema,
  TermTypeSchema,
  TopicSchema,
  VocabularySchema,
  type Issue,
  type IssueTerm,
  type Party,
  type PartyKind,
  type TermType,
  type Topic,
  type VocabularyData,
} from './schemas.js';
export { Vocabulary } from './vocabulary.js';
export { vocabularyProblems } from './vocabulary-problems.js';
export {
  didYouMean,
  didYouMeanAny,
  rankSuggestions,
  suggest,
  SUGGESTION_LIMIT,
  type NamedCandidate,
  type RankedSuggestion,
} from './suggest.js';
