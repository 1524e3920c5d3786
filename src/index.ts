// The public API, curated: what a developer needs to record statements and ask the ledger about them.
export { Ledger, Snapshot } from './ledger/index.js';
export type {
  AppendOptions,
  AppendResult,
  Cell,
  CellOptions,
  Evidence,
  KnownAtOptions,
  LedgerOptions,
  ProjectOptions,
  QueryOptions,
} from './ledger/index.js';
export type { CellChange, IssueDivergence, PairAlignment, PositionChange, Timeline, Verdict } from './queries/index.js';
export { defineProjection, type Projection } from './projection/index.js';
export { foldEvents, FoldWorkspace, type FoldEventsOptions } from './replay/index.js';

export { CURRENT_EVENT_VERSION, readEvent, parseEvent, contentId, canonicalJson, upcast } from './events/index.js';
export { MAX_QUOTE_LENGTH, MAX_SUMMARY_LENGTH } from './events/event-limits.js';
export type {
  Act,
  Attribution,
  Authority,
  Correction,
  Corroboration,
  EventInput,
  EventType,
  LedgerEvent,
  ReadEventOptions,
  ReadEventResult,
  Replacement,
  Retraction,
  Source,
  Speaker,
  Statement,
  StatementInput,
  Terms,
  Upcaster,
  Upcasters,
} from './events/index.js';

export { DEFAULT_TOPICS, Vocabulary, STANCES, stanceValue } from './vocabulary/index.js';
export type {
  Issue,
  IssueTerm,
  Party,
  PartyKind,
  Stance,
  StanceValue,
  TermType,
  Topic,
  VocabularyData,
} from './vocabulary/index.js';

export { fuzzyTimeBounds, parseFuzzyTime, queryBound, InvalidTimeError } from './time/index.js';
export type { FuzzyTime, QueryTime, TimePrecision } from './time/index.js';

export { ValidationError, formatProblem } from './errors/index.js';
export type { Problem, ProblemCode } from './errors/index.js';

export { MemoryEventStore, ConflictError, StoreUnavailableError, ledgerFromStore } from './stores/index.js';
export type {
  EventStore,
  LedgerFromStoreOptions,
  ReadOptions,
  StoreAppendOptions,
  StoreAppendResult,
  StoredEvent,
} from './stores/index.js';
