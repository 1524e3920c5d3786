import { queryOptions } from '../arguments.js';
import { timelineJson } from '../contract.js';
import { loadData } from '../load-data.js';
import { NameResolver } from '../name-resolver.js';
import type { QueryOptions } from '../options.js';
import { stancePainter, wantsColour } from '../output/colour.js';
import { csvDocument } from '../output/csv.js';
import { joinedCell, print, sourcesText, termsText } from '../output/print.js';
import { quotesCell, saidLines, type Shown, summariesOf } from '../output/said.js';
import { renderTable } from '../output/table.js';
import { sinceDaysMemo, termCells, termHeaders, termKeys } from '../output/tidy-columns.js';

/**
 * The flags of `positions timeline`.
 *
 * @example
 * const flags: TimelineFlags = { party: 'Washington', issue: 'ceasefire-before-settlement', show: [], format: 'json' };
 */
export interface TimelineFlags extends QueryOptions {
  readonly party: string;
  readonly issue: string;
  /** What was said, beside each change. */
  readonly show: readonly Shown[];
}

/**
 * `positions timeline --party ID --issue ID [--show summary|quote]…`: each change of one party's stance
 * on one issue, oldest first.
 *
 * @example
 * await runTimeline({ party: 'Washington', issue: 'ceasefire-before-settlement', show: ['quote'], format: 'table' });
 */
export async function runTimeline(flags: TimelineFlags): Promise<void> {
  const options = queryOptions(flags);
  const { questions, vocabulary, documents } = await loadData(flags.data);
  const names = await NameResolver.create({ questions, vocabulary });
  const party = names.party(flags.party);
  const issue = names.issue(flags.issue);
  const timeline = await questions.timeline(party, issue, options);
  // A change is the statement that began its run: its summary is the one shown.
  const firstOf = (c: { statements: readonly string[] }) => c.statements[0] ?? '';
  const summaries = flags.show.includes('summary')
    ? await summariesOf(questions, timeline.changes.map(firstOf))
    : undefined;
  const titles = new Map((documents ?? []).map((d) => [d.id, d.title]));

  print(flags.format, {
    json: () => timelineJson(timeline, summaries),
    csv: () => {
      const keys = termKeys(
        timeline.changes.map((c) => c.terms),
        vocabulary?.issue(issue)?.terms?.map((t) => t.name),
      );
      const sinceDays = sinceDaysMemo();
      return csvDocument(
        [
          'known_at',
          'party',
          'issue',
          'stance',
          'value',
          'since',
          'since_start',
          'since_end',
          ...termHeaders(keys),
          'statements',
          'documents',
          ...flags.show,
        ],
        timeline.changes.map((c) => [
          options.knownAt ?? '',
          party,
          issue,
          c.stance,
          c.value,
          c.since,
          ...sinceDays(c.since),
          ...termCells(c.terms, keys),
          joinedCell(c.statements),
          joinedCell(c.evidence.map((e) => e.document)),
          ...flags.show.map((shown) =>
            shown === 'summary' ? (summaries?.get(firstOf(c)) ?? '') : quotesCell(c.evidence),
          ),
        ]),
      );
    },
    table: () => {
      const title = vocabulary?.issue(issue)?.title;
      const known = options.knownAt === undefined ? '' : `, as known at ${options.knownAt}`;
      const named = title === undefined ? issue : `${issue} (${title})`;
      const head = `${party} on ${named}${known}: ${count(timeline.changes.length)}`;
      if (timeline.changes.length === 0) return `${head}\n`;
      const rows = timeline.changes.map((c) => [
        c.since,
        c.stance,
        termsText(c.terms),
        sourcesText(c.evidence, titles),
      ]);
      const paint = stancePainter(wantsColour(process.stdout));
      const columns = [
        { header: 'since' },
        { header: 'stance', paint },
        { header: 'terms', optional: true },
        { header: 'sources' },
      ];
      const said = timeline.changes.map((c) => saidLines(flags.show, summaries?.get(firstOf(c)), c.evidence, titles));
      return `${head}\n${renderTable(columns, rows, said)}`;
    },
  });
}

function count(n: number): string {
  return n === 0 ? 'no known position' : n === 1 ? '1 position, unchanged' : `${n} positions in turn`;
}
