import type { LedgerReader } from '../ledger/reader.js';
import { compareIds } from '../ledger/entry.js';
import { comparedCells } from './parties-compared.js';

/**
 * How two parties' positions line up at one date.
 *
 * @example
 * const pair = ledger.alignment('2025-12-31').find((p) => p.parties[0] === 'russia' && p.parties[1] === 'ukraine');
 * pair?.disagree.includes('ceasefire-before-settlement'); //=> true
 */
export interface PairAlignment {
  /** The two parties, in id order. */
  readonly parties: readonly [string, string];
  /** Issues where both are for, or both against. */
  readonly agree: readonly string[];
  /** Issues where one is for and the other against. */
  readonly disagree: readonly string[];
  /** Issues where both have a position and at least one is neutral. */
  readonly other: readonly string[];
}

/**
 * For each unordered pair of compared parties (a bloc is not paired with its own members),
 * the issues where both have a position, split into agree, disagree and other.
 */
export function alignmentOf(reader: LedgerReader, t: number, k: number): readonly PairAlignment[] {
  const values = new Map<string, Map<string, number>>();
  for (const cell of comparedCells(reader, t, k)) {
    const row = values.get(cell.party) ?? new Map<string, number>();
    row.set(cell.issue, cell.value);
    values.set(cell.party, row);
  }
  const parties = [...values.keys()].sort(compareIds);
  const vocabulary = reader.vocabulary;
  const isMemberOf = (member: string, bloc: string) => vocabulary?.party(bloc)?.members?.includes(member) === true;
  const pairs: PairAlignment[] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const a = parties[i] as string;
      const b = parties[j] as string;
      if (isMemberOf(a, b) || isMemberOf(b, a)) continue;
      const rowA = values.get(a) as Map<string, number>;
      const rowB = values.get(b) as Map<string, number>;
      const agree: string[] = [];
      const disagree: string[] = [];
      const other: string[] = [];
      for (const issue of [...rowA.keys()].sort(compareIds)) {
        const vb = rowB.get(issue);
        if (vb === undefined) continue;
        const va = rowA.get(issue) as number;
        if ((va > 0 && vb > 0) || (va < 0 && vb < 0)) agree.push(issue);
        else if ((va > 0 && vb < 0) || (va < 0 && vb > 0)) disagree.push(issue);
        else other.push(issue);
      }
      pairs.push(
        Object.freeze({
          parties: Object.freeze([a, b] as const),
          agree: Object.freeze(agree),
          disagree: Object.freeze(disagree),
          other: Object.freeze(other),
        }),
      );
    }
  }
  return Object.freeze(pairs);
}
