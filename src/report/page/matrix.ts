import type { Cell, Snapshot } from '../../index.js';
import { el, replaceChildren } from './dom.js';
import { termsText, topicLabel } from './labels.js';
import type { ReportData } from './report-data.js';

/** A selected cell. */
export interface CellKey {
  readonly party: string;
  readonly issue: string;
}

/**
 * Draws the party × issue matrix of a snapshot: issues as rows grouped by topic, parties as
 * columns; each cell a button coloured by stance and labelled with it in words.
 *
 * @example
 * renderMatrix(byId('matrix'), data, ledger.at('2025-12-31', { knownAt: '2026-01-06' }), undefined);
 */
export function renderMatrix(
  table: HTMLTableElement,
  data: ReportData,
  snapshot: Snapshot,
  selected: CellKey | undefined,
): void {
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      el('th', { scope: 'col', class: 'corner' }, 'Issue'),
      ...data.parties.map((p) => partyHeading(p.name, p.kind)),
    ),
  );
  const body = el('tbody');
  for (const topic of data.topics) {
    const issues = data.issues.filter((i) => i.topic === topic.id);
    if (issues.length === 0) continue;
    body.append(
      el(
        'tr',
        { class: 'topic' },
        el('th', { scope: 'rowgroup', colspan: String(data.parties.length + 1) }, topicLabel(topic)),
      ),
    );
    for (const issue of issues) {
      const row = el('tr', {}, el('th', { scope: 'row', title: issue.proposition }, issue.title));
      for (const party of data.parties) {
        const cell = snapshot.cell(party.id, issue.id);
        const isSelected = selected !== undefined && selected.party === party.id && selected.issue === issue.id;
        row.append(matrixCell(party.name, issue.title, party.id, issue.id, cell, isSelected));
      }
      body.append(row);
    }
  }
  replaceChildren(table, head, body);
  table.dataset['at'] = snapshot.at;
  table.dataset['knownAt'] = snapshot.knownAt ?? '';
}

function partyHeading(name: string, kind: string): HTMLElement {
  return el('th', { scope: 'col' }, name, kind === 'state' ? null : el('span', { class: 'kind' }, kind));
}

function matrixCell(
  partyName: string,
  issueTitle: string,
  party: string,
  issue: string,
  cell: Cell | undefined,
  selected: boolean,
): HTMLElement {
  const terms = termsText(cell?.terms);
  const stance =
    cell === undefined
      ? 'unknown (no statement on record)'
      : `${cell.stance}${cell.tentative ? ', tentative' : ''}${terms ? ` (${terms})` : ''} since ${cell.since}`;
  const label = `${partyName} on ${issueTitle}: ${stance}`;
  const button = el(
    'button',
    { type: 'button', 'aria-label': label, 'aria-pressed': String(selected), 'data-party': party, 'data-issue': issue },
    el('span', { class: 'stance' }, cell === undefined ? '—' : cell.stance),
    cell?.tentative === true
      ? el('span', { class: 'tentative-mark', title: 'tentative: may not have been said yet on this date' }, '?')
      : null,
    terms ? el('span', { class: 'terms' }, terms) : null,
  );
  return el(
    'td',
    {
      class: [
        'cell',
        cell === undefined ? 'empty' : `s-${cell.stance}`,
        ...(cell?.tentative === true ? ['tentative'] : []),
        ...(selected ? ['selected'] : []),
      ].join(' '),
      'data-party': party,
      'data-issue': issue,
      'data-stance': cell?.stance ?? '',
      'data-tentative': String(cell?.tentative === true),
    },
    button,
  );
}
