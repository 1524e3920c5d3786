// Node only: the file side of the byte-level NDJSON reader. Import it from the file store and the
// CLI, never from code the main entry reaches (src/index.ts stays free of Node built-ins).
export {
  NdjsonFileReader,
  READ_CHUNK_BYTES,
  readNdjsonFile,
  type FileReadOptions,
  type NdjsonFileReaderOptions,
} from './read-file.js';
export { readLineAt } from './read-line.js';
