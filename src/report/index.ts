// The `positions-ledger/report` entry: Node only (it reads the bundled page script from dist/).
export { renderReport } from './render-report.js';
export { buildReportData, type ReportInput, type ReportOptions } from './build-report-data.js';
export type { ReportData, ReportDocument, ReportIssue, ReportParty, ReportTopic } from './page/report-data.js';
