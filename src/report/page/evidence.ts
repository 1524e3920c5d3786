import type { Corroboration, Ledger, Source, Statement } from '../../index.js';
import { parseFuzzyTime, queryBound } from '../../index.js';
import { el, replaceChildren } from './dom.js';
import { precisionText, termsText } from './labels.js';
import type { CellKey } from './matrix.js';
import type { ReportData, ReportDocument } from './report-data.js';

/** The question the panel answers: a cell at T as known at K. */
export interface EvidenceQuery extends CellKey {
  readonly at: string;
  readonly knownAt: string;
}

/**
 * Fills the evidence panel for one cell: its stance, and every statement of the run that holds it
 * (the winner first), each with its date and precision, speaker, attribution, sources and quotes.
 *
 * @example
 * const query = { party: 'russia', issue: 'ukraine-in-nato', at: '2025-12-31', knownAt: '2026-01-06' };
 * renderEvidence(byId('evidence-body'), data, ledger, query);
 */
export function renderEvidence(panel: HTMLElement, data: ReportData, ledger: Ledger, query: EvidenceQuery): void {
  const { party, issue, at, knownAt } = query;
  const partyName = data.parties.find((p) => p.id === party)?.name ?? party;
  const issueInfo = data.issues.find((i) => i.id === issue);
  const heading = el('h3', {}, `${partyName} — ${issueInfo?.title ?? issue}`);
  const proposition = issueInfo?.proposition ? el('p', { class: 'proposition' }, issueInfo.proposition) : null;
  const cell = ledger.cell(party, issue, { at, knownAt });
  if (cell === undefined) {
    replaceChildren(
      panel,
      heading,
      proposition,
      el(
        'p',
        { class: 'unknown' },
        `Unknown: no statement of ${partyName} on this issue stated by ${at}, as known at ${knownAt}.`,
      ),
    );
    return;
  }
  const terms = termsText(cell.terms);
  const verdict = el(
    'p',
    { class: 'cell-verdict' },
    el('span', { class: `badge s-${cell.stance}` }, cell.stance),
    ` since ${cell.since}`,
    terms ? ` · ${terms}` : null,
    cell.conditions ? ` · conditions: ${cell.conditions}` : null,
  );
  const tentative = cell.tentative
    ? el(
        'p',
        { class: 'tentative-note' },
        el('strong', {}, 'Tentative: '),
        `the winning statement's date runs past ${at}, so it may not have been said yet then.`,
      )
    : null;

  // The run behind the cell: the timeline's run holding the winner, up to the winner (what follows it is
  // stated after T).
  const run = ledger.timeline(party, issue, { knownAt }).changes.find((c) => c.statements.includes(cell.statement));
  const ids =
    run === undefined ? [cell.statement] : run.statements.slice(0, run.statements.indexOf(cell.statement) + 1);
  const corroborations = new Map<string, Corroboration[]>();
  for (const entry of run?.evidence ?? cell.evidence) {
    const event = ledger.get(entry.event);
    if (event?.type !== 'corroboration') continue;
    corroborations.set(event.target, [...(corroborations.get(event.target) ?? []), event]);
  }
  const uT = queryBound(at);
  const list = el('ol', { class: 'statements' });
  [...ids].reverse().forEach((id, index) => {
    const statement = ledger.get(id);
    if (statement?.type !== 'statement') return;
    list.append(
      statementItem(
        statement,
        index === 0,
        parseFuzzyTime(statement.statedAt).end > uT,
        corroborations.get(id) ?? [],
        data.documents,
      ),
    );
  });
  const count = ids.length === 1 ? 'The statement behind it' : `The ${ids.length} statements behind it, newest first`;
  replaceChildren(panel, heading, proposition, verdict, tentative, el('h4', {}, count), list);
}

function statementItem(
  s: Statement,
  winner: boolean,
  tentative: boolean,
  corroborations: readonly Corroboration[],
  documents: readonly ReportDocument[],
): HTMLElement {
  const speaker =
    s.speaker === undefined
      ? null
      : row(
          'Speaker',
          [s.speaker.name, s.speaker.role].filter(Boolean).join(', ') +
            (s.speaker.authority ? ` (${s.speaker.authority})` : ''),
        );
  const terms = termsText(s.terms);
  return el(
    'li',
    { class: `statement${winner ? ' winner' : ''}`, 'data-statement': s.id },
    el(
      'p',
      { class: 'statement-head' },
      el('span', { class: `badge s-${s.stance}` }, s.stance),
      winner ? ' current (the winner)' : ' earlier, same position',
      tentative ? el('span', { class: 'tentative-flag' }, 'tentative') : null,
    ),
    el('p', { class: 'summary' }, s.summary),
    el(
      'dl',
      {},
      row('Stated', `${s.statedAt} (${precisionText(s.statedAt)})`),
      row('Recorded', s.recordedAt.slice(0, 10)),
      row('Act', s.act),
      row('Attribution', s.attribution),
      speaker,
      terms ? row('Terms', terms) : null,
      s.conditions ? row('Conditions', s.conditions) : null,
      s.parties.length > 1 ? row('Joint with', s.parties.join(', ')) : null,
    ),
    el(
      'ul',
      { class: 'sources' },
      ...s.sources.map((source) => sourceItem(source, documents, null)),
      ...corroborations.map((c) => sourceItem(c.source, documents, c)),
    ),
  );
}

function row(term: string, value: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(el('dt', {}, term), el('dd', {}, value));
  return fragment;
}

function sourceItem(
  source: Source,
  documents: readonly ReportDocument[],
  corroboration: Corroboration | null,
): HTMLElement {
  const doc = documents.find((d) => d.id === source.document);
  const published = source.publishedAt ?? doc?.publishedAt;
  const url = source.url ?? doc?.url;
  const precision = doc?.precision ? ` to the ${doc.precision}` : '';
  return el(
    'li',
    { class: 'source' },
    source.quote ? el('blockquote', {}, `“${source.quote}”`) : null,
    el('span', { class: 'doc-title' }, doc?.title ?? source.document),
    ` (${source.document}${published ? `, published ${published}${precision}` : ''})`,
    corroboration
      ? el('span', { class: 'corroborated' }, ` · corroboration recorded ${corroboration.recordedAt.slice(0, 10)}`)
      : null,
    // Only web addresses become links; anything else (javascript:, data:) stays text.
    url !== undefined && /^https?:\/\//i.test(url) ? el('a', { href: url, rel: 'noreferrer noopener' }, ' link') : null,
  );
}
