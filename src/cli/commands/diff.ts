import { checkDate, checkOrder, queryOptions } from '../arguments.js';
import { NameResolver } from '../name-resolver.js';
import { diffJson } from '../contract.js';
import { loadData } from '../load-data.js';
import type { QueryOptions } from '../options.js';
import { stancePainter, wantsColour } from '../output/colour.js';
import { csvDocument } from '../output/csv.js';
import { print, termsText } from '../output/print.js';
import { renderTable } from '../output/table.js';
import { termCells, termHeaders, termKeys } from '../output/tidy-columns.js';
import type { Cell } from '../../index.js';

/**
 * The flags of `positions diff`.
 *
 * @example
 * const flags: DiffFlags = { from: '2025-04-30', to: '2025-12-31', party: [], issue: [], format: 'json' };
 */
export interface DiffFlags extends QueryOptions {
  readonly from: string;
  readonly to: string;
  readonly party: readonly string[];
  readonly issue: readonly string[];
}

/**
 * `positions diff --from DATE --to DATE`: every position whose stance or terms differ between two dates.
 *
 * @example
 * await runDiff({ from: '2025-04-30', to: '2025-12-31', party: [], issue: [], format: 'csv' });
 */
export async function runDiff(flags: DiffFlags): Promise<void> {
  const from = checkDate('--from', flags.from);
  const to = checkDate('--to', flags.to);
  checkOrder(from, to);
  const options = queryOptions(flags);
  const { questions, vocabulary } = await loadData(flags.data);
  const names = await NameResolver.create({ questions, vocabulary });
  const parties = new Set(flags.party.map((p) => names.party(p)));
  const issues = new Set(flags.issue.map((i) => names.issue(i)));
  const changes = (await questions.diff(from, to, options)).filter(
    (c) => (parties.size === 0 || parties.has(c.party)) && (issues.size === 0 || issues.has(c.issue)),
  );

  print(flags.format, {
    json: () => diffJson(from, to, changes),
    csv: () => {
      const keys = termKeys(
        changes.flatMap((c) => [c.before?.terms, c.after?.terms]),
        (vocabulary?.issues ?? [])
          .filter((i) => issues.size === 0 || issues.has(i.id))
          .flatMap((i) => i.terms?.map((t) => t.name) ?? []),
      );
      return csvDocument(
        [
          'from',
          'to',
          'known_at',
          'party',
          'issue',
          'before',
          'before_value',
          'after',
          'after_value',
          ...termHeaders(keys, 'before_'),
          ...termHeaders(keys, 'after_'),
        ],
        changes.map((c) => [
          from,
          to,
          options.knownAt ?? '',
          c.party,
          c.issue,
          c.before?.stance ?? '',
          c.before?.value ?? '',
          c.after?.stance ?? '',
          c.after?.value ?? '',
          ...termCells(c.before?.terms, keys),
          ...termCells(c.after?.terms, keys),
        ]),
      );
    },
    table: () => {
      const known = options.knownAt === undefined ? '' : `, as known at ${options.knownAt}`;
      const head = `Changes from ${from} to ${to}${known}: ${changes.length}`;
      if (changes.length === 0) return `${head}\n`;
      const rows = changes.map((c) => [c.party, c.issue, position(c.before), position(c.after)]);
      const paint = stancePainter(wantsColour(process.stdout));
      const columns = [
        { header: 'party' },
        { header: 'issue' },
        { header: 'before', paint },
        { header: 'after', paint },
      ];
      return `${head}\n${renderTable(columns, rows)}`;
    },
  });
}

function position(cell: Cell | null): string {
  if (cell === null) return '—';
  const terms = termsText(cell.terms);
  return terms === '' ? cell.stance : `${cell.stance} (${terms})`;
}
