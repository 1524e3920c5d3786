import type { Ledger, PositionChange } from '../../index.js';
import { parseFuzzyTime } from '../../index.js';
import { dayMarker, makeAxis, monthTicks, type Axis } from './axis.js';
import { dayOf } from './days.js';
import { el, replaceChildren, svg } from './dom.js';
import { termsText, topicLabel } from './labels.js';
import { STANCE_STYLES } from './palette.js';
import type { ReportData } from './report-data.js';

const WIDTH = 720;
const LABEL = 140;
const ROW = 20;
const AXIS = 16;

/**
 * Draws, per issue, an SVG timeline of every party's stance changes as known at K: one row per
 * party, one segment per run, marked with the stance's sign and titled in words; a line marks T.
 *
 * @example
 * renderTimelines(byId('timeline-list'), data, ledger, '2025-12-31', '2026-01-06');
 */
export function renderTimelines(
  container: HTMLElement,
  data: ReportData,
  ledger: Ledger,
  at: string,
  knownAt: string,
): void {
  const axis = makeAxis(data.first, data.last, LABEL, WIDTH - LABEL - 4);
  const sections: HTMLElement[] = [];
  for (const topic of data.topics) {
    const figures: HTMLElement[] = [];
    for (const issue of data.issues.filter((i) => i.topic === topic.id)) {
      const rows = data.parties
        .map((p) => ({ name: p.name, changes: ledger.timeline(p.id, issue.id, { knownAt }).changes }))
        .filter((r) => r.changes.length > 0);
      if (rows.length === 0) continue;
      figures.push(
        el(
          'figure',
          { class: 'timeline', 'data-issue': issue.id },
          el('figcaption', {}, issue.title),
          chart(axis, rows, ledger, at),
        ),
      );
    }
    if (figures.length > 0)
      sections.push(el('section', { class: 'topic-group' }, el('h3', {}, topicLabel(topic)), ...figures));
  }
  replaceChildren(
    container,
    ...(sections.length > 0 ? sections : [el('p', {}, `Nothing on record as known at ${knownAt}.`)]),
  );
}

function chart(
  axis: Axis,
  rows: ReadonlyArray<{ name: string; changes: readonly PositionChange[] }>,
  ledger: Ledger,
  at: string,
): SVGElement {
  const height = AXIS + rows.length * ROW + 2;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', class: 'chart' });
  root.append(monthTicks(axis, 0, height));
  rows.forEach((r, index) => {
    const y = AXIS + index * ROW;
    root.append(svg('text', { x: 0, y: y + 14, class: 'row-label' }, r.name));
    r.changes.forEach((change, i) => {
      const from = parseFuzzyTime(change.since).start;
      const next = r.changes[i + 1];
      const to = next === undefined ? axis.end : parseFuzzyTime(next.since).start;
      root.append(segment(axis, y, from, to, r.name, change));
      for (const id of change.statements) {
        const statement = ledger.get(id);
        if (statement?.type !== 'statement') continue;
        const x = axis.x(parseFuzzyTime(statement.statedAt).start);
        root.append(svg('line', { class: 'statement-tick', x1: x, x2: x, y1: y + ROW - 5, y2: y + ROW - 1 }));
      }
    });
  });
  root.append(dayMarker(axis, at, 0, height, 'T'));
  return root;
}

function segment(axis: Axis, y: number, from: number, to: number, party: string, change: PositionChange): SVGElement {
  const style = STANCE_STYLES[change.stance];
  const x1 = axis.x(from);
  const width = Math.max(2, axis.x(to) - x1);
  const terms = termsText(change.terms);
  const before = from < axis.start ? ` (reaches back to ${dayOf(from)})` : '';
  const group = svg(
    'g',
    { class: 'segment', 'data-stance': change.stance },
    svg('title', {}, `${party}: ${change.stance} since ${change.since}${terms ? ` (${terms})` : ''}${before}`),
    svg('rect', { x: x1, y: y + 2, width, height: ROW - 4, fill: style.fill, stroke: '#ffffff' }),
  );
  if (width >= 16)
    group.append(
      svg(
        'text',
        { x: x1 + width / 2, y: y + 14, fill: style.ink, 'text-anchor': 'middle', class: 'mark' },
        style.mark,
      ),
    );
  return group;
}
