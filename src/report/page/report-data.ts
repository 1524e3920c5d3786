import type { LedgerEvent, VocabularyData } from '../../index.js';

/**
 * A party as the page lists it (a column of the matrix).
 *
 * @example
 * const party: ReportParty = { id: 'ukraine', name: 'Ukraine', kind: 'state' };
 */
export interface ReportParty {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/**
 * An issue as the page lists it (a row of the matrix).
 *
 * @example
 * const issue: ReportIssue = {
 *   id: 'ukraine-in-nato', title: 'Ukraine in NATO', proposition: 'Ukraine may join NATO.', topic: 'alliances',
 * };
 */
export interface ReportIssue {
  readonly id: string;
  readonly title: string;
  readonly proposition: string;
  readonly topic: string;
}

/**
 * A topic as the page groups issues under it.
 *
 * @example
 * const topic: ReportTopic = { id: 'security', title: 'Security' };
 */
export interface ReportTopic {
  readonly id: string;
  readonly title: string;
}

/**
 * A source document, for the evidence panel.
 *
 * @example
 * const doc: ReportDocument = {
 *   id: '002_6b334276d8319bd6', title: 'London talks…', publishedAt: '2025-04-23', precision: 'day',
 * };
 */
export interface ReportDocument {
  readonly id: string;
  readonly title: string;
  readonly publishedAt?: string | undefined;
  readonly precision?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * Everything the page needs, embedded as JSON: the events it folds with the library's own `Ledger`,
 * the vocabulary it checks them against, and the days its controls start on and range over.
 *
 * @example
 * const data: ReportData = JSON.parse(document.getElementById('report-data')!.textContent!);
 * new Ledger({ vocabulary: data.vocabulary ?? undefined }).append(data.events);
 */
export interface ReportData {
  /** The page's heading. */
  readonly title: string;
  /** The valid time T the page opens on (`YYYY-MM-DD`). */
  readonly at: string;
  /** The knowledge time K the page opens on (`YYYY-MM-DD`). */
  readonly knownAt: string;
  /** First day of the date controls and charts. */
  readonly first: string;
  /** Last day of the date controls and charts. */
  readonly last: string;
  /** The vocabulary the ledger checks events against; null when the ledger has none. */
  readonly vocabulary: VocabularyData | null;
  /** Matrix columns, in order. */
  readonly parties: readonly ReportParty[];
  /** Matrix rows, in order, grouped by `topics`. */
  readonly issues: readonly ReportIssue[];
  /** Topics in display order. */
  readonly topics: readonly ReportTopic[];
  /** Source documents by which evidence is titled. */
  readonly documents: readonly ReportDocument[];
  /** Every event of the ledger, as `ledger.events()` gives them. */
  readonly events: readonly LedgerEvent[];
}
