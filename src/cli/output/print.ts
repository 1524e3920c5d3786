import type { Format } from '../options.js';

/**
 * What a command prints, one renderer per format; only the one asked for runs.
 *
 * @example
 * const renderers: Renderers = { json: () => ({}), csv: () => 'a\r\n', table: () => 'A\n' };
 */
export interface Renderers {
  /** The JSON document (the contract of docs/cli.md where one exists). */
  readonly json: () => unknown;
  /** A CSV document with a header row. */
  readonly csv: () => string;
  /** Aligned columns for people. */
  readonly table: () => string;
}

/**
 * Writes a command's answer to stdout in the format asked for.
 *
 * @example
 * print('json', { json: () => ({ at: '2025-12-31', issues: [] }), csv: () => '', table: () => '' });
 */
export function print(format: Format, renderers: Renderers): void {
  const text =
    format === 'json'
      ? `${JSON.stringify(renderers.json(), null, 2)}\n`
      : format === 'csv'
        ? renderers.csv()
        : renderers.table();
  process.stdout.write(text);
}

/**
 * Terms as short text for tables and CSV: `durationYears=15`; empty when there are none.
 *
 * @example
 * termsText({ durationYears: 15 }); //=> 'durationYears=15'
 */
export function termsText(terms: Readonly<Record<string, unknown>> | undefined): string {
  if (terms === undefined) return '';
  return Object.entries(terms)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
}

/**
 * Several values in one CSV cell: the distinct ones, in order, joined by `;` (docs/cli.md, tidy CSV).
 *
 * @example
 * joinedCell(['a', 'b', 'a']); //=> 'a;b'
 */
export function joinedCell(values: Iterable<string>): string {
  return [...new Set(values)].join(';');
}

/**
 * The distinct documents behind a list of evidence, in order, named by their titles where `titles` has
 * one (a dataset folder's `sources.json`) and by id otherwise (a bare events file), joined by ` | ` (titles
 * may hold `;` and `,`).
 *
 * @example
 * sourcesText([{ document: 'a' }, { document: 'b' }, { document: 'a' }], new Map([['a', 'Talks in London']]));
 * //=> 'Talks in London | b'
 */
export function sourcesText(
  evidence: readonly { readonly document: string }[],
  titles: ReadonlyMap<string, string>,
): string {
  return [...new Set(evidence.map((e) => e.document))].map((d) => titles.get(d) ?? d).join(' | ');
}
