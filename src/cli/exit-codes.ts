/**
 * The exit codes of `positions`: scripts branch on them.
 *
 * @example
 * process.exitCode = EXIT.invalidData;
 */
export const EXIT = Object.freeze({
  /** Success. */
  ok: 0,
  /** The data is invalid (with `validate`: any bad line). */
  invalidData: 1,
  /** Wrong usage: unknown command or flag, bad date, unknown id, unreadable path. */
  usage: 2,
  /** A store could not be used: unreachable or refusing server, dropped connection, lock, full or read-only disk. */
  storeUnavailable: 3,
  /** An internal error: a bug, reported with its stack. */
  internal: 70,
});
