/** The plain shapes the reference model answers in; they mirror the ledger's public result types. */

/** One piece of evidence. */
export interface ModelEvidence {
  event: string;
  document: string;
  quote?: string;
  via?: string;
}

/** One cell. */
export interface ModelCell {
  party: string;
  issue: string;
  stance: 'demands' | 'supports' | 'neutral' | 'opposes' | 'rejects';
  value: number;
  since: string;
  tentative: boolean;
  terms?: unknown;
  conditions?: string;
  statement: string;
  evidence: ModelEvidence[];
}

/** One run of a timeline. */
export interface ModelChange {
  stance: string;
  value: number;
  since: string;
  terms?: unknown;
  statements: string[];
  evidence: ModelEvidence[];
}

/** A timeline. */
export interface ModelTimeline {
  party: string;
  issue: string;
  changes: ModelChange[];
}

/** Divergence on one issue. */
export interface ModelDivergence {
  issue: string;
  verdict: 'contested' | 'consensus' | 'open';
  spread: number;
  stances: Record<string, string>;
}

/** Alignment of one pair. */
export interface ModelPair {
  parties: [string, string];
  agree: string[];
  disagree: string[];
  other: string[];
}
