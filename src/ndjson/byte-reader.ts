// The byte reader for the library's own modules and tests; the package entry is index.ts.
export { decodeLine, invalidUtf8Problem } from './decode-line.js';
export {
  LineSplitter,
  lineTooLongProblem,
  MAX_LINE_BYTES,
  type LineSink,
  type LineSplitterOptions,
  type SplitStart,
} from './line-splitter.js';
export { parseJsonLine, parseNdjson, type ParsedLine } from './parse-lines.js';
export { splitStream } from './split-stream.js';
export { firstMalformedUtf8, malformedUtf8Reason, utf8SequenceLength } from './utf8.js';
