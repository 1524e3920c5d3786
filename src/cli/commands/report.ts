import { writeFile } from 'node:fs/promises';
import { renderReport } from '../../report/index.js';
import { checkDate } from '../arguments.js';
import { loadData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { UsageError } from '../usage-error.js';

/**
 * The flags of `positions report`.
 *
 * @example
 * const flags: ReportFlags = { out: 'report.html', at: '2025-12-31', format: 'table' };
 */
export interface ReportFlags extends CommonOptions {
  readonly out: string;
  readonly at?: string;
  readonly knownAt?: string;
  readonly title?: string;
}

/**
 * `positions report --out FILE.html`: writes one self-contained HTML report of the data.
 *
 * @example
 * await runReport({ out: 'report.html', at: '2025-12-31', format: 'table' });
 */
export async function runReport(flags: ReportFlags): Promise<void> {
  const at = flags.at === undefined ? undefined : checkDate('--at', flags.at);
  const knownAt = flags.knownAt === undefined ? undefined : checkDate('--known-at', flags.knownAt);
  const data = await loadData(flags.data);
  const { vocabulary, documents } = data;
  const ledger = await data.ledger();
  const html = renderReport({ ledger, vocabulary, documents }, { at, knownAt, title: flags.title ?? 'Positions' });
  try {
    await writeFile(flags.out, html);
  } catch (error) {
    throw new UsageError(
      `cannot write --out '${flags.out}': ${error instanceof Error ? error.message : String(error)}`,
      'name a file in a folder that exists',
    );
  }
  const bytes = Buffer.byteLength(html);
  print(flags.format, {
    json: () => ({ out: flags.out, bytes, at: at ?? null, knownAt: knownAt ?? null }),
    csv: () => csvDocument(['out', 'bytes'], [[flags.out, bytes]]),
    table: () => `Wrote ${flags.out} (${Math.round(bytes / 1024)} KB): open it in a browser; it needs no network.\n`,
  });
}
