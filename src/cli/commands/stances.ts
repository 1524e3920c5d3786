import type { Cell } from '../../index.js';
import { checkDate, queryOptions } from '../arguments.js';
import { NameResolver } from '../name-resolver.js';
import { stancesJson } from '../contract.js';
import { loadData } from '../load-data.js';
import type { QueryOptions } from '../options.js';
import { stancePainter, wantsColour } from '../output/colour.js';
import { csvDocument } from '../output/csv.js';
import { documentsText, print, termsText } from '../output/print.js';
import { renderTable } from '../output/table.js';

/**
 * The flags of `positions stances`.
 *
 * @example
 * const flags: StancesFlags = { at: '2025-12-31', party: ['Kyiv'], issue: [], inherit: true, format: 'table' };
 */
export interface StancesFlags extends QueryOptions {
  readonly at: string;
  readonly party: readonly string[];
  readonly issue: readonly string[];
}

/**
 * `positions stances --at DATE [--party ID]… [--issue ID]…`: every known position at one date.
 *
 * @example
 * await runStances({ at: '2025-12-31', party: ['Kyiv'], issue: [], format: 'json' });
 */
export async function runStances(flags: StancesFlags): Promise<void> {
  const at = checkDate('--at', flags.at);
  const options = queryOptions(flags);
  const { questions, vocabulary } = await loadData(flags.data);
  const names = await NameResolver.create({ questions, vocabulary });
  const parties = new Set(flags.party.map((p) => names.party(p)));
  const issues = new Set(flags.issue.map((i) => names.issue(i)));
  const snapshot = await questions.at(at, options);
  const cells = snapshot
    .cells()
    .filter((c) => (parties.size === 0 || parties.has(c.party)) && (issues.size === 0 || issues.has(c.issue)));

  print(flags.format, {
    json: () => stancesJson(snapshot.at, snapshot.knownAt, cells),
    csv: () =>
      csvDocument(
        ['party', 'issue', 'stance', 'value', 'since', 'tentative', 'terms', 'documents'],
        cells.map((c) => [
          c.party,
          c.issue,
          c.stance,
          c.value,
          c.since,
          c.tentative,
          c.terms === undefined ? '' : JSON.stringify(c.terms),
          documentsText(c.evidence),
        ]),
      ),
    table: () => {
      const known = snapshot.knownAt === null ? '' : `, as known at ${snapshot.knownAt}`;
      const inherited = options.inherit ? ', blocs inherited' : '';
      const title = `Stances at ${snapshot.at}${known}${inherited}: ${cells.length} known`;
      // With --inherit, say which positions came through a bloc (JSON and CSV carry it as `via`).
      const sources = (c: Cell) => {
        const via = c.evidence.find((e) => e.via !== undefined)?.via;
        return via === undefined ? documentsText(c.evidence) : `${documentsText(c.evidence)} (via ${via})`;
      };
      const rows = cells.map((c) => [
        c.party,
        c.issue,
        c.stance,
        c.tentative ? `${c.since} (tentative)` : c.since,
        termsText(c.terms),
        sources(c),
      ]);
      const paint = stancePainter(wantsColour(process.stdout));
      const columns = [
        { header: 'party' },
        { header: 'issue' },
        { header: 'stance', paint },
        { header: 'since' },
        { header: 'terms', optional: true },
        { header: 'sources' },
      ];
      return `${title}\n${renderTable(columns, rows)}`;
    },
  });
}
