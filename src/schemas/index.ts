// `positions-ledger/schemas`: the event and vocabulary formats as classic zod schemas, for code that
// builds on zod (forms, API validation). They accept and reject exactly what the main entry's validation
// does; the main entry itself validates with zod/mini and exports none of them. The published JSON Schema
// (`positions-ledger/event.schema.json`) is generated from `EventSchema`.
export {
  CorrectionSchema,
  CorroborationSchema,
  EventSchema,
  ReplacementSchema,
  RetractionSchema,
  StatementSchema,
} from './events.js';
export {
  ActSchema,
  AttributionSchema,
  AuthoritySchema,
  FuzzyTimeSchema,
  IdSchema,
  InstantSchema,
  RetractionReasonSchema,
  SourceSchema,
  SpeakerSchema,
  StanceSchema,
  TermsSchema,
} from './fields.js';
export {
  IssueSchema,
  IssueTermSchema,
  PartyKindSchema,
  PartySchema,
  TermTypeSchema,
  TopicSchema,
  VocabularySchema,
} from './vocabulary.js';
