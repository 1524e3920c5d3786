import { createHash } from 'node:crypto';
import { STANCES } from '../vocabulary/index.js';
import { reportAppScript } from './app-asset.js';
import { buildReportData, type ReportInput, type ReportOptions } from './build-report-data.js';
import { escapeHtml, jsonForScript, scriptForHtml } from './escape.js';
import { STANCE_STYLES } from './page/palette.js';
import { REPORT_CSS } from './styles.js';

// The page may load nothing and run only its own script, named by hash: no network, and an
// injected script or inline handler would be refused even if some text ever escaped its escaping.
const csp = (script: string) =>
  [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/**
 * One self-contained HTML page showing a ledger: the party × issue matrix at T as known at K
 * (both movable in the page, which folds the embedded events with the library's own `Ledger`),
 * each cell's evidence, per-issue timelines and the divergence over time. No network requests;
 * it opens from disk. Every text from the events is inserted as text, never as markup.
 *
 * @throws {InvalidTimeError} when `at` or `knownAt` is not a query time.
 * @example
 * import { writeFile } from 'node:fs/promises';
 * const html = renderReport(await readDataset(), { at: '2025-12-31', title: 'Ukraine talks, 2025' });
 * await writeFile('report.html', html);
 */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  const data = buildReportData(input, options);
  const title = escapeHtml(data.title);
  const script = scriptForHtml(reportAppScript());
  const legend = STANCES.map((s) => `<li class="s-${s}">${STANCE_STYLES[s].mark} ${s}</li>`).join('');
  const marks = STANCES.map((s) => `${STANCE_STYLES[s].mark} ${s}`).join(', ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(script)}">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="sub">Each party's stance on each issue on date T, as the record stood on date K.
Move either date; click a cell for its evidence.</p>
<form class="controls" id="controls">
${dayControl('at', 'T: stances on')}
${dayControl('known', 'K: as known at')}
</form>
</header>
<main>
<section id="matrix-section" aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Where each party stands</h2>
<p id="matrix-caption">Computing…</p>
<ul class="legend" aria-label="Stances">${legend}<li>— unknown</li>
<li>? tentative: may not have been said yet on T</li></ul>
<div class="scroll"><table id="matrix"></table></div>
</section>
<aside id="evidence" aria-labelledby="evidence-heading">
<h2 id="evidence-heading">Evidence</h2>
<div id="evidence-body" aria-live="polite"><p>Click a cell to see the statements behind it.</p></div>
</aside>
<section id="divergence" aria-labelledby="divergence-heading">
<h2 id="divergence-heading">Divergence over time</h2>
<p>Per issue, among the states and blocs: bar height is the spread (highest minus lowest stance, 0–4);
colour and words give the verdict (contested: some for and some against; consensus: all on one side;
open: otherwise). The dashed line is T.</p>
<ul class="legend" aria-label="Verdicts"><li class="verdict v-contested">contested</li>
<li class="verdict v-consensus">consensus</li><li class="verdict v-open">open</li></ul>
<div class="scroll"><table id="divergence-table"></table></div>
</section>
<section id="timelines" aria-labelledby="timelines-heading">
<h2 id="timelines-heading">Timelines by issue</h2>
<p>Each party's stance changes as known at K (marks: ${marks}; ticks are statements;
the dashed line is T).</p>
<div class="scroll"><div id="timeline-list"></div></div>
</section>
</main>
<noscript><p>This report computes its tables in the page and needs JavaScript.</p></noscript>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

// A day is shown and typed as ISO `YYYY-MM-DD` whatever the reader's locale: a text field, not the
// browser's date field (which shows `12/31/2025` in an American browser).
function dayControl(id: 'at' | 'known', legend: string): string {
  const slider = `<input type="range" id="${id}-range" aria-label="${legend} (slider)">`;
  const field = `<input type="text" id="${id}-date" class="day" aria-label="${legend} (YYYY-MM-DD)"
 inputmode="numeric" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" placeholder="YYYY-MM-DD" maxlength="10" size="10"
 spellcheck="false" autocomplete="off">`;
  return `<fieldset><legend>${legend}</legend><label>${slider}${field}</label></fieldset>`;
}
