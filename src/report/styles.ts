import type { Stance, Verdict } from '../index.js';
import { STANCE_STYLES, VERDICT_FILLS } from './page/palette.js';

const stanceRules = (Object.entries(STANCE_STYLES) as Array<[Stance, { fill: string; ink: string }]>)
  .map(([stance, { fill, ink }]) => `.s-${stance}{background:${fill};color:${ink}}`)
  .join('\n');
const verdictRules = (Object.entries(VERDICT_FILLS) as Array<[Verdict, string]>)
  .map(([verdict, fill]) => `.v-${verdict}::before{background:${fill}}`)
  .join('\n');

/**
 * The report page's stylesheet, inlined into its `<style>`: responsive (the matrix scrolls sideways
 * on a phone, the page never does) and legible in print.
 *
 * @example
 * `<style>${REPORT_CSS}</style>`;
 */
export const REPORT_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa}
#evidence,.sub,#matrix-caption{overflow-wrap:anywhere}
header{padding:16px 20px 8px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.45rem;margin:0 0 4px}
h2{font-size:1.15rem;margin:0 0 8px}
h3{font-size:1rem;margin:14px 0 6px}
h4{font-size:.95rem;margin:12px 0 6px}
.sub{margin:0 0 10px;color:#444}
.controls{display:flex;flex-wrap:wrap;gap:10px 24px}
.controls fieldset{border:1px solid #ccc;border-radius:6px;padding:6px 10px;margin:0;flex:1 1 280px;min-width:0}
.controls legend{font-weight:600;padding:0 4px}
.controls label{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.controls input[type=range]{flex:1 1 160px;min-width:0}
.controls input.day{font:inherit;font-variant-numeric:tabular-nums;padding:2px 4px;width:auto}
.controls input.day[aria-invalid=true]{outline:2px solid #a00;outline-offset:1px}
main{display:grid;grid-template-columns:minmax(0,1fr);gap:16px;padding:16px 20px}
main>section,main>aside{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 14px;min-width:0}
@media (min-width:1100px){
  main{grid-template-columns:minmax(0,1fr) 360px}
  #matrix-section{grid-column:1}
  #evidence{grid-column:2;grid-row:1/span 3;align-self:start;position:sticky;top:8px;max-height:calc(100vh - 16px);
    overflow:auto}
}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0 10px;padding:0;list-style:none;font-size:.85rem}
.legend li{padding:2px 8px;border-radius:4px;border:1px solid #bbb}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse}
#matrix th,#matrix td{border:1px solid #d6d6d6;padding:0}
#matrix thead th{font-size:.8rem;padding:4px 6px;background:#f3f3f3;position:sticky;top:0;vertical-align:bottom}
#matrix tbody th{text-align:left;font-weight:500;font-size:.85rem;padding:4px 8px;min-width:170px;max-width:260px;
  background:#fff;position:sticky;left:0;z-index:1}
#matrix tr.topic th,#divergence-table tr.topic th{background:#eee;font-weight:700;text-transform:uppercase;
  font-size:.75rem;letter-spacing:.04em;padding:6px 8px}
.kind{display:block;font-weight:400;color:#555}
td.cell button{all:unset;box-sizing:border-box;display:block;width:100%;min-width:70px;min-height:34px;padding:4px 6px;
  cursor:pointer;text-align:center;font-size:.82rem;line-height:1.2}
td.cell button:focus-visible{outline:3px solid #000;outline-offset:-3px}
td.cell.empty{background:#fff;color:#888}
td.cell.selected{box-shadow:inset 0 0 0 3px #000}
td.cell.tentative button{
  background-image:repeating-linear-gradient(135deg,rgba(255,255,255,.35) 0 4px,transparent 4px 8px)}
.tentative-mark{font-weight:700;margin-left:2px}
.terms{display:block;font-size:.72rem;opacity:.9}
.badge{display:inline-block;padding:1px 8px;border-radius:4px;font-weight:600}
.tentative-flag{margin-left:8px;padding:0 6px;border:1px dashed #333;border-radius:4px;font-size:.8rem}
.tentative-note{padding:6px 8px;border:1px dashed #333;border-radius:4px}
.proposition{color:#444;font-style:italic;margin:0 0 8px}
.statements{padding-left:20px}
.statement{margin-bottom:12px}
.statement.winner>.statement-head{font-weight:600}
.statement dl{display:grid;grid-template-columns:auto 1fr;gap:0 10px;margin:4px 0;font-size:.85rem}
.statement dt{color:#555}
.statement dd{margin:0}
.sources{padding-left:18px;font-size:.85rem}
blockquote{margin:2px 0;padding-left:8px;border-left:3px solid #999;font-style:italic}
.doc-title{font-weight:600}
.chart{display:block;width:100%;height:auto;font-size:10px;font-family:inherit}
.chart .ticks line{stroke:#e0e0e0}
.chart .ticks text{fill:#666}
.chart .marker line{stroke:#000;stroke-width:2;stroke-dasharray:4 2}
.chart .row-label{fill:#222;font-size:11px}
.chart .mark{font-size:11px;font-weight:700}
.chart .statement-tick{stroke:#000;stroke-width:1}
.chart .baseline{stroke:#999}
.timeline{margin:0 0 14px;min-width:520px}
.timeline figcaption{font-weight:600;font-size:.88rem}
#divergence-table{width:100%;min-width:640px}
#divergence-table th,#divergence-table td{border-bottom:1px solid #eee;padding:2px 6px;text-align:left;font-size:.85rem}
#divergence-table td.strip,#divergence-table th.strip{width:60%}
.verdict{white-space:nowrap}
.verdict::before{content:"";display:inline-block;width:10px;height:10px;margin-right:5px;border-radius:2px;
  vertical-align:baseline}
.error{color:#a00}
${stanceRules}
${verdictRules}
@media (max-width:600px){
  header,main{padding-left:10px;padding-right:10px}
  body{font-size:14px}
  #matrix tbody th{min-width:130px}
}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{background:#fff;font-size:10pt}
  .controls input[type=range]{display:none}
  .controls input.day{border:none;padding:0}
  .controls fieldset{border:none;padding:0}
  main{display:block;padding:0}
  main>section,main>aside{border:none;padding:0;margin-bottom:12pt}
  #evidence{position:static;max-height:none}
  .scroll{overflow:visible}
  #matrix thead th,#matrix tbody th{position:static}
  tr,figure{break-inside:avoid}
  td.cell button{min-height:0;min-width:0;padding:2px}
}
`;
