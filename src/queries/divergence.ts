import type { LedgerReader } from '../ledger/reader.js';
import { compareIds } from '../ledger/entry.js';
import type { Stance } from '../vocabulary/index.js';
import { comparedCells } from './parties-compared.js';

/**
 * `contested`: some side for and some against; `consensus`: two or more sides, all for or all against; else `open`.
 *
 * @example
 * ledger.divergence('2025-12-31').map((d) => d.verdict); //=> ['contested', 'open', 'consensus', …]
 */
export type Verdict = 'contested' | 'consensus' | 'open';

/**
 * Where the parties stand on one issue at one date.
 *
 * @example
 * ledger.divergence('2025-12-31').filter((d) => d.verdict === 'contested').map((d) => d.issue);
 */
export interface IssueDivergence {
  /** The issue. */
  readonly issue: string;
  /** `contested`, `consensus` or `open`. */
  readonly verdict: Verdict;
  /** Highest minus lowest stance value (0 for a single party). */
  readonly spread: number;
  /** Each compared party's stance, keyed by party id in party order. */
  readonly stances: Readonly<Record<string, Stance>>;
}

/** Per issue, the compared parties' stances, their spread and a verdict, in issue order. */
export function divergenceOf(reader: LedgerReader, t: number, k: number): readonly IssueDivergence[] {
  const byIssue = new Map<string, Array<{ party: string; stance: Stance; value: number }>>();
  for (const cell of comparedCells(reader, t, k)) {
    const list = byIssue.get(cell.issue) ?? [];
    list.push({ party: cell.party, stance: cell.stance, value: cell.value });
    byIssue.set(cell.issue, list);
  }
  const result: IssueDivergence[] = [];
  for (const issue of [...byIssue.keys()].sort(compareIds)) {
    const cells = byIssue.get(issue) ?? [];
    const values = cells.map((c) => c.value);
    const spread = Math.max(...values) - Math.min(...values);
    const anyFor = values.some((v) => v > 0);
    const anyAgainst = values.some((v) => v < 0);
    const verdict: Verdict =
      anyFor && anyAgainst
        ? 'contested'
        : values.length >= 2 && (values.every((v) => v > 0) || values.every((v) => v < 0))
          ? 'consensus'
          : 'open';
    // fromEntries defines own properties, so an id such as 'constructor' is an ordinary key.
    const stances = Object.freeze(Object.fromEntries(cells.map((c) => [c.party, c.stance])));
    result.push(Object.freeze({ issue, verdict, spread, stances }));
  }
  return Object.freeze(result);
}
