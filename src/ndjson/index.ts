export { parseJsonLine, parseNdjson, type ParsedLine } from './parse-lines.js';
