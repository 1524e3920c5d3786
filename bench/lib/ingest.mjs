// Reading an NDJSON events file into a ledger the way a long file should be read: streamed in
// chunks, parsed line by line, appended in batches, so neither the whole text nor all raw objects
// sit in memory at once.
import { open } from 'node:fs/promises';
import { library } from './library.mjs';

const { Ledger } = await library();

/** Each text JSON.parse'd when the append asks for it. */
function* parsed(texts) {
  for (let n = 0; n < texts.length; n++) yield JSON.parse(texts[n]);
}

/**
 * Reads, validates and indexes every event of an NDJSON file. Each batch is appended all-or-nothing
 * with its line numbers, so a bad line is reported as `file:line`.
 *
 * @param {string} file
 * @param {{ batch?: number }} [options]
 * @returns {Promise<Ledger>}
 * @example
 * (await ingestNdjson('/tmp/events.ndjson')).size; //=> 1000000
 */
export async function ingestNdjson(file, { batch = 20_000 } = {}) {
  const ledger = new Ledger();
  const handle = await open(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 22);
  let texts = [];
  let lines = [];
  let line = 0;
  let rest = '';
  const flush = () => {
    // The batch's lines are parsed as the append reads them, so each parsed object is dropped as soon
    // as its event is read, instead of a whole batch of them outliving the young generation.
    if (texts.length > 0) ledger.append(parsed(texts), { lines, file });
    texts = [];
    lines = [];
  };
  const take = (text) => {
    line++;
    if (text.trim() === '') return;
    texts.push(text);
    lines.push(line);
    if (texts.length >= batch) flush();
  };
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      // Cut at the last newline so no UTF-8 sequence or line is split across chunks.
      const end = buffer.lastIndexOf(10, bytesRead - 1);
      if (end === -1) {
        rest += buffer.toString('utf8', 0, bytesRead);
        continue;
      }
      const text = rest + buffer.toString('utf8', 0, end);
      rest = buffer.toString('utf8', end + 1, bytesRead);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        take(text.slice(start, nl));
        start = nl + 1;
      }
      take(text.slice(start));
    }
    if (rest !== '') take(rest);
    flush();
  } finally {
    await handle.close();
  }
  return ledger;
}
