import type { LedgerReader } from '../ledger/reader.js';
import { agreement, compareIds, isComparedPair, type Agreement } from '../rules/index.js';
import type { Vocabulary } from '../vocabulary/index.js';
import { comparedCells } from './compared-cells.js';
import type { PairAlignment } from './pair-alignment.js';

/**
 * For each unordered pair of compared parties (docs/design.md §6.5; `isComparedPair`), the issues where
 * both have a position, split by `agreement` into agree, disagree and other.
 */
export function alignmentOf(reader: LedgerReader, t: number, k: number): readonly PairAlignment[] {
  return alignmentOfCells(comparedCells(reader, t, k), reader.vocabulary);
}

/** {@link alignmentOf} over compared cells however they were folded (the SQL fold's, for one), in any order. */
export function alignmentOfCells(
  cells: Iterable<{ readonly party: string; readonly issue: string; readonly value: number }>,
  vocabulary: Vocabulary | undefined,
): readonly PairAlignment[] {
  const values = new Map<string, Map<string, number>>();
  for (const cell of cells) {
    const ofParty = values.get(cell.party) ?? new Map<string, number>();
    ofParty.set(cell.issue, cell.value);
    values.set(cell.party, ofParty);
  }
  const parties = [...values.keys()].sort(compareIds);
  const membersOf = (party: string) => vocabulary?.party(party)?.members;
  const pairs: PairAlignment[] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const a = parties[i] as string;
      const b = parties[j] as string;
      if (!isComparedPair(a, b, membersOf)) continue;
      const ofA = values.get(a) as Map<string, number>;
      const ofB = values.get(b) as Map<string, number>;
      const issues: Record<Agreement, string[]> = { agree: [], disagree: [], other: [] };
      for (const issue of [...ofA.keys()].sort(compareIds)) {
        const vb = ofB.get(issue);
        if (vb !== undefined) issues[agreement(ofA.get(issue) as number, vb)].push(issue);
      }
      pairs.push(
        Object.freeze({
          parties: Object.freeze([a, b] as const),
          agree: Object.freeze(issues.agree),
          disagree: Object.freeze(issues.disagree),
          other: Object.freeze(issues.other),
        }),
      );
    }
  }
  return Object.freeze(pairs);
}
