import { LineSplitter, type LineSink, type SplitStart } from './line-splitter.js';

/**
 * Splits a stream of byte chunks into lines (see `LineSplitter`), for input that arrives a piece at
 * a time: Node's `process.stdin` or any `Readable` without an encoding set (both yield `Buffer`s),
 * or a web `ReadableStream<Uint8Array>` where it is async-iterable. Pass a `splitter` to reuse its
 * buffer and limit. Resolves once the last line is handed out.
 *
 * @returns where reading ended: the lines read and the byte offset after the last byte
 * @throws {TypeError} when the stream yields strings: it was decoded before the strict UTF-8 check could see its bytes
 * @example
 * const { line } = await splitStream(process.stdin, sink, { file: '<stdin>' });
 */
export async function splitStream(
  chunks: AsyncIterable<Uint8Array | string>,
  sink: LineSink,
  start: SplitStart & { readonly splitter?: LineSplitter } = {},
): Promise<{ line: number; offset: number }> {
  const splitter = start.splitter ?? new LineSplitter();
  splitter.reset(start);
  for await (const chunk of chunks) {
    if (typeof chunk === 'string')
      throw new TypeError(
        'the stream yields strings, not bytes: read it without setEncoding so its UTF-8 can be checked strictly',
      );
    splitter.push(chunk, sink);
  }
  splitter.finish(sink);
  return { line: splitter.line, offset: splitter.offset };
}
