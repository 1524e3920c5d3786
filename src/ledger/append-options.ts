/**
 * Where a batch came from, so problems can name lines.
 *
 * @example
 * ledger.append(events, { file: 'events.ndjson', lines: [1, 2, 3] }); // problems name file:line
 */
export interface AppendOptions {
  /** The line of each event in its file (same order as the batch), for error messages. */
  readonly lines?: readonly number[];
  /** The file the batch came from, for error messages. */
  readonly file?: string;
}
