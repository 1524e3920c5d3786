import { QUOTE_IN_EVENT } from './event-table.js';

const encoder = new TextEncoder();

/**
 * Where the quotes of a stored event's sources sit in its JSON text as `JSON.stringify` writes it (no
 * white space, the stored key order), as `EventTable.sourceQuoted` keeps them: 1 + the UTF-8 byte
 * offset of each quote's opening `"`, in the order of the sources that have one. Inside the sources list
 * no key but `quote` is followed by a string that starts `"quote":"`, and a string value cannot hold that
 * sequence unescaped, so the n-th match is the n-th quote. `count` quotes are looked for; any not found
 * is {@link QUOTE_IN_EVENT} (read by parsing the event).
 *
 * @example
 * storedQuoteOffsets('{"source":{"document":"d","quote":"q"}}', 1); //=> [35]
 */
export function storedQuoteOffsets(text: string, count: number): number[] {
  const offsets: number[] = [];
  let at = text.indexOf('"sources":[');
  if (at < 0) at = text.indexOf('"source":{');
  for (let n = 0; n < count; n++) {
    at = at < 0 ? -1 : text.indexOf('"quote":"', at);
    if (at < 0) offsets.push(QUOTE_IN_EVENT);
    else {
      // The opening `"` is the pattern's last character; the column counts bytes, from 1.
      at += 8;
      offsets.push(1 + encoder.encode(text.slice(0, at)).length);
      at++;
    }
  }
  return offsets;
}
