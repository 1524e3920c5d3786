/**
 * A one-line progress report on stderr, rewritten in place.
 *
 * @example
 * const progress: Progress = progressOnStderr();
 */
export interface Progress {
  /** Shows this text in place of the previous one. */
  update(text: string): void;
  /** Clears the line. */
  done(): void;
}

/**
 * Progress on stderr when stderr is a terminal; silent otherwise, so logs and pipes stay clean.
 *
 * @example
 * const progress = progressOnStderr();
 * progress.update('checking 120,000 events…');
 * progress.done();
 */
export function progressOnStderr(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true) return { update() {}, done() {} };
  let shown = false;
  return {
    update(text) {
      stream.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
