import type { Ledger, LedgerEvent, QueryTime, Statement, VocabularyData } from '../index.js';
import { parseFuzzyTime, queryBound } from '../time/index.js';
import { DEFAULT_TOPICS, Vocabulary } from '../vocabulary/index.js';
import { dayOf, startOfYearBefore } from './page/days.js';
import type { ReportData, ReportDocument, ReportIssue, ReportParty } from './page/report-data.js';

/**
 * What a report is made of: the ledger, and optionally its vocabulary and source documents (as
 * `readDataset()` gives them).
 *
 * @example
 * const input: ReportInput = await readDataset(); // { ledger, vocabulary, documents, folder }
 */
export interface ReportInput {
  /** The events to show. */
  readonly ledger: Ledger;
  /** Names parties and issues and groups issues by topic; default: the ledger's own. */
  readonly vocabulary?: Vocabulary | VocabularyData | undefined;
  /** Titles the evidence's source documents. */
  readonly documents?: readonly ReportDocument[] | undefined;
}

/**
 * Where the page opens and what it is called.
 *
 * @example
 * const options: ReportOptions = {
 *   at: '2025-12-31', knownAt: '2025-12-07', title: 'As the record stood on 7 December',
 * };
 */
export interface ReportOptions {
  /** The valid time T the page opens on; default: the last day of the data. Read to whole days. */
  readonly at?: QueryTime | undefined;
  /** The knowledge time K the page opens on; default: everything recorded. Read to whole days. */
  readonly knownAt?: QueryTime | undefined;
  /** The page's heading; default "Positions". */
  readonly title?: string | undefined;
}

const UNGROUPED = { id: 'other', title: 'Issues' };

/**
 * The data a report page embeds, with the days its controls open on and range over.
 *
 * @throws {InvalidTimeError} when `at` or `knownAt` is not a query time.
 * @example
 * buildReportData(await readDataset(), { at: '2025-12-31' }).at; //=> '2025-12-31'
 */
export function buildReportData(input: ReportInput, options: ReportOptions = {}): ReportData {
  const events = input.ledger.events();
  const vocabularyData = toData(input.vocabulary ?? input.ledger.vocabulary);
  const statements = events.flatMap((e): Statement[] =>
    e.type === 'statement' ? [e] : e.type === 'correction' ? [e.replacement as Statement] : [],
  );
  // A query time is read to its day: the page's controls hold days, and U(day) covers the whole day.
  const at = options.at === undefined ? undefined : dayOf(queryBound(options.at) - 1);
  const knownAt = options.knownAt === undefined ? undefined : dayOf(queryBound(options.knownAt) - 1);
  const { first, last } = span(events, statements, [at, knownAt]);
  return {
    title: options.title ?? 'Positions',
    at: at ?? last,
    knownAt: knownAt ?? last,
    first,
    last,
    vocabulary: vocabularyData,
    ...rowsAndColumns(vocabularyData, statements),
    documents: (input.documents ?? []).map(({ id, title, publishedAt, precision, url }) => ({
      id,
      title,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(precision === undefined ? {} : { precision }),
      ...(url === undefined ? {} : { url }),
    })),
    events,
  };
}

function toData(vocabulary: Vocabulary | VocabularyData | undefined): VocabularyData | null {
  if (vocabulary === undefined) return null;
  return vocabulary instanceof Vocabulary ? vocabulary.toJSON() : vocabulary;
}

// The charts show the year of the talks up to the last record; a statement stated "since 2022"
// reaches in from the left edge rather than stretching the axis over years with nothing in them.
function span(
  events: readonly LedgerEvent[],
  statements: readonly Statement[],
  asked: ReadonlyArray<string | undefined>,
): { first: string; last: string } {
  let lastMs = -Infinity;
  let firstMs = Infinity;
  for (const e of events) lastMs = Math.max(lastMs, Date.parse(e.recordedAt));
  for (const s of statements) {
    const time = parseFuzzyTime(s.statedAt);
    firstMs = Math.min(firstMs, time.start);
    lastMs = Math.max(lastMs, time.end - 1);
  }
  const days = asked.filter((d): d is string => d !== undefined);
  let last = lastMs === -Infinity ? (days[0] ?? dayOf(Date.now())) : dayOf(lastMs);
  const yearBefore = startOfYearBefore(last, 365);
  // Days in ISO form compare as strings in calendar order.
  let first = yearBefore;
  if (firstMs !== Infinity && dayOf(firstMs) > first) first = dayOf(firstMs);
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return { first, last };
}

function rowsAndColumns(
  vocabulary: VocabularyData | null,
  statements: readonly Statement[],
): Pick<ReportData, 'parties' | 'issues' | 'topics'> {
  if (vocabulary !== null) {
    const used = new Set(vocabulary.issues.map((i) => i.topic));
    return {
      parties: vocabulary.parties.map(({ id, name, kind }) => ({ id, name, kind })),
      issues: vocabulary.issues.map(({ id, title, proposition, topic }) => ({ id, title, proposition, topic })),
      topics: (vocabulary.topics ?? DEFAULT_TOPICS)
        .filter((t) => used.has(t.id))
        .map(({ id, title }) => ({ id, title })),
    };
  }
  // Without a vocabulary, ids are all there is: name rows and columns after them.
  const parties = new Map<string, ReportParty>();
  const issues = new Map<string, ReportIssue>();
  for (const s of statements) {
    for (const p of s.parties) if (!parties.has(p)) parties.set(p, { id: p, name: p, kind: 'state' });
    if (!issues.has(s.issue))
      issues.set(s.issue, { id: s.issue, title: s.issue, proposition: '', topic: UNGROUPED.id });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { parties: [...parties.values()].sort(byId), issues: [...issues.values()].sort(byId), topics: [UNGROUPED] };
}
