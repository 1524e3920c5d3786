export {
  CorrectionSchema,
  CorroborationSchema,
  EventSchema,
  ReplacementSchema,
  RetractionSchema,
  StatementSchema,
} from './schemas.js';
export {
  ActSchema,
  AttributionSchema,
  AuthoritySchema,
  CURRENT_EVENT_VERSION,
  FuzzyTimeSchema,
  InstantSchema,
  RetractionReasonSchema,
  SourceSchema,
  SpeakerSchema,
  TermsSchema,
} from './fields.js';
export type {
  Act,
  Attribution,
  Authority,
  Correction,
  Corroboration,
  EventInput,
  EventType,
  LedgerEvent,
  Replacement,
  Retraction,
  Source,
  Speaker,
  Statement,
  StatementInput,
  Terms,
} from './types.js';
export {
  distinctPartiesRule,
  fuzzyTimeRule,
  instantRule,
  refuseProtoTerm,
  type Rule,
  type RuleParams,
} from './event-rules.js';
export { canonicalJson } from './canonical-json.js';
export { contentId } from './content-id.js';
export { DEFAULT_UPCASTERS, upcast, type Upcaster, type Upcasters } from './upcast.js';
export {
  materializeReplacement,
  parseEvent,
  readEvent,
  type EventOrigin,
  type ReadEventOptions,
  type ReadEventResult,
} from './read-event.js';
