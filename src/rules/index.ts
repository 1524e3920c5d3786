// The fold's rules (docs/design.md §9.1), each defined once over plain numbers and ids, for every fold:
// the indexed fold (src/ledger), the stream fold (src/replay), the queries and the SQL fold (src/stores/postgres).
export { compareIds, ID_COLLATION } from './id-order.js';
export { STANCES, stanceCode, stanceOfCode, stanceValue, valueOfCode } from './stance-scale.js';
export type { Stance, StanceCode, StanceValue } from './stance-scale.js';
export { isKnown, knownSql } from './known.js';
export { isLive, KILLER_TYPES, killerTypesSql, killsTarget, type KillerType } from './liveness.js';
export { candidateSql, isCandidate } from './candidate.js';
export {
  CANDIDATE_ORDER,
  candidateFloorSql,
  candidateIndexSql,
  candidateOrderSql,
  candidateRowSql,
  compareCandidates,
  compareStatedAt,
  type CandidateKey,
} from './candidate-order.js';
export { isTentative, tentativeSql } from './tentative.js';
export { positionKey, samePosition, termsKey } from './position-key.js';
export { sinceByBreaker, sinceByRun } from './since-run.js';
export { compareRecorded, compareRecordedText, evidenceOrderSql } from './evidence-order.js';
export { laneOfBloc, OWN_LANE, outranks, viaOfLane } from './bloc-lanes.js';
export { COMPARED_KINDS, isComparedPair, isComparedParty } from './compared-parties.js';
export { divergenceVerdict, stanceSpread, type Verdict } from './divergence-verdict.js';
export { agreement, type Agreement } from './alignment-agreement.js';
export { isChange } from './diff-change.js';
