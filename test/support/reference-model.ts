/**
 * A deliberately naive reference implementation of docs/design.md §3, written from the spec text alone.
 * Every answer is a full replay over the whole event list: no index, no caching across queries,
 * the simplest loops that say what the spec says. Tests compare the Ledger's answers to these.
 */
import type { LedgerEvent, Statement, VocabularyData } from '../../src/index.js';
import { canon } from './canon.js';
import { boundOf, instantOf, spanOf } from './naive-time.js';
import type {
  ModelCell,
  ModelChange,
  ModelDivergence,
  ModelEvidence,
  ModelPair,
  ModelTimeline,
} from './model-types.js';

export type {
  ModelCell,
  ModelChange,
  ModelDivergence,
  ModelEvidence,
  ModelPair,
  ModelTimeline,
} from './model-types.js';

/** A query time as the ledger takes it; `undefined` for "everything recorded". */
export type Q = string | Date | undefined;

const VALUE = { demands: 2, supports: 1, neutral: 0, opposes: -1, rejects: -2 } as const;

/** An event or a correction's replacement (as the statement it becomes), with the correction it came in. */
export interface Item {
  readonly event: LedgerEvent;
  readonly recorded: number;
  /** For a replacement: the id of its correction. */
  readonly parent?: string;
}

/** Every event plus every correction's replacement as a statement recorded at the correction's time. */
export function itemsOf(events: readonly LedgerEvent[]): Item[] {
  const items: Item[] = [];
  for (const event of events) {
    items.push({ event, recorded: instantOf(event.recordedAt) });
    if (event.type === 'correction') {
      const statement = { ...event.replacement, recordedAt: event.recordedAt } as unknown as Statement;
      items.push({ event: statement, recorded: instantOf(event.recordedAt), parent: event.id });
    }
  }
  return items;
}

/** Liveness at knowledge bound `k` (§3.1–§3.2), computed by plain recursion over the targets. */
export function liveAt(items: readonly Item[], k: number): (id: string) => boolean {
  const memo = new Map<string, boolean>();
  const live = (id: string): boolean => {
    const remembered = memo.get(id);
    if (remembered !== undefined) return remembered;
    const item = items.find((i) => i.event.id === id);
    let result = item !== undefined && item.recorded < k;
    if (result && item?.parent !== undefined && !live(item.parent)) result = false;
    if (result) {
      for (const other of items) {
        const e = other.event;
        if (
          (e.type === 'retraction' || e.type === 'correction') &&
          e.target === id &&
          other.recorded < k &&
          live(e.id)
        ) {
          result = false;
          break;
        }
      }
    }
    memo.set(id, result);
    return result;
  };
  return live;
}

interface Candidate {
  readonly s: Statement;
  readonly recorded: number;
  readonly via: string | undefined;
}

function order(a: Candidate, b: Candidate): number {
  const sa = spanOf(a.s.statedAt);
  const sb = spanOf(b.s.statedAt);
  if (sa.start !== sb.start) return sa.start - sb.start;
  if (sa.end !== sb.end) return sa.end - sb.end;
  if (a.recorded !== b.recorded) return a.recorded - b.recorded;
  return a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0;
}

function samePosition(a: Statement, b: Statement): boolean {
  return a.stance === b.stance && canon(a.terms ?? null) === canon(b.terms ?? null);
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The naive model: holds normalised events, answers every query by full replay. */
export class ReferenceModel {
  readonly events: readonly LedgerEvent[];
  readonly vocabulary: VocabularyData | undefined;

  constructor(events: readonly LedgerEvent[], vocabulary?: VocabularyData) {
    this.events = events;
    this.vocabulary = vocabulary;
  }

  /** The blocs (from the vocabulary) that list `party` as a member. */
  blocsOf(party: string): string[] {
    return (this.vocabulary?.parties ?? [])
      .filter((p) => p.kind === 'bloc' && (p.members ?? []).includes(party))
      .map((p) => p.id);
  }

  /** §3.3: live statements naming the party (or, with inherit, one of its blocs) and the issue, stated before `t`; oldest first. */
  candidates(party: string, issue: string, t: number, k: number, inherit: boolean): Candidate[] {
    const items = itemsOf(this.events);
    const live = liveAt(items, k);
    // §4: the party's own lane, then (with inherit) one lane per bloc in the vocabulary's order of parties.
    const lanes = [party, ...(inherit ? this.blocsOf(party) : [])];
    const found: Candidate[] = [];
    for (const item of items) {
      const s = item.event;
      if (s.type !== 'statement' || s.issue !== issue || !live(s.id) || !(spanOf(s.statedAt).start < t)) continue;
      // The tie rule between lanes: a statement reaching the party through several lanes counts once,
      // through the first of them; its `via` is that lane's bloc, none for the party's own.
      const lane = lanes.findIndex((l) => s.parties.includes(l));
      if (lane >= 0) found.push({ s, recorded: item.recorded, via: lane === 0 ? undefined : lanes[lane] });
    }
    return found.sort(order);
  }

  /** The sources of one statement, then its live corroborations' sources by (recordedAt, id). */
  evidence(c: Candidate, k: number): ModelEvidence[] {
    const items = itemsOf(this.events);
    const live = liveAt(items, k);
    const entry = (
      event: string,
      source: { readonly document: string; readonly quote?: string | undefined },
    ): ModelEvidence => ({
      event,
      document: source.document,
      ...(source.quote === undefined ? {} : { quote: source.quote }),
      ...(c.via === undefined ? {} : { via: c.via }),
    });
    const list = c.s.sources.map((source) => entry(c.s.id, source));
    const corroborations = items
      .filter((i) => i.event.type === 'corroboration' && i.event.target === c.s.id && live(i.event.id))
      .sort((a, b) => a.recorded - b.recorded || byId(a.event.id, b.event.id));
    for (const i of corroborations) if (i.event.type === 'corroboration') list.push(entry(i.event.id, i.event.source));
    return list;
  }

  /** §3.4–§3.7: one cell, or undefined when there is no candidate. */
  cell(party: string, issue: string, at: Q, knownAt: Q, inherit = false): ModelCell | undefined {
    const t = boundOf(at);
    const k = boundOf(knownAt);
    const candidates = this.candidates(party, issue, t, k, inherit);
    const winner = candidates[candidates.length - 1];
    if (winner === undefined) return undefined;
    let first = candidates.length - 1;
    while (first > 0 && samePosition((candidates[first - 1] as Candidate).s, winner.s)) first--;
    const s = winner.s;
    return {
      party,
      issue,
      stance: s.stance,
      value: VALUE[s.stance],
      since: (candidates[first] as Candidate).s.statedAt,
      tentative: spanOf(s.statedAt).end > t,
      ...(s.terms === undefined ? {} : { terms: s.terms }),
      ...(s.conditions === undefined ? {} : { conditions: s.conditions }),
      statement: s.id,
      evidence: this.evidence(winner, k),
    };
  }

  /** Every (party, issue) that could have a cell: parties and issues named anywhere, plus bloc members. */
  keys(inherit: boolean): Array<[string, string]> {
    const parties = new Set<string>();
    const issues = new Set<string>();
    for (const item of itemsOf(this.events)) {
      if (item.event.type !== 'statement') continue;
      issues.add(item.event.issue);
      for (const p of item.event.parties) parties.add(p);
    }
    if (inherit) for (const p of this.vocabulary?.parties ?? []) for (const m of p.members ?? []) parties.add(m);
    const keys: Array<[string, string]> = [];
    for (const p of [...parties].sort(byId)) for (const i of [...issues].sort(byId)) keys.push([p, i]);
    return keys;
  }

  /** Every known cell at `at` as known at `knownAt`, by party then issue. */
  cells(at: Q, knownAt: Q, inherit = false): ModelCell[] {
    const cells: ModelCell[] = [];
    for (const [p, i] of this.keys(inherit)) {
      const cell = this.cell(p, i, at, knownAt, inherit);
      if (cell) cells.push(cell);
    }
    return cells;
  }

  /** The runs of §3.5 over all candidates (no valid-time bound). */
  timeline(party: string, issue: string, knownAt: Q, inherit = false): ModelTimeline {
    const k = boundOf(knownAt);
    const changes: ModelChange[] = [];
    let previous: Statement | undefined;
    for (const c of this.candidates(party, issue, Infinity, k, inherit)) {
      const last = changes[changes.length - 1];
      if (last === undefined || previous === undefined || !samePosition(previous, c.s)) {
        changes.push({
          stance: c.s.stance,
          value: VALUE[c.s.stance],
          since: c.s.statedAt,
          ...(c.s.terms === undefined ? {} : { terms: c.s.terms }),
          statements: [c.s.id],
          evidence: this.evidence(c, k),
        });
      } else {
        last.statements.push(c.s.id);
        last.evidence.push(...this.evidence(c, k));
      }
      previous = c.s;
    }
    return { party, issue, changes };
  }

  /** Cells whose stance or terms differ between `from` and `to`, one `knownAt` for both. */
  diff(
    from: Q,
    to: Q,
    knownAt: Q,
    inherit = false,
  ): Array<{ party: string; issue: string; before: ModelCell | null; after: ModelCell | null }> {
    const changes = [];
    for (const [party, issue] of this.keys(inherit)) {
      const before = this.cell(party, issue, from, knownAt, inherit) ?? null;
      const after = this.cell(party, issue, to, knownAt, inherit) ?? null;
      if (before === null && after === null) continue;
      if (
        before !== null &&
        after !== null &&
        before.stance === after.stance &&
        canon(before.terms ?? null) === canon(after.terms ?? null)
      )
        continue;
      changes.push({ party, issue, before, after });
    }
    return changes;
  }

  /** Own cells (never inherited) of the parties divergence and alignment compare. */
  compared(at: Q, knownAt: Q): ModelCell[] {
    const kinds = new Map((this.vocabulary?.parties ?? []).map((p) => [p.id, p.kind]));
    return this.cells(at, knownAt, false).filter(
      (c) => this.vocabulary === undefined || kinds.get(c.party) === 'state' || kinds.get(c.party) === 'bloc',
    );
  }

  /** Per issue: stances, spread and verdict. */
  divergence(at: Q, knownAt: Q): ModelDivergence[] {
    const cells = this.compared(at, knownAt);
    const issues = [...new Set(cells.map((c) => c.issue))].sort(byId);
    return issues.map((issue) => {
      const column = cells.filter((c) => c.issue === issue).sort((a, b) => byId(a.party, b.party));
      const values = column.map((c) => c.value);
      const spread = Math.max(...values) - Math.min(...values);
      const anyFor = values.some((v) => v > 0);
      const anyAgainst = values.some((v) => v < 0);
      let verdict: ModelDivergence['verdict'] = 'open';
      if (anyFor && anyAgainst) verdict = 'contested';
      else if (values.length >= 2 && (values.every((v) => v > 0) || values.every((v) => v < 0))) verdict = 'consensus';
      const stances: Record<string, string> = {};
      for (const c of column)
        Object.defineProperty(stances, c.party, {
          value: c.stance,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return { issue, verdict, spread, stances };
    });
  }

  /** For each unordered pair of compared parties (not a bloc with its own member): agree, disagree, other. */
  alignment(at: Q, knownAt: Q): ModelPair[] {
    const cells = this.compared(at, knownAt);
    const parties = [...new Set(cells.map((c) => c.party))].sort(byId);
    const members = (bloc: string) => (this.vocabulary?.parties ?? []).find((p) => p.id === bloc)?.members ?? [];
    const pairs: ModelPair[] = [];
    for (const a of parties) {
      for (const b of parties) {
        if (!(a < b) || members(a).includes(b) || members(b).includes(a)) continue;
        const pair: ModelPair = { parties: [a, b], agree: [], disagree: [], other: [] };
        for (const ca of cells.filter((c) => c.party === a).sort((x, y) => byId(x.issue, y.issue))) {
          const cb = cells.find((c) => c.party === b && c.issue === ca.issue);
          if (cb === undefined) continue;
          if ((ca.value > 0 && cb.value > 0) || (ca.value < 0 && cb.value < 0)) pair.agree.push(ca.issue);
          else if ((ca.value > 0 && cb.value < 0) || (ca.value < 0 && cb.value > 0)) pair.disagree.push(ca.issue);
          else pair.other.push(ca.issue);
        }
        pairs.push(pair);
      }
    }
    return pairs;
  }

  /** The ids of the statements a user projection sees: live, known, stated before `at`, in the fold's order. */
  projected(at: Q, knownAt: Q): string[] {
    const t = boundOf(at);
    const items = itemsOf(this.events);
    const live = liveAt(items, boundOf(knownAt));
    const found: Candidate[] = [];
    for (const item of items) {
      const s = item.event;
      if (s.type === 'statement' && live(s.id) && spanOf(s.statedAt).start < t)
        found.push({ s, recorded: item.recorded, via: undefined });
    }
    return found.sort(order).map((c) => c.s.id);
  }
}
