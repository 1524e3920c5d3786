import { checkDate, queryOptions } from '../arguments.js';
import { NameResolver } from '../name-resolver.js';
import { alignmentJson } from '../contract.js';
import { loadData } from '../load-data.js';
import type { QueryOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { renderTable } from '../output/table.js';

/**
 * The flags of `positions alignment`.
 *
 * @example
 * const flags: AlignmentFlags = { at: '2025-12-31', party: ['Kyiv'], format: 'table' };
 */
export interface AlignmentFlags extends QueryOptions {
  readonly at: string;
  readonly party: readonly string[];
}

/**
 * `positions alignment --at DATE`: for each pair of states and blocs, the issues they agree and disagree on.
 *
 * @example
 * await runAlignment({ at: '2025-12-31', party: ['Kyiv'], format: 'csv' });
 */
export async function runAlignment(flags: AlignmentFlags): Promise<void> {
  const at = checkDate('--at', flags.at);
  const { knownAt } = queryOptions(flags);
  const { questions, vocabulary } = await loadData(flags.data);
  const names = await NameResolver.create({ questions, vocabulary });
  const parties = new Set(flags.party.map((p) => names.party(p)));
  const pairs = (await questions.alignment(at, knownAt === undefined ? {} : { knownAt })).filter(
    (p) => parties.size === 0 || p.parties.some((x) => parties.has(x)),
  );

  print(flags.format, {
    json: () => alignmentJson(at, pairs),
    csv: () =>
      csvDocument(
        ['party_a', 'party_b', 'issue', 'relation'],
        pairs.flatMap(({ parties: [a, b], agree, disagree, other }) => [
          ...agree.map((issue) => [a, b, issue, 'agree']),
          ...disagree.map((issue) => [a, b, issue, 'disagree']),
          ...other.map((issue) => [a, b, issue, 'other']),
        ]),
      ),
    table: () => {
      const known = knownAt === undefined ? '' : `, as known at ${knownAt}`;
      const rows = pairs.map(({ parties: [a, b], agree, disagree, other }) => [
        a,
        b,
        String(agree.length),
        String(disagree.length),
        String(other.length),
        disagree.join(' '),
      ]);
      const columns = [
        { header: 'party a' },
        { header: 'party b' },
        { header: 'agree', right: true },
        { header: 'disagree', right: true },
        { header: 'other', right: true },
        { header: 'disagree on' },
      ];
      const head = `Alignment at ${at}${known}: ${pairs.length} pairs (issues where both have a position)`;
      return `${head}\n${renderTable(columns, rows)}`;
    },
  });
}
