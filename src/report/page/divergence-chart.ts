import type { IssueDivergence } from '../../index.js';
import { dayMarker, makeAxis, monthTicks, type Axis } from './axis.js';
import { addDays, dayStart } from './days.js';
import { el, replaceChildren, svg } from './dom.js';
import { stretchOn, type DivergenceStretch } from './divergence-series.js';
import { topicLabel } from './labels.js';
import { VERDICT_FILLS } from './palette.js';
import type { ReportData } from './report-data.js';

const WIDTH = 600;
const HEIGHT = 26;
const MAX_SPREAD = 4;

/**
 * Draws the divergence of each issue over time: a strip per issue whose height is the spread
 * (highest minus lowest stance value) and whose colour is the verdict, with the verdict at T in
 * words beside it. Falling strips show where the sides converged; rising ones where they split.
 *
 * @example
 * renderDivergence(byId('divergence-table'), data, divergenceSeries(data, ledger, knownAt), '2025-12-31');
 */
export function renderDivergence(
  table: HTMLTableElement,
  data: ReportData,
  series: ReadonlyMap<string, readonly DivergenceStretch[]>,
  at: string,
): void {
  const axis = makeAxis(data.first, data.last, 0, WIDTH);
  const axisChart = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} 14`, class: 'chart axis', 'aria-hidden': 'true' },
    monthTicks(axis, 0, 14),
  );
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Issue'),
      el('th', { scope: 'col', class: 'strip' }, axisChart),
      el('th', { scope: 'col' }, `On ${at}`),
    ),
  );
  const body = el('tbody');
  for (const topic of data.topics) {
    const rows = data.issues.filter((i) => i.topic === topic.id && (series.get(i.id)?.length ?? 0) > 0);
    if (rows.length === 0) continue;
    body.append(el('tr', { class: 'topic' }, el('th', { scope: 'rowgroup', colspan: '3' }, topicLabel(topic))));
    for (const issue of rows) {
      const stretches = series.get(issue.id) ?? [];
      const now = stretchOn(stretches, at)?.divergence;
      body.append(
        el(
          'tr',
          {
            'data-issue': issue.id,
            'data-verdict': now?.verdict ?? '',
            'data-spread': now === undefined ? '' : String(now.spread),
          },
          el('th', { scope: 'row', title: issue.proposition }, issue.title),
          el('td', { class: 'strip' }, strip(axis, stretches, at, issue.title)),
          el(
            'td',
            { class: `verdict${now ? ` v-${now.verdict}` : ''}` },
            now === undefined ? 'no stances yet' : `${now.verdict}, spread ${now.spread}`,
          ),
        ),
      );
    }
  }
  replaceChildren(table, head, body);
}

function strip(axis: Axis, stretches: readonly DivergenceStretch[], at: string, title: string): SVGElement {
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'chart',
    role: 'img',
    'aria-label': `Divergence over time: ${title}`,
  });
  root.append(svg('line', { class: 'baseline', x1: 0, x2: WIDTH, y1: HEIGHT - 1, y2: HEIGHT - 1 }));
  for (const s of stretches) {
    const x1 = axis.x(dayStart(s.from));
    const x2 = axis.x(dayStart(addDays(s.to, 1)));
    // A spread of 0 still shows as a thin bar: the parties have stances, they agree.
    const h = 3 + (s.divergence.spread / MAX_SPREAD) * (HEIGHT - 5);
    root.append(
      svg(
        'rect',
        {
          x: x1,
          y: HEIGHT - 1 - h,
          width: Math.max(1, x2 - x1),
          height: h,
          fill: VERDICT_FILLS[s.divergence.verdict],
          class: `v-${s.divergence.verdict}`,
        },
        svg(
          'title',
          {},
          `${s.from} – ${s.to}: ${s.divergence.verdict}, spread ${s.divergence.spread} (${describe(s.divergence)})`,
        ),
      ),
    );
  }
  root.append(dayMarker(axis, at, 0, HEIGHT, 'T'));
  return root;
}

function describe(d: IssueDivergence): string {
  return Object.entries(d.stances)
    .map(([party, stance]) => `${party} ${stance}`)
    .join(', ');
}
