import type { Cell, CellChange, Evidence, IssueDivergence, PairAlignment, Timeline } from '../index.js';

// The JSON documents the query commands print (docs/cli.md), answers to the queries of docs/design.md §6,
// built field by field so that nothing else (a cell's `statement`, `conditions`, a run's `statements`) leaks
// into a contract scripts parse.

/**
 * An evidence entry: `{ event, document, quote?, via? }`.
 *
 * @example
 * const e: EvidenceJson = { event: 's.002.ukraine.ukraine-in-nato', document: '002_6b334276d8319bd6' };
 */
export interface EvidenceJson {
  event: string;
  document: string;
  quote?: string;
  via?: string;
}

/**
 * A stance entry of `positions stances`.
 *
 * @example
 * const s: StanceJson = {
 *   party: 'russia', issue: 'ukraine-in-nato', stance: 'opposes', value: -1, since: '2025-03',
 *   tentative: false, evidence: [],
 * };
 */
export interface StanceJson {
  party: string;
  issue: string;
  stance: string;
  value: number;
  since: string;
  tentative: boolean;
  terms?: Readonly<Record<string, unknown>>;
  evidence: EvidenceJson[];
}

/**
 * One evidence entry as the contract has it.
 *
 * @example
 * evidenceJson({ event: 'e1', document: 'd1' }); //=> { event: 'e1', document: 'd1' }
 */
export function evidenceJson(evidence: Evidence): EvidenceJson {
  return {
    event: evidence.event,
    document: evidence.document,
    ...(evidence.quote === undefined ? {} : { quote: evidence.quote }),
    ...(evidence.via === undefined ? {} : { via: evidence.via }),
  };
}

/**
 * `{ at, knownAt, stances: [...] }` for `positions stances`.
 *
 * @example
 * stancesJson('2025-12-31', null, snapshot.cells());
 */
export function stancesJson(
  at: string,
  knownAt: string | null,
  cells: readonly Cell[],
): { at: string; knownAt: string | null; stances: StanceJson[] } {
  return {
    at,
    knownAt,
    stances: cells.map((cell) => ({
      party: cell.party,
      issue: cell.issue,
      stance: cell.stance,
      value: cell.value,
      since: cell.since,
      tentative: cell.tentative,
      ...(cell.terms === undefined ? {} : { terms: cell.terms }),
      evidence: cell.evidence.map(evidenceJson),
    })),
  };
}

/**
 * `{ party, issue, changes: [{ stance, value, since, terms?, evidence }] }` for `positions timeline`.
 *
 * @example
 * timelineJson(ledger.timeline('ukraine', 'security-guarantees'));
 */
export function timelineJson(timeline: Timeline): unknown {
  return {
    party: timeline.party,
    issue: timeline.issue,
    changes: timeline.changes.map((change) => ({
      stance: change.stance,
      value: change.value,
      since: change.since,
      ...(change.terms === undefined ? {} : { terms: change.terms }),
      evidence: change.evidence.map(evidenceJson),
    })),
  };
}

/**
 * `{ from, to, changes: [{ party, issue, before, after }] }` for `positions diff`; before and after are
 * stances or null.
 *
 * @example
 * diffJson('2025-04-30', '2025-12-31', ledger.diff('2025-04-30', '2025-12-31'));
 */
export function diffJson(from: string, to: string, changes: readonly CellChange[]): unknown {
  return {
    from,
    to,
    changes: changes.map((change) => ({
      party: change.party,
      issue: change.issue,
      before: change.before?.stance ?? null,
      after: change.after?.stance ?? null,
    })),
  };
}

/**
 * `{ at, issues: [{ issue, verdict, spread, stances: { party: stance } }] }` for `positions divergence`.
 *
 * @example
 * divergenceJson('2025-12-31', ledger.divergence('2025-12-31'));
 */
export function divergenceJson(at: string, issues: readonly IssueDivergence[]): unknown {
  return {
    at,
    issues: issues.map((issue) => ({
      issue: issue.issue,
      verdict: issue.verdict,
      spread: issue.spread,
      stances: { ...issue.stances },
    })),
  };
}

/**
 * `{ at, pairs: [{ parties: [a, b], agree, disagree, other }] }` for `positions alignment`.
 *
 * @example
 * alignmentJson('2025-12-31', ledger.alignment('2025-12-31'));
 */
export function alignmentJson(at: string, pairs: readonly PairAlignment[]): unknown {
  return {
    at,
    pairs: pairs.map((pair) => ({
      parties: [...pair.parties],
      agree: [...pair.agree],
      disagree: [...pair.disagree],
      other: [...pair.other],
    })),
  };
}
