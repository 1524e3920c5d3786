/**
 * The JSON contract of docs/cli.md (the queries of docs/design.md §6), built from the reference model's
 * answers (test/support/reference-model.ts), never from the library's: what `positions … --format json`
 * must print.
 */
import type {
  ModelCell,
  ModelDivergence,
  ModelEvidence,
  ModelPair,
  ModelTimeline,
} from '../../support/reference-model.js';

/** One change of a diff, as the reference model answers it. */
export interface ModelCellChange {
  readonly party: string;
  readonly issue: string;
  readonly before: ModelCell | null;
  readonly after: ModelCell | null;
}

export const EVIDENCE_KEYS = ['event', 'document', 'quote', 'via'];
export const STANCE_KEYS = ['party', 'issue', 'stance', 'value', 'since', 'tentative', 'terms', 'evidence'];
export const CHANGE_KEYS = ['stance', 'value', 'since', 'terms', 'evidence'];

function evidence(e: ModelEvidence): Record<string, unknown> {
  const out: Record<string, unknown> = { event: e.event, document: e.document };
  if (e.quote !== undefined) out['quote'] = e.quote;
  if (e.via !== undefined) out['via'] = e.via;
  return out;
}

export function expectedStances(at: string, knownAt: string | null, cells: readonly ModelCell[]): unknown {
  return {
    at,
    knownAt,
    stances: cells.map((c) => {
      const out: Record<string, unknown> = {
        party: c.party,
        issue: c.issue,
        stance: c.stance,
        value: c.value,
        since: c.since,
        tentative: c.tentative,
      };
      if (c.terms !== undefined) out['terms'] = { ...(c.terms as object) };
      out['evidence'] = c.evidence.map(evidence);
      return out;
    }),
  };
}

export function expectedTimeline(t: ModelTimeline): unknown {
  return {
    party: t.party,
    issue: t.issue,
    changes: t.changes.map((c) => {
      const out: Record<string, unknown> = { stance: c.stance, value: c.value, since: c.since };
      if (c.terms !== undefined) out['terms'] = { ...(c.terms as object) };
      out['evidence'] = c.evidence.map(evidence);
      return out;
    }),
  };
}

export function expectedDiff(from: string, to: string, changes: readonly ModelCellChange[]): unknown {
  return {
    from,
    to,
    changes: changes.map((c) => ({
      party: c.party,
      issue: c.issue,
      before: c.before?.stance ?? null,
      after: c.after?.stance ?? null,
    })),
  };
}

export function expectedDivergence(at: string, issues: readonly ModelDivergence[]): unknown {
  return {
    at,
    issues: issues.map((d) => ({ issue: d.issue, verdict: d.verdict, spread: d.spread, stances: { ...d.stances } })),
  };
}

export function expectedAlignment(at: string, pairs: readonly ModelPair[]): unknown {
  return {
    at,
    pairs: pairs.map((p) => ({
      parties: [...p.parties],
      agree: [...p.agree],
      disagree: [...p.disagree],
      other: [...p.other],
    })),
  };
}

/** Rows of a `positions` table: the lines after the header, split on runs of two or more spaces. */
export function tableRows(text: string, header: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  if (start === -1) throw new Error(`no header line starting with '${header}' in:\n${text}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    rows.push(line.trim().split(/ {2,}/));
  }
  return rows;
}
