import type { Evidence, LedgerEvent } from '../../index.js';
import { joinedCell } from './print.js';

/**
 * What `--show` may add to an answer: the summary of the statement behind each row, and the quotes of
 * its evidence.
 *
 * @example
 * SHOWN.includes('quote'); //=> true
 */
export const SHOWN = ['summary', 'quote'] as const;

/**
 * One of `summary` and `quote`.
 *
 * @example
 * const shown: Shown = 'summary';
 */
export type Shown = (typeof SHOWN)[number];

/**
 * The summary the coder wrote for a statement, if `events` holds it.
 *
 * @example
 * summaryOf(await questions.events([cell.statement]), cell.statement); //=> 'Moscow turned down the 30-day truce, …'
 */
export function summaryOf(events: ReadonlyMap<string, LedgerEvent>, id: string): string | undefined {
  const event = events.get(id);
  return event?.type === 'statement' ? event.summary : undefined;
}

/**
 * The quotes of a list of evidence, in order, each once, joined by `;` for one CSV cell.
 *
 * @example
 * quotesCell([{ event: 'e', document: 'd', quote: 'root causes' }, { event: 'c', document: 'f' }]); //=> 'root causes'
 */
export function quotesCell(evidence: readonly Evidence[]): string {
  return joinedCell(evidence.flatMap((e) => (e.quote === undefined ? [] : [e.quote])));
}

/**
 * The lines a table prints under a row for `--show`: `summary: …`, then `quote: "…" (source title)` for
 * each quote of the evidence.
 *
 * @example
 * saidLines(['summary', 'quote'], 'Putin named NATO enlargement a root cause.',
 *   [{ event: 'e', document: 'd', quote: 'root causes' }], new Map([['d', 'London talks']]));
 * //=> ['summary: Putin named NATO enlargement a root cause.', 'quote: "root causes" (London talks)']
 */
export function saidLines(
  shown: readonly Shown[],
  summary: string | undefined,
  evidence: readonly Evidence[],
  titles: ReadonlyMap<string, string>,
): string[] {
  const lines: string[] = [];
  if (shown.includes('summary') && summary !== undefined) lines.push(`summary: ${summary}`);
  if (shown.includes('quote')) {
    const seen = new Set<string>();
    for (const { quote, document } of evidence) {
      const line = `quote: "${quote}" (${titles.get(document) ?? document})`;
      if (quote !== undefined && !seen.has(line)) lines.push(line);
      seen.add(line);
    }
  }
  return lines;
}

/**
 * The summaries of these statements, by id, asked of the data in one call.
 *
 * @example
 * const summaries = await summariesOf(questions, cells.map((c) => c.statement));
 */
export async function summariesOf(
  questions: { events(ids: Iterable<string>): Promise<ReadonlyMap<string, LedgerEvent>> },
  ids: Iterable<string>,
): Promise<Map<string, string>> {
  const events = await questions.events(new Set(ids));
  const summaries = new Map<string, string>();
  for (const id of events.keys()) {
    const summary = summaryOf(events, id);
    if (summary !== undefined) summaries.set(id, summary);
  }
  return summaries;
}
