/**
 * Wrong usage of the command line (a bad date, an unknown id, a missing file): exit code 2, one line
 * on stderr, no stack trace.
 *
 * @example
 * throw new UsageError("unknown party 'ukriane'", "did you mean 'ukraine'?");
 */
export class UsageError extends Error {
  /** A likely fix, shown after the message. */
  readonly suggestion: string | undefined;

  constructor(message: string, suggestion?: string) {
    super(suggestion === undefined ? message : `${message} — ${suggestion}`);
    this.name = 'UsageError';
    this.suggestion = suggestion;
  }
}
