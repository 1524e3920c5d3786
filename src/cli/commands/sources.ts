import { loadData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { renderTable } from '../output/table.js';
import type { Ledger } from '../../index.js';
import type { SourceDocument } from '../../dataset/index.js';

/**
 * `positions sources`: the documents the data cites, with estimated publication dates.
 * A bare events file has no `sources.json`: then the document ids its events cite are listed.
 *
 * @example
 * await runSources({ format: 'table' });
 */
export async function runSources(flags: CommonOptions): Promise<void> {
  const data = await loadData(flags.data);
  const list: readonly (SourceDocument | { id: string })[] = data.documents ?? citedIn(await data.ledger());
  const field = (doc: object, key: string) => {
    const value = (doc as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : '';
  };
  const keys = ['id', 'title', 'publishedAt', 'precision', 'uncertainty', 'reason', 'url'];

  print(flags.format, {
    json: () => ({ documents: list }),
    csv: () =>
      csvDocument(
        keys,
        list.map((doc) => keys.map((key) => field(doc, key))),
      ),
    table: () =>
      `Sources (${list.length})\n${renderTable(
        [{ header: 'id' }, { header: 'published' }, { header: 'title' }],
        list.map((doc) => [
          doc.id,
          [field(doc, 'publishedAt'), field(doc, 'uncertainty')].filter(Boolean).join(' '),
          field(doc, 'title'),
        ]),
      )}`,
  });
}

function citedIn(ledger: Ledger): { id: string }[] {
  const ids = new Set<string>();
  for (const event of ledger.events()) {
    if (event.type === 'statement') for (const s of event.sources) ids.add(s.document);
    else if (event.type === 'corroboration') ids.add(event.source.document);
    else if (event.type === 'correction') for (const s of event.replacement.sources) ids.add(s.document);
  }
  return [...ids].sort().map((id) => ({ id }));
}
