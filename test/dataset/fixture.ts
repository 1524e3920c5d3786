/**
 * The bundled dataset as the tests see it: the folded ledger from `readDataset`, and the raw
 * files beside it (events line by line, source documents, the question table) so that tests can
 * check what the fold does not keep, such as line numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDatasetFolder, readDataset, type Dataset } from '../../src/dataset/index.js';
import { parseFuzzyTime } from '../../src/index.js';
import type { Corroboration, LedgerEvent, Statement } from '../../src/index.js';

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

/** The corroborations of a ledger's events. */
export function corroborationsOf(events: readonly LedgerEvent[]): Corroboration[] {
  return events.filter((e): e is Corroboration => e.type === 'corroboration');
}

/** The first instant (UTC, `YYYY-MM-DDThh:mm:ss.sssZ`) of a fuzzy time: a document's date at 00:00Z. */
export function startOf(fuzzy: string): string {
  return new Date(parseFuzzyTime(fuzzy).start).toISOString();
}
