import { QUOTE_IN_EVENT } from './event-table.js';

const encoder = new TextEncoder();
const SOURCES = encoder.encode('"sources":[');
const SOURCE = encoder.encode('"source":{');
const QUOTE = encoder.encode('"quote":"');

/**
 * Where the quotes of a stored event's sources sit in its JSON text as `JSON.stringify` writes it (no
 * white space, the stored key order), as `EventTable.sourceQuoted` keeps them: 1 + the byte offset of each
 * quote's opening `"`, in the order of the sources that have one. Inside the sources list no key but
 * `quote` is followed by a quoted string that starts `"quote":"`, and a string value cannot hold that
 * sequence unescaped, so the n-th match is the n-th quote. `count` quotes are looked for; any not
 * found is {@link QUOTE_IN_EVENT} (read by parsing the event).
 *
 * @example
 * storedQuoteOffsets(new TextEncoder().encode('{"source":{"document":"d","quote":"q"}}'), 1); //=> [35]
 */
export function storedQuoteOffsets(text: Uint8Array, count: number): number[] {
  const offsets: number[] = [];
  let at = indexOf(text, SOURCES, 0);
  if (at < 0) at = indexOf(text, SOURCE, 0);
  for (let n = 0; n < count; n++) {
    at = at < 0 ? -1 : indexOf(text, QUOTE, at);
    if (at < 0) offsets.push(QUOTE_IN_EVENT);
    else {
      // The opening `"` is the pattern's last byte; the column keeps 1 + its offset.
      offsets.push(at + QUOTE.length);
      at += QUOTE.length;
    }
  }
  return offsets;
}

function indexOf(text: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0] as number;
  for (
    let i = text.indexOf(first, from);
    i !== -1 && i + pattern.length <= text.length;
    i = text.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < pattern.length && text[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}
