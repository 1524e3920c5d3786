import type { Problem } from '../errors/index.js';
import type { EventOrigin } from './read-event.js';
import type { LedgerEvent } from './types.js';

// The limits an appended event must keep (docs/design.md §5), checked by every store's append through
// the one append path (src/ledger/append.ts). They are not part of reading: data stored before a limit
// stays readable, and `positions validate` reports it.

/**
 * The longest summary an appended statement may have, in UTF-16 code units (a character outside the
 * Basic Multilingual Plane counts as two). A summary is one or two sentences; the bundled dataset's
 * longest is 180.
 *
 * @example
 * 'Russia rejects any NATO membership for Ukraine.'.length <= MAX_SUMMARY_LENGTH; //=> true
 */
export const MAX_SUMMARY_LENGTH = 4_000;

/**
 * The longest quote a source may carry, in UTF-16 code units: a long paragraph of a party's own words.
 * The bundled dataset's longest is 113.
 *
 * @example
 * MAX_QUOTE_LENGTH; //=> 20000
 */
export const MAX_QUOTE_LENGTH = 20_000;

/**
 * The limits a valid event can break, with its text as a stored line (`JSON.stringify` of the normalised
 * event) measured by `lineBytes` when given: a NUL (U+0000) or a lone surrogate in any string or key, a
 * summary or quote over its maximum, a line over `maxLineBytes`. Pushes one problem per broken limit.
 *
 * @example
 * const problems: Problem[] = [];
 * checkEventLimits(event, { index: 0 }, problems, 1_048_576, JSON.stringify(event));
 */
export function checkEventLimits(
  event: LedgerEvent,
  origin: EventOrigin,
  problems: Problem[],
  maxLineBytes: number,
  line?: string,
): void {
  walkStrings(event, [], (text, path, key) => {
    const where = key ? `the key '${text.replace(/[\0\ud800-\udfff]/g, '�')}'` : 'the text';
    if (text.includes('\0')) {
      problems.push({
        ...origin,
        code: 'nul-character',
        path,
        message: `${where} holds a NUL character (U+0000), which no store keeps`,
        suggestion: 'remove the NUL character',
      });
    }
    if (!isWellFormed(text)) {
      problems.push({
        ...origin,
        code: 'lone-surrogate',
        path,
        message: `${where} holds a lone surrogate (half of a UTF-16 pair), which is not text`,
        suggestion: 'fix the text where it was copied from, or remove the broken character',
      });
    }
  });
  const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
  const base = event.type === 'correction' ? ['replacement'] : [];
  if (statement !== undefined) {
    tooLong(statement.summary, MAX_SUMMARY_LENGTH, 'summary', [...base, 'summary'], origin, problems);
    for (const [i, source] of (statement.sources ?? []).entries())
      tooLong(source.quote, MAX_QUOTE_LENGTH, 'quote', [...base, 'sources', i, 'quote'], origin, problems);
  }
  if (event.type === 'corroboration')
    tooLong(event.source.quote, MAX_QUOTE_LENGTH, 'quote', ['source', 'quote'], origin, problems);
  // A UTF-16 code unit takes at most 3 bytes of UTF-8, so a short text needs no count.
  if (line !== undefined && line.length * 3 > maxLineBytes) {
    const bytes = utf8Length(line);
    if (bytes > maxLineBytes) {
      problems.push({
        ...origin,
        code: 'line-too-long',
        path: [],
        message: `the event is ${bytes.toLocaleString('en')} bytes as a line; at most ${maxLineBytes.toLocaleString('en')} (1 MiB) are stored`,
        suggestion: 'shorten its summary, quotes or terms',
      });
    }
  }
}

function tooLong(
  text: string | undefined,
  max: number,
  what: string,
  path: (string | number)[],
  origin: EventOrigin,
  problems: Problem[],
): void {
  if (text === undefined || text.length <= max) return;
  problems.push({
    ...origin,
    code: 'text-too-long',
    path,
    message: `the ${what} is ${text.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are allowed`,
    suggestion: `shorten the ${what}`,
  });
}

/**
 * Calls `visit` for every string in a JSON value that holds a NUL or a surrogate (object keys included,
 * `key` true), with a copy of its path. One path stack serves the walk: a clean event allocates nothing.
 */
function walkStrings(
  value: unknown,
  path: (string | number)[],
  visit: (text: string, path: (string | number)[], key: boolean) => void,
): void {
  if (typeof value === 'string') {
    if (SUSPECT.test(value)) visit(value, [...path], false);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkStrings(value[i], path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      if (SUSPECT.test(key)) visit(key, [...path], true);
      walkStrings(item, path, visit);
      path.pop();
    }
  }
}

/** A NUL or any UTF-16 surrogate: what a string must hold for a closer look. */
const SUSPECT = /[\0\ud800-\udfff]/;

// Every UTF-16 code unit from U+D800 to U+DFFF must be half of a high-then-low pair.
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit > 0xdbff) return false;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
