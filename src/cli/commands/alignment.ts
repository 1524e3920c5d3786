import { atText, checkDate, queryAt, queryOptions } from '../arguments.js';
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
  /** The date asked about; default: the last day the statements reach. */
  readonly at?: string;
  readonly party: readonly string[];
}

/**
 * `positions alignment [--at DATE] [--party ID]…`: for each pair of states and blocs, the issues they agree
 * and disagree on. One `--party` keeps the pairs that include it; several keep the pairs among them.
 *
 * @example
 * await runAlignment({ at: '2025-12-31', party: ['Kyiv'], format: 'csv' });
 */
export async function runAlignment(flags: AlignmentFlags): Promise<void> {
  if (flags.at !== undefined) checkDate('--at', flags.at);
  const { knownAt } = queryOptions(flags);
  const { questions, vocabulary } = await loadData(flags.data);
  const asked = await queryAt(flags.at, questions, knownAt);
  const { at } = asked;
  const names = await NameResolver.create({ questions, vocabulary });
  const parties = new Set(flags.party.map((p) => names.party(p)));
  const pairs = (await questions.alignment(at, knownAt === undefined ? {} : { knownAt })).filter((p) =>
    parties.size === 0
      ? true
      : parties.size === 1
        ? p.parties.some((x) => parties.has(x))
        : p.parties.every((x) => parties.has(x)),
  );

  print(flags.format, {
    json: () => alignmentJson(at, pairs),
    csv: () =>
      csvDocument(
        ['at', 'known_at', 'party_a', 'party_b', 'issue', 'relation'],
        pairs.flatMap(({ parties: [a, b], agree, disagree, other }) =>
          [
            ...agree.map((issue) => [a, b, issue, 'agree']),
            ...disagree.map((issue) => [a, b, issue, 'disagree']),
            ...other.map((issue) => [a, b, issue, 'other']),
          ].map((row) => [at, knownAt ?? '', ...row]),
        ),
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
      const head = `Alignment at ${atText(asked)}${known}: ${pairs.length} pairs (issues where both have a position)`;
      return `${head}\n${renderTable(columns, rows)}`;
    },
  });
}
