// The law every line scanner test checks, line by line: the fast path (LineScanner.scanLine) either
// writes exactly what the schema path writes, or says the id is taken exactly when the schema path
// finds it taken, or is unsure and leaves the table as it was; whenever the schema path rejects a
// line, the fast path is unsure; and so it is for a line with a NUL or a lone surrogate in any string,
// which an append refuses (docs/design.md §5) though reading stored data takes it.
import { expect } from 'vitest';
import { QUOTE_IN_EVENT } from '../../src/columns/event-table.js';
import { LineScanner, SCAN_UNSURE, takenRow } from '../../src/columns/scan-line.js';
import { EventTable, lineBytes, placeOf, referenceAppend, snapshot } from './scan-support.js';

const encoder = new TextEncoder();
// Each line is scanned inside a larger buffer, between bytes that would complete a truncated line if
// the scanner read outside its range.
const BEFORE = encoder.encode('{"type":"statement","id":');
const AFTER = encoder.encode('"}]}}\n{"id":"x"}');

/** What happened to each line on the fast path. */
export interface ScanTally {
  /** Lines written by the fast path. */
  accepted: number;
  /** Lines it left to the schema path. */
  unsure: number;
  /** Valid lines whose id it found taken. */
  taken: number;
  /** Lines the schema path wrote or found taken (valid, with free or taken ids). */
  valid: number;
}

/**
 * Appends `lines` to two tables, one by the fast path (falling back to the schema path when unsure)
 * and one by the schema path alone, and checks the law for every line. `compareEvery` compares the
 * whole tables after every line (else only cheap sizes per line, and the whole tables at the end).
 */
export function checkLines(lines: ReadonlyArray<string | Uint8Array>, compareEvery = true): ScanTally {
  const scanned = new EventTable();
  const reference = new EventTable();
  const scanner = new LineScanner();
  const tally: ScanTally = { accepted: 0, unsure: 0, taken: 0, valid: 0 };
  let offset = 0;
  for (const line of lines) {
    const bytes = lineBytes(line);
    const buffer = new Uint8Array(BEFORE.length + bytes.length + AFTER.length);
    buffer.set(BEFORE);
    buffer.set(bytes, BEFORE.length);
    buffer.set(AFTER, BEFORE.length + bytes.length);
    const shown = typeof line === 'string' ? line : `bytes ${Buffer.from(bytes).toString('hex')}`;
    const before = compareEvery ? snapshot(scanned) : sizes(scanned);
    const result = scanner.scanLine(
      scanned,
      buffer,
      BEFORE.length,
      BEFORE.length + bytes.length,
      placeOf(offset, bytes.length),
    );
    const expected = referenceAppend(reference, bytes, offset);
    if (expected.outcome === 'written' || expected.outcome === 'taken') tally.valid++;
    if (result === SCAN_UNSURE) {
      tally.unsure++;
      expect(compareEvery ? snapshot(scanned) : sizes(scanned), `unsure left the table changed: ${shown}`).toEqual(
        before,
      );
      referenceAppend(scanned, bytes, offset);
    } else if (breaksCharacterLimit(bytes)) {
      expect.fail(`the fast path took a line with a NUL or a lone surrogate: ${shown}`);
    } else if (result < SCAN_UNSURE) {
      tally.taken++;
      expect(expected, `taken: ${shown}`).toEqual({ outcome: 'taken', row: takenRow(result) });
    } else {
      tally.accepted++;
      expect(expected, `accepted: ${shown}`).toEqual({ outcome: 'written', row: result });
      expectQuotesPlaced(scanned, result, bytes, shown);
    }
    if (compareEvery) expect(snapshot(scanned), `tables differ after: ${shown}`).toEqual(snapshot(reference));
    offset += bytes.length + 1;
  }
  expect(snapshot(scanned)).toEqual(snapshot(reference));
  return tally;
}

/** The fast path keeps where each quote sits in the line: each place must open the quote the line holds. */
function expectQuotesPlaced(table: EventTable, row: number, bytes: Uint8Array, shown: string): void {
  const event = JSON.parse(new TextDecoder().decode(bytes)) as {
    sources?: Array<{ quote?: string }>;
    source?: { quote?: string };
    replacement?: { sources: Array<{ quote?: string }> };
  };
  const sources = event.sources ?? event.replacement?.sources ?? (event.source ? [event.source] : []);
  const quotes = sources.flatMap((source) => (source.quote === undefined ? [] : [source.quote]));
  // A correction's sources are its replacement's row's; places count from that row's text start.
  const sourceRow = (table.partner[row] as number) >= 0 && event.replacement ? (table.partner[row] as number) : row;
  const base = (table.textStart[sourceRow] as number) - (table.textStart[row] as number);
  const first = table.sourceStart[sourceRow] as number;
  const placed: string[] = [];
  for (let i = 0; i < (table.sourceCount[sourceRow] as number); i++) {
    const quote = table.sourceQuoted[first + i] as number;
    if (quote === 0) continue;
    expect(quote, `a quote the fast path did not place: ${shown}`).toBeGreaterThan(QUOTE_IN_EVENT);
    const rest = new TextDecoder().decode(bytes.subarray(base + quote - 1));
    expect(rest[0], `a quote's place is not its opening mark: ${shown}`).toBe('"');
    const close = /^"(?:[^"\\]|\\.)*"/.exec(rest)?.[0] ?? '';
    placed.push(JSON.parse(close) as string);
  }
  expect(placed, `quotes read at their places: ${shown}`).toEqual(quotes);
}

// Whether the line's JSON holds a NUL or a lone surrogate: JSON.stringify writes exactly those (of the
// characters a line may hold) as \u escapes.
function breaksCharacterLimit(bytes: Uint8Array): boolean {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
  return /\\u0000|\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(value));
}

function sizes(table: EventTable) {
  return {
    count: table.count,
    ids: table.ids.count,
    parties: table.partyListLength,
    sources: table.sourceListLength,
    dictionaries: [table.parties.size, table.issues.size, table.documents.size, table.termsKeys.size],
    statedText: table.statedText.size,
    pendingTargets: table.pendingTargets.size,
  };
}
