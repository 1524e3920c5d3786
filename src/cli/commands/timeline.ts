import { queryOptions } from '../arguments.js';
import { NameResolver } from '../name-resolver.js';
import { timelineJson } from '../contract.js';
import { loadData } from '../load-data.js';
import type { QueryOptions } from '../options.js';
import { stancePainter, wantsColour } from '../output/colour.js';
import { csvDocument } from '../output/csv.js';
import { documentsText, print, termsText } from '../output/print.js';
import { renderTable } from '../output/table.js';

/**
 * The flags of `positions timeline`.
 *
 * @example
 * const flags: TimelineFlags = { party: 'Washington', issue: 'ceasefire-before-settlement', format: 'json' };
 */
export interface TimelineFlags extends QueryOptions {
  readonly party: string;
  readonly issue: string;
}

/**
 * `positions timeline --party ID --issue ID`: each change of one party's stance on one issue, oldest first.
 *
 * @example
 * await runTimeline({ party: 'Washington', issue: 'ceasefire-before-settlement', format: 'table' });
 */
export async function runTimeline(flags: TimelineFlags): Promise<void> {
  const options = queryOptions(flags);
  const { questions, vocabulary } = await loadData(flags.data);
  const names = await NameResolver.create({ questions, vocabulary });
  const party = names.party(flags.party);
  const issue = names.issue(flags.issue);
  const timeline = await questions.timeline(party, issue, options);

  print(flags.format, {
    json: () => timelineJson(timeline),
    csv: () =>
      csvDocument(
        ['party', 'issue', 'stance', 'value', 'since', 'terms', 'documents'],
        timeline.changes.map((c) => [
          party,
          issue,
          c.stance,
          c.value,
          c.since,
          c.terms === undefined ? '' : JSON.stringify(c.terms),
          documentsText(c.evidence),
        ]),
      ),
    table: () => {
      const title = vocabulary?.issue(issue)?.title;
      const known = options.knownAt === undefined ? '' : `, as known at ${options.knownAt}`;
      const named = title === undefined ? issue : `${issue} (${title})`;
      const head = `${party} on ${named}${known}: ${count(timeline.changes.length)}`;
      if (timeline.changes.length === 0) return `${head}\n`;
      const rows = timeline.changes.map((c) => [c.since, c.stance, termsText(c.terms), documentsText(c.evidence)]);
      const paint = stancePainter(wantsColour(process.stdout));
      const columns = [
        { header: 'since' },
        { header: 'stance', paint },
        { header: 'terms', optional: true },
        { header: 'sources' },
      ];
      return `${head}\n${renderTable(columns, rows)}`;
    },
  });
}

function count(n: number): string {
  return n === 0 ? 'no known position' : n === 1 ? '1 position, unchanged' : `${n} positions in turn`;
}
