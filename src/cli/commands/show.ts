import type { LedgerEvent, Source, Statement } from '../../index.js';
import { rankSuggestions, didYouMeanAny } from '../../vocabulary/index.js';
import type { DocumentJson, LinkJson, ShowJson } from '../contract.js';
import { eventLinks, type EventLinks } from '../event-links.js';
import { EXIT } from '../exit-codes.js';
import { loadData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { joinedCell, print, termsText } from '../output/print.js';

/**
 * `positions show ID`: one event whole (a statement, corroboration, retraction or correction, or a
 * correction's replacement by its id), with the titles of its sources, its corroborations, and the
 * retractions and corrections that target it, each said to be live or not as known now. An id of no
 * event exits with 1, naming the ids it may have meant.
 *
 * @example
 * await runShow('s.002.russia.root-causes-first', { format: 'table' });
 */
export async function runShow(id: string, flags: CommonOptions): Promise<void> {
  const data = await loadData(flags.data);
  const links = eventLinks(await data.ledger());
  const event = links.event(id);
  if (event === undefined) {
    const guesses = rankSuggestions(
      id,
      links.ids().map((i) => ({ id: i, names: [i] })),
    ).map((s) => s.id);
    const hint = didYouMeanAny(guesses) ?? 'see the ids in the JSON of `positions stances` or `positions timeline`';
    process.stderr.write(`positions: no event '${id}' in ${flags.data ?? 'the bundled dataset'} — ${hint}\n`);
    process.exitCode = EXIT.invalidData;
    return;
  }
  const sources = new Map((data.documents ?? []).map((d) => [d.id, d]));
  const titleOf = (document: string) => sources.get(document)?.title;
  const shown = showJson(id, event, links, (document) => {
    const known = sources.get(document);
    return {
      id: document,
      ...(known === undefined ? {} : { title: known.title, publishedAt: known.publishedAt }),
      ...(known?.url === undefined ? {} : { url: known.url }),
    };
  });
  const vocabulary = data.vocabulary;

  print(flags.format, {
    json: () => shown,
    csv: () =>
      csvDocument(
        ['relation', 'id', 'type', 'recorded_at', 'live', 'reason', 'document', 'replacement'],
        [
          ['event', id, shown.type, event.recordedAt, shown.live, '', joinedCell(citedBy(event)), ''],
          ...(shown.replacementOf === undefined
            ? []
            : [['carrier', shown.replacementOf.correction, 'correction', '', shown.replacementOf.live, '', '', id]]),
          ...(shown.target === undefined
            ? []
            : [['target', shown.target.id, shown.target.type, '', shown.target.live, '', '', '']]),
          ...[...shown.corroborations, ...shown.retractedBy].map((l) => [
            l.type === 'corroboration' ? 'corroboration' : 'retracted-by',
            l.id,
            l.type,
            l.recordedAt,
            l.live,
            l.reason ?? '',
            l.document ?? '',
            l.replacement ?? '',
          ]),
        ],
      ),
    table: () => {
      const lines: [string, string][] = [];
      const add = (label: string, value: string | undefined) => {
        if (value !== undefined && value !== '') lines.push([label, value]);
      };
      const named = (document: string, quote?: string) => {
        const title = titleOf(document);
        const text = title === undefined ? document : `${title} (${document})`;
        return quote === undefined ? text : `${text}: "${quote}"`;
      };
      const statement = (s: Statement) => {
        add('parties', s.parties.join(', '));
        const issueTitle = vocabulary?.issue(s.issue)?.title;
        add('issue', issueTitle === undefined ? s.issue : `${s.issue} (${issueTitle})`);
        add('stance', s.stance);
        add('terms', termsText(s.terms));
        add('conditions', s.conditions);
        add('act', `${s.act}, ${s.attribution}`);
        if (s.speaker !== undefined)
          add('speaker', [s.speaker.name, s.speaker.role, s.speaker.authority].filter(Boolean).join(', '));
        add('stated', s.statedAt);
        add('salience', s.salience === undefined ? undefined : String(s.salience));
        add('summary', s.summary);
        s.sources.forEach((source: Source, i) => {
          add(i === 0 ? 'sources' : '', named(source.document, source.quote));
        });
      };
      if (event.type === 'statement') statement(event);
      else if (event.type === 'corroboration') add('source', named(event.source.document, event.source.quote));
      else {
        add('reason', event.reason);
        if (event.type === 'retraction') add('note', event.note);
      }
      add('recorded', event.recordedAt);
      if (shown.target !== undefined)
        add('target', `${shown.target.id} (${shown.target.type}, ${liveText(shown.target.live)})`);
      if (event.type === 'correction')
        add('replacement', `${event.replacement.id} (positions show ${event.replacement.id})`);
      if (shown.replacementOf !== undefined) {
        const { correction, statement: corrected, live } = shown.replacementOf;
        add('replaces', `${corrected}, by correction ${correction} (${liveText(live)})`);
      }
      const width = Math.max(...lines.map(([label]) => label.length));
      const body = lines.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
      const kind = shown.replacementOf === undefined ? event.type : 'replacement statement';
      const out = [`${kind} ${id}: ${liveText(shown.live)}, as known now`, ...body];
      if (shown.corroborations.length > 0) {
        out.push('Corroborated by');
        for (const c of shown.corroborations)
          out.push(`  ${c.id}: ${named(c.document ?? '', c.quote)}, recorded ${c.recordedAt} (${liveText(c.live)})`);
      }
      if (shown.retractedBy.length > 0) {
        out.push('Retracted or corrected by');
        for (const r of shown.retractedBy) {
          const by = r.type === 'correction' ? `correction, replaced by ${r.replacement}` : 'retraction';
          const reason = r.reason === undefined ? '' : ` (${r.reason})`;
          const note = r.note === undefined ? '' : `: ${r.note}`;
          out.push(`  ${r.id}: ${by}${reason}, recorded ${r.recordedAt} (${liveText(r.live)})${note}`);
        }
      }
      return `${out.join('\n')}\n`;
    },
  });
}

function liveText(live: boolean): string {
  return live ? 'live' : 'not live';
}

function showJson(
  id: string,
  event: LedgerEvent,
  links: EventLinks,
  documentOf: (document: string) => DocumentJson,
): ShowJson {
  const referring = links.targeting(id);
  const corroborations = referring.flatMap((e): LinkJson[] =>
    e.type === 'corroboration'
      ? [
          {
            id: e.id,
            type: e.type,
            recordedAt: e.recordedAt,
            live: links.live(e.id),
            document: e.source.document,
            ...(e.source.quote === undefined ? {} : { quote: e.source.quote }),
          },
        ]
      : [],
  );
  const retractedBy = referring.flatMap((e): LinkJson[] =>
    e.type === 'retraction' || e.type === 'correction'
      ? [
          {
            id: e.id,
            type: e.type,
            recordedAt: e.recordedAt,
            live: links.live(e.id),
            ...(e.reason === undefined ? {} : { reason: e.reason }),
            ...(e.type === 'retraction' && e.note !== undefined ? { note: e.note } : {}),
            ...(e.type === 'correction' ? { replacement: e.replacement.id } : {}),
          },
        ]
      : [],
  );
  const carrier = links.carrierOf(id);
  const targetId = event.type === 'statement' ? undefined : event.target;
  const target = targetId === undefined ? undefined : links.event(targetId);
  const documents = [...new Set([...citedBy(event), ...corroborations.map((c) => c.document ?? '')])];
  return {
    id,
    type: event.type,
    live: links.live(id),
    ...(carrier === undefined
      ? {}
      : { replacementOf: { correction: carrier.id, statement: carrier.target, live: links.live(carrier.id) } }),
    ...(targetId === undefined || target === undefined
      ? {}
      : { target: { id: targetId, type: target.type, live: links.live(targetId) } }),
    event,
    documents: documents.map(documentOf),
    corroborations,
    retractedBy,
  };
}

// The documents an event cites itself: a statement's sources, a corroboration's source, a correction's
// replacement's sources.
function citedBy(event: LedgerEvent): string[] {
  if (event.type === 'statement') return event.sources.map((s) => s.document);
  if (event.type === 'corroboration') return [event.source.document];
  if (event.type === 'correction') return event.replacement.sources.map((s) => s.document);
  return [];
}
