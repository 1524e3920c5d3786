import type { LedgerReader } from '../ledger/reader.js';
import { compareIds, divergenceVerdict, stanceSpread, type Stance } from '../rules/index.js';
import { comparedCells } from './compared-cells.js';
import type { IssueDivergence } from './issue-divergence.js';

/** Per issue (docs/design.md §6.4), the compared parties' stances, their spread and a verdict, in issue order. */
export function divergenceOf(reader: LedgerReader, t: number, k: number): readonly IssueDivergence[] {
  return divergenceOfCells(comparedCells(reader, t, k));
}

/**
 * {@link divergenceOf} over compared cells however they were folded (the SQL fold's, for one), given in
 * (party, issue) order: the order of each issue's `stances`.
 */
export function divergenceOfCells(
  cells: Iterable<{ readonly party: string; readonly issue: string; readonly stance: Stance; readonly value: number }>,
): readonly IssueDivergence[] {
  const byIssue = new Map<string, Array<{ party: string; stance: Stance; value: number }>>();
  for (const cell of cells) {
    const list = byIssue.get(cell.issue) ?? [];
    list.push({ party: cell.party, stance: cell.stance, value: cell.value });
    byIssue.set(cell.issue, list);
  }
  const result: IssueDivergence[] = [];
  for (const issue of [...byIssue.keys()].sort(compareIds)) {
    const cells = byIssue.get(issue) ?? [];
    const values = cells.map((c) => c.value);
    // fromEntries defines own properties, so an id such as 'constructor' is an ordinary key.
    const stances = Object.freeze(Object.fromEntries(cells.map((c) => [c.party, c.stance])));
    result.push(Object.freeze({ issue, verdict: divergenceVerdict(values), spread: stanceSpread(values), stances }));
  }
  return Object.freeze(result);
}
