import type { Cell, Snapshot } from '../../index.js';
import { atText, beforeOrOn, checkDate, checkOrder, queryAt, queryOptions } from '../arguments.js';
import { panelJson, stancesJson } from '../contract.js';
import { loadData } from '../load-data.js';
import { NameResolver } from '../name-resolver.js';
import type { QueryOptions } from '../options.js';
import { stancePainter, wantsColour } from '../output/colour.js';
import { csvDocument } from '../output/csv.js';
import { joinedCell, print, sourcesText, termsText } from '../output/print.js';
import { quotesCell, saidLines, type Shown, summariesOf } from '../output/said.js';
import { renderTable } from '../output/table.js';
import { sinceDaysMemo, termCells, termHeaders, termKeys } from '../output/tidy-columns.js';
import { panelPeriods } from '../panel-periods.js';
import type { Period } from '../period.js';
import { UsageError } from '../usage-error.js';

/**
 * The flags of `positions stances`.
 *
 * @example
 * const flags: StancesFlags = { at: '2025-12-31', party: ['Kyiv'], issue: [], show: [], inherit: true, format: 'table' };
 */
export interface StancesFlags extends QueryOptions {
  /** The date asked about; default: the last day the statements reach. */
  readonly at?: string;
  /** A panel's first period. */
  readonly from?: string;
  /** A panel's last period; default: the last day the statements reach. */
  readonly to?: string;
  /** A panel's step. */
  readonly every?: Period;
  readonly party: readonly string[];
  readonly issue: readonly string[];
  /** What was said, beside each stance. */
  readonly show: readonly Shown[];
}

/**
 * `positions stances [--at DATE] [--party ID]… [--issue ID]… [--show summary|quote]…`: every known
 * position at one date (by default the last day the statements reach); with `--from A --to B --every
 * day|month|year`, a panel: the positions as of each period from A to B.
 *
 * @example
 * await runStances({ at: '2025-12-31', party: ['Kyiv'], issue: [], show: ['summary'], format: 'json' });
 */
export async function runStances(flags: StancesFlags): Promise<void> {
  const panel = checkPanelFlags(flags);
  const options = queryOptions(flags);
  const { questions, vocabulary, documents } = await loadData(flags.data);
  const names = await NameResolver.create({ questions, vocabulary });
  const parties = new Set(flags.party.map((p) => names.party(p)));
  const issues = new Set(flags.issue.map((i) => names.issue(i)));
  const keep = (c: Cell) => (parties.size === 0 || parties.has(c.party)) && (issues.size === 0 || issues.has(c.issue));

  let snapshots: readonly Snapshot[];
  let asked: { at: string; latest: boolean };
  if (panel === undefined) {
    asked = await queryAt(flags.at, questions, options.knownAt);
    snapshots = [await questions.at(asked.at, options)];
  } else {
    asked = await queryAt(panel.to, questions, options.knownAt);
    if (asked.latest && !beforeOrOn(panel.from, asked.at))
      throw new UsageError(
        `--from ${panel.from} is after ${asked.at}, the last day the statements reach`,
        'give an earlier --from, or --to',
      );
    snapshots = await questions.atEach(panelPeriods(panel.from, asked.at, panel.every), options);
  }
  const answers = snapshots.map((snapshot) => ({ snapshot, cells: snapshot.cells().filter(keep) }));
  const allCells = answers.flatMap((a) => a.cells);
  const summaries = flags.show.includes('summary')
    ? await summariesOf(
        questions,
        allCells.map((c) => c.statement),
      )
    : undefined;
  const titles = new Map((documents ?? []).map((d) => [d.id, d.title]));

  print(flags.format, {
    json: () => {
      const each = answers.map(({ snapshot, cells }) => stancesJson(snapshot.at, snapshot.knownAt, cells, summaries));
      return panel === undefined ? each[0] : panelJson(each);
    },
    csv: () => {
      const declared = (vocabulary?.issues ?? [])
        .filter((i) => issues.size === 0 || issues.has(i.id))
        .flatMap((i) => i.terms?.map((t) => t.name) ?? []);
      const keys = termKeys(
        allCells.map((c) => c.terms),
        declared,
      );
      const sinceDays = sinceDaysMemo();
      const header = [
        'at',
        'known_at',
        'party',
        'issue',
        'stance',
        'value',
        'since',
        'since_start',
        'since_end',
        'tentative',
        ...termHeaders(keys),
        'statement',
        'documents',
        ...(options.inherit ? ['via'] : []),
        ...flags.show,
      ];
      return csvDocument(
        header,
        answers.flatMap(({ snapshot, cells }) =>
          cells.map((c) => [
            snapshot.at,
            snapshot.knownAt ?? '',
            c.party,
            c.issue,
            c.stance,
            c.value,
            c.since,
            ...sinceDays(c.since),
            c.tentative,
            ...termCells(c.terms, keys),
            c.statement,
            joinedCell(c.evidence.map((e) => e.document)),
            ...(options.inherit ? [joinedCell(c.evidence.flatMap((e) => (e.via === undefined ? [] : [e.via])))] : []),
            ...flags.show.map((shown) =>
              shown === 'summary' ? (summaries?.get(c.statement) ?? '') : quotesCell(c.evidence),
            ),
          ]),
        ),
      );
    },
    table: () => {
      const known = options.knownAt === undefined ? '' : `, as known at ${options.knownAt}`;
      const inherited = options.inherit ? ', blocs inherited' : '';
      const rows = answers.flatMap(({ snapshot, cells }) => cells.map((c) => ({ at: snapshot.at, c })));
      const title =
        panel === undefined
          ? `Stances at ${atText(asked)}${known}${inherited}: ${rows.length} known`
          : `Stances from ${panel.from} to ${atText(asked)}, every ${panel.every}${known}${inherited}: ` +
            `${rows.length} rows over ${answers.length} ${panel.every}s`;
      // With --inherit, say which positions came through a bloc (JSON and CSV carry it as `via`).
      const sources = (c: Cell) => {
        const via = c.evidence.find((e) => e.via !== undefined)?.via;
        const text = sourcesText(c.evidence, titles);
        return via === undefined ? text : `${text} (via ${via})`;
      };
      const cellsOf = ({ c }: { c: Cell }) => [
        c.party,
        c.issue,
        c.stance,
        c.tentative ? `${c.since} (tentative)` : c.since,
        termsText(c.terms),
        sources(c),
      ];
      const paint = stancePainter(wantsColour(process.stdout));
      const columns = [
        ...(panel === undefined ? [] : [{ header: 'at' }]),
        { header: 'party' },
        { header: 'issue' },
        { header: 'stance', paint },
        { header: 'since' },
        { header: 'terms', optional: true },
        { header: 'sources' },
      ];
      const table = renderTable(
        columns,
        rows.map((row) => (panel === undefined ? cellsOf(row) : [row.at, ...cellsOf(row)])),
        rows.map(({ c }) => saidLines(flags.show, summaries?.get(c.statement), c.evidence, titles)),
      );
      return `${title}\n${table}`;
    },
  });
}

// A panel is asked for by --from, --to or --every; it needs --from and --every, and takes no --at.
function checkPanelFlags(flags: StancesFlags): { from: string; to: string | undefined; every: Period } | undefined {
  const at = flags.at === undefined ? undefined : checkDate('--at', flags.at);
  if (flags.from === undefined && flags.to === undefined && flags.every === undefined) return undefined;
  if (at !== undefined)
    throw new UsageError(
      '--at asks about one date, --from, --to and --every about a panel of dates',
      'give --at alone, or --from and --every (and --to) without it',
    );
  if (flags.from === undefined)
    throw new UsageError(
      'a panel needs --from DATE, its first period',
      'e.g. --from 2025-01 --to 2025-12 --every month',
    );
  if (flags.every === undefined)
    throw new UsageError('a panel needs --every day, month or year', `e.g. --from ${flags.from} --every month`);
  const from = checkDate('--from', flags.from);
  const to = flags.to === undefined ? undefined : checkDate('--to', flags.to);
  if (to !== undefined) checkOrder(from, to);
  return { from, to, every: flags.every };
}
