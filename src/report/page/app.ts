// The report page's script: it folds the embedded events with the library's own Ledger, so the
// matrix the reader sees at any T and K is exactly what `ledger.at(T, { knownAt: K })` answers.
import { Ledger } from '../../index.js';
import { appendStoredEvents } from '../../ledger/append.js';
import { bindDayControl } from './controls.js';
import { renderDivergence } from './divergence-chart.js';
import { divergenceSeries, type DivergenceStretch } from './divergence-series.js';
import { byId, el, replaceChildren } from './dom.js';
import { renderEvidence } from './evidence.js';
import { renderMatrix, type CellKey } from './matrix.js';
import type { ReportData } from './report-data.js';
import { renderTimelines } from './timelines.js';

function start(): void {
  const data = JSON.parse(byId('report-data').textContent ?? 'null') as ReportData;
  const ledger = new Ledger(data.vocabulary === null ? {} : { vocabulary: data.vocabulary });
  // The events are a store's, read back: without the limits of new appends.
  appendStoredEvents(ledger, data.events);

  const state: { at: string; knownAt: string; selected: CellKey | undefined } = {
    at: data.at,
    knownAt: data.knownAt,
    selected: undefined,
  };
  const matrix = byId<HTMLTableElement>('matrix');
  const evidence = byId('evidence-body');
  const divergence = byId<HTMLTableElement>('divergence-table');
  const timelines = byId('timeline-list');
  const caption = byId('matrix-caption');
  // Divergence over time and the timelines depend on K only; T just moves their marker.
  const seriesByK = new Map<string, ReadonlyMap<string, readonly DivergenceStretch[]>>();
  const seriesFor = (k: string) => {
    let series = seriesByK.get(k);
    if (series === undefined) seriesByK.set(k, (series = divergenceSeries(data, ledger, k)));
    return series;
  };

  const render = () => {
    const snapshot = ledger.at(state.at, { knownAt: state.knownAt });
    const known = `${snapshot.cells().length} known of ${data.parties.length * data.issues.length} cells`;
    replaceChildren(caption, `Stances on ${state.at}, as known at ${state.knownAt}: ${known}.`);
    renderMatrix(matrix, data, snapshot, state.selected);
    if (state.selected !== undefined)
      renderEvidence(evidence, data, ledger, { ...state.selected, at: state.at, knownAt: state.knownAt });
    renderDivergence(divergence, data, seriesFor(state.knownAt), state.at);
    renderTimelines(timelines, data, ledger, state.at, state.knownAt);
    document.body.dataset['at'] = state.at;
    document.body.dataset['knownAt'] = state.knownAt;
  };

  bindDayControl(byId('at-range'), byId('at-date'), data.first, data.last, data.at, (day) => {
    state.at = day;
    render();
  });
  bindDayControl(byId('known-range'), byId('known-date'), data.first, data.last, data.knownAt, (day) => {
    state.knownAt = day;
    render();
  });
  // Enter in a date field must not submit the form (that would reload the page).
  byId('controls').addEventListener('submit', (event) => event.preventDefault());
  matrix.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-party]');
    if (button === null) return;
    state.selected = { party: button.getAttribute('data-party') ?? '', issue: button.getAttribute('data-issue') ?? '' };
    render();
    if (window.matchMedia('(max-width: 1099px)').matches) byId('evidence').scrollIntoView({ block: 'start' });
  });
  render();
}

try {
  start();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const target = document.getElementById('matrix-caption') ?? document.body;
  replaceChildren(target, el('strong', { class: 'error' }, `The report could not be built: ${message}`));
}
