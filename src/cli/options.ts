/**
 * The output formats every command takes.
 *
 * @example
 * FORMATS.includes('csv'); //=> true
 */
export const FORMATS = ['table', 'json', 'csv'] as const;

/**
 * One of `table`, `json`, `csv`.
 *
 * @example
 * const format: Format = 'json';
 */
export type Format = (typeof FORMATS)[number];

/**
 * The options every command takes.
 *
 * @example
 * const options: CommonOptions = { data: 'events.ndjson', format: 'csv' };
 */
export interface CommonOptions {
  /** A dataset folder, an events file (`.ndjson`) or `-` for stdin; default the bundled dataset. */
  readonly data?: string;
  /** How to print the answer. */
  readonly format: Format;
}

/**
 * The options every query command takes.
 *
 * @example
 * ledger.at('2025-12-31', { knownAt: '2025-12-07', inherit: true })
 *   .cell('france', 'european-force-in-ukraine')?.evidence[0]?.via;
 * //=> 'european-allies'
 */
export interface QueryOptions extends CommonOptions {
  /** Count only events recorded before the end of this time. */
  readonly knownAt?: string;
  /** Let blocs' statements count for their members. */
  readonly inherit?: boolean;
}

/**
 * Collects a repeatable option's values (`--party a --party b`) into a list.
 *
 * @example
 * program.option('--party <id>', 'a party', collect, []);
 */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
