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
  /** The winner's summary, with `--show summary` only. */
  summary?: string;
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
 * The answer of `positions stances` at one date: `{ at, knownAt, stances: [...] }`.
 *
 * @example
 * const answer: StancesJson = { at: '2025-12-31', knownAt: null, stances: [] };
 */
export interface StancesJson {
  at: string;
  knownAt: string | null;
  stances: StanceJson[];
}

/**
 * `{ at, knownAt, stances: [...] }` for `positions stances`. With `summaries` (`--show summary`), each
 * stance whose winner has one in it carries `summary`.
 *
 * @example
 * stancesJson('2025-12-31', null, snapshot.cells());
 */
export function stancesJson(
  at: string,
  knownAt: string | null,
  cells: readonly Cell[],
  summaries?: ReadonlyMap<string, string>,
): StancesJson {
  return {
    at,
    knownAt,
    stances: cells.map((cell) => {
      const summary = summaries?.get(cell.statement);
      return {
        party: cell.party,
        issue: cell.issue,
        stance: cell.stance,
        value: cell.value,
        since: cell.since,
        tentative: cell.tentative,
        ...(cell.terms === undefined ? {} : { terms: cell.terms }),
        ...(summary === undefined ? {} : { summary }),
        evidence: cell.evidence.map(evidenceJson),
      };
    }),
  };
}

/**
 * `{ panel: [{ at, knownAt, stances }] }` for `positions stances --from --to --every`: one `stances`
 * answer per period, oldest first.
 *
 * @example
 * panelJson([stancesJson('2025-11', null, []), stancesJson('2025-12', null, [])]).panel.length; //=> 2
 */
export function panelJson(answers: readonly StancesJson[]): { panel: StancesJson[] } {
  return { panel: [...answers] };
}

/**
 * `{ party, issue, changes: [{ stance, value, since, terms?, evidence }] }` for `positions timeline`. With
 * `summaries` (`--show summary`), each change carries `summary`: that of the statement that began it.
 *
 * @example
 * timelineJson(ledger.timeline('ukraine', 'security-guarantees'));
 */
export function timelineJson(timeline: Timeline, summaries?: ReadonlyMap<string, string>): unknown {
  return {
    party: timeline.party,
    issue: timeline.issue,
    changes: timeline.changes.map((change) => {
      const first = change.statements[0];
      const summary = first === undefined ? undefined : summaries?.get(first);
      return {
        stance: change.stance,
        value: change.value,
        since: change.since,
        ...(change.terms === undefined ? {} : { terms: change.terms }),
        ...(summary === undefined ? {} : { summary }),
        evidence: change.evidence.map(evidenceJson),
      };
    }),
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

/**
 * A source document as `positions show` lists it: its id, and what `sources.json` says of it (a dataset
 * folder only).
 *
 * @example
 * const d: DocumentJson = { id: '002_6b334276d8319bd6', title: 'London talks and a new US framework: …' };
 */
export interface DocumentJson {
  id: string;
  title?: string;
  publishedAt?: string;
  url?: string;
}

/**
 * An event that refers to the one shown (a corroboration, retraction or correction), or the one it
 * refers to, with whether it is live as known now (docs/design.md §3.2).
 *
 * @example
 * const link: LinkJson = { id: 'retract.s.002.ukraine.referendum-on-deal', type: 'retraction',
 *   recordedAt: '2025-04-23T00:00:00.000Z', live: true, reason: 'coding-error' };
 */
export interface LinkJson {
  id: string;
  type: string;
  recordedAt: string;
  live: boolean;
  /** A retraction's or correction's reason. */
  reason?: string;
  /** A retraction's or correction's note. */
  note?: string;
  /** A corroboration's document. */
  document?: string;
  /** A corroboration's quote. */
  quote?: string;
  /** A correction's replacement. */
  replacement?: string;
}

/**
 * `positions show ID`: one event whole, with what refers to it.
 *
 * @example
 * const shown: ShowJson = { id: 'e1', type: 'statement', live: true, event: {}, documents: [],
 *   corroborations: [], retractedBy: [] };
 */
export interface ShowJson {
  /** The id asked for. */
  id: string;
  /** The event's type (a replacement is a `statement`). */
  type: string;
  /** Whether it counts, as known now. */
  live: boolean;
  /** For a correction's replacement: that correction (its carrier) and the statement it corrects. */
  replacementOf?: { correction: string; statement: string; live: boolean };
  /** What a corroboration, retraction or correction targets. */
  target?: { id: string; type: string; live: boolean };
  /** The event as stored. */
  event: unknown;
  /** Every document the event and its corroborations cite, each once. */
  documents: DocumentJson[];
  /** The corroborations of a statement, in append order. */
  corroborations: LinkJson[];
  /** The retractions and corrections that target it, in append order. */
  retractedBy: LinkJson[];
}
