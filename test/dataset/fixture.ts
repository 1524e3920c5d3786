/**
 * The bundled dataset as the tests see it: the folded ledger from `readDataset`, and the raw
 * files beside it (events line by line, source documents, the question table) so that tests can
 * check what the fold does not keep, such as line numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDatasetFolder, readDataset, type Dataset } from '../../src/dataset/index.js';
import { parseFuzzyTime } from '../../src/index.js';
import type { Correction, Corroboration, LedgerEvent, Statement } from '../../src/index.js';

/** The dataset folder under test. */
export const folder = bundledDatasetFolder();

/** Reads one file of the dataset folder. */
export function datasetFile(name: string): string {
  return readFileSync(join(folder, name), 'utf8');
}

/** `events.ndjson` as raw JSON values, with their 1-based line numbers (blank lines skipped). */
export function rawEventLines(): { line: number; text: string; value: Record<string, unknown> }[] {
  return datasetFile('events.ndjson')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ line, text }) => ({ line, text, value: JSON.parse(text) as Record<string, unknown> }));
}

/** One question of `questions.json`. */
export interface Question {
  readonly id: string;
  readonly question: string;
  readonly party: string;
  readonly issue: string;
  readonly at: string;
  readonly knownAt: string | null;
  readonly expected: string | null;
  readonly expectedTerms?: Record<string, string | number | boolean>;
  /** The cell's evidence, `{ event, document }` in order, where the question is about which report an answer rests on. */
  readonly expectedEvidence?: readonly { readonly event: string; readonly document: string }[];
  /** Whether the cell is tentative, where the question is about it. */
  readonly expectedTentative?: boolean;
  /** The fixes, additions and statements of the dataset (event ids) the question checks. */
  readonly covers?: readonly string[];
  readonly document: string;
  readonly why: string;
}

/** The question table. */
export function questions(): Question[] {
  return JSON.parse(datasetFile('questions.json')) as Question[];
}

let loaded: Promise<Dataset> | undefined;
/** The dataset read once per test file. */
export function dataset(): Promise<Dataset> {
  loaded ??= readDataset(folder);
  return loaded;
}

/** The statements of a ledger's events. */
export function statementsOf(events: readonly LedgerEvent[]): Statement[] {
  return events.filter((e): e is Statement => e.type === 'statement');
}

/** The corrections of a ledger's events. */
export function correctionsOf(events: readonly LedgerEvent[]): Correction[] {
  return events.filter((e): e is Correction => e.type === 'correction');
}

/**
 * Every statement the events hold, live or not: the statements, then the corrections' replacements,
 * each recorded at its correction's `recordedAt` (docs/design.md §1.4).
 */
export function everyStatementOf(events: readonly LedgerEvent[]): Statement[] {
  const replacements = correctionsOf(events).map(
    (c): Statement => ({ ...c.replacement, type: 'statement', recordedAt: c.recordedAt }),
  );
  return [...statementsOf(events), ...replacements];
}

/**
 * The ids of the live events, written out here from the rule and not taken from the ledger
 * (docs/design.md §3.2): an event is live unless a live retraction or a live correction targets it,
 * and a correction's replacement is live exactly when its correction is.
 */
export function liveIdsOf(events: readonly LedgerEvent[]): Set<string> {
  const killers = new Map<string, string[]>();
  const carrier = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'retraction' || e.type === 'correction')
      killers.set(e.target, [...(killers.get(e.target) ?? []), e.id]);
    if (e.type === 'correction') carrier.set(e.replacement.id, e.id);
  }
  const memo = new Map<string, boolean>();
  // Targets are recorded no later than what targets them and loops are refused, so the walk ends.
  const isLive = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const correction = carrier.get(id);
    const live = correction === undefined ? !(killers.get(id) ?? []).some((k) => isLive(k)) : isLive(correction);
    memo.set(id, live);
    return live;
  };
  const ids = [...events.map((e) => e.id), ...carrier.keys()];
  return new Set(ids.filter((id) => isLive(id)));
}

/** The live statements (replacements included): what every query of the dataset sees. */
export function liveStatementsOf(events: readonly LedgerEvent[]): Statement[] {
  const live = liveIdsOf(events);
  return everyStatementOf(events).filter((s) => live.has(s.id));
}

/** The live corroborations whose target is live: the ones that show as evidence. */
export function liveCorroborationsOf(events: readonly LedgerEvent[]): Corroboration[] {
  const live = liveIdsOf(events);
  return corroborationsOf(events).filter((c) => live.has(c.id) && live.has(c.target));
}

/** The corroborations of a ledger's events. */
export function corroborationsOf(events: readonly LedgerEvent[]): Corroboration[] {
  return events.filter((e): e is Corroboration => e.type === 'corroboration');
}

/** The first instant (UTC, `YYYY-MM-DDThh:mm:ss.sssZ`) of a fuzzy time: a document's date at 00:00Z. */
export function startOf(fuzzy: string): string {
  return new Date(parseFuzzyTime(fuzzy).start).toISOString();
}
