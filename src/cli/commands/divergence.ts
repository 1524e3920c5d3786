import { stanceValue } from '../../index.js';
import { atText, checkDate, queryAt, queryOptions } from '../arguments.js';
import { NameResolver } from '../name-resolver.js';
import { divergenceJson } from '../contract.js';
import { loadData } from '../load-data.js';
import type { QueryOptions } from '../options.js';
import { stancePainter, wantsColour } from '../output/colour.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { renderTable } from '../output/table.js';

/**
 * The flags of `positions divergence`.
 *
 * @example
 * const flags: DivergenceFlags = { at: '2025-12-31', issue: [], knownAt: '2025-12-07', format: 'csv' };
 */
export interface DivergenceFlags extends QueryOptions {
  /** The date asked about; default: the last day the statements reach. */
  readonly at?: string;
  readonly issue: readonly string[];
}

/**
 * `positions divergence [--at DATE]`: per issue, the states' and blocs' stances, their spread and a verdict.
 *
 * @example
 * await runDivergence({ at: '2025-12-31', issue: [], format: 'table' });
 */
export async function runDivergence(flags: DivergenceFlags): Promise<void> {
  if (flags.at !== undefined) checkDate('--at', flags.at);
  const { knownAt } = queryOptions(flags);
  const { questions, vocabulary } = await loadData(flags.data);
  const asked = await queryAt(flags.at, questions, knownAt);
  const { at } = asked;
  const names = await NameResolver.create({ questions, vocabulary });
  const issues = new Set(flags.issue.map((i) => names.issue(i)));
  const rows = (await questions.divergence(at, knownAt === undefined ? {} : { knownAt })).filter(
    (d) => issues.size === 0 || issues.has(d.issue),
  );

  print(flags.format, {
    json: () => divergenceJson(at, rows),
    csv: () =>
      csvDocument(
        ['at', 'known_at', 'issue', 'verdict', 'spread', 'party', 'stance', 'value'],
        rows.flatMap((d) =>
          Object.entries(d.stances).map(([party, stance]) => [
            at,
            knownAt ?? '',
            d.issue,
            d.verdict,
            d.spread,
            party,
            stance,
            stanceValue(stance),
          ]),
        ),
      ),
    table: () => {
      const known = knownAt === undefined ? '' : `, as known at ${knownAt}`;
      const tally = (verdict: string) => rows.filter((d) => d.verdict === verdict).length;
      const verdicts = `${tally('contested')} contested, ${tally('consensus')} consensus, ${tally('open')} open`;
      const head = `Divergence at ${atText(asked)}${known}: ${verdicts}`;
      const table = rows.map((d) => [
        d.issue,
        d.verdict,
        String(d.spread),
        Object.entries(d.stances)
          .map(([party, stance]) => `${party}=${stance}`)
          .join(' '),
      ]);
      const paint = stancePainter(wantsColour(process.stdout));
      const columns = [
        { header: 'issue' },
        { header: 'verdict' },
        { header: 'spread', right: true },
        { header: 'stances', paint },
      ];
      return `${head}\n${renderTable(columns, table)}`;
    },
  });
}
