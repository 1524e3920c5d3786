import type { Problem, ProblemCode } from '../errors/index.js';
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
  const add = (code: ProblemCode, path: (string | number)[], message: string, suggestion: string) =>
    problems.push({ ...origin, code, path, message, suggestion });
  walkStrings(event, [], (text, path, key) => {
    const where = key ? `the key '${text.replace(SUSPECT_ALL, '\ufffd')}'` : 'the text';
    if (text.includes('\0'))
      add(
        'nul-character',
        path,
        `${where} holds a NUL character (U+0000), which no store keeps`,
        'remove the NUL character',
      );
    if (LONE_SURROGATE.test(text))
      add(
        'lone-surrogate',
        path,
        `${where} holds a lone surrogate (half of a UTF-16 pair), which is not text`,
        'fix the text where it was copied from, or remove the broken character',
      );
  });
  const tooLong = (text: string | undefined, max: number, what: string, path: (string | number)[]) => {
    if (text !== undefined && text.length > max)
      add(
        'text-too-long',
        path,
        `the ${what} is ${count(text.length)} characters long; at most ${count(max)} are allowed`,
        `shorten the ${what}`,
      );
  };
  const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
  const base = event.type === 'correction' ? ['replacement'] : [];
  if (statement !== undefined) {
    tooLong(statement.summary, MAX_SUMMARY_LENGTH, 'summary', [...base, 'summary']);
    for (const [i, source] of statement.sources.entries())
      tooLong(source.quote, MAX_QUOTE_LENGTH, 'quote', [...base, 'sources', i, 'quote']);
  }
  if (event.type === 'corroboration') tooLong(event.source.quote, MAX_QUOTE_LENGTH, 'quote', ['source', 'quote']);
  // A UTF-16 code unit takes at most 3 bytes of UTF-8, so a short text needs no count.
  if (line !== undefined && line.length * 3 > maxLineBytes) {
    const bytes = new TextEncoder().encode(line).length;
    if (bytes > maxLineBytes)
      add(
        'line-too-long',
        [],
        `the event is ${count(bytes)} bytes as a line; at most ${count(maxLineBytes)} (1 MiB) are stored`,
        'shorten its summary, quotes or terms',
      );
  }
}

function count(n: number): string {
  return n.toLocaleString('en');
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
const SUSPECT_ALL = /[\0\ud800-\udfff]/g;

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units: no
// `u` flag).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
