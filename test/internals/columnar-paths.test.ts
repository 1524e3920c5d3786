// The columnar paths agree with the ledger fed objects: a ledger read from NDJSON text (the line scanner,
// and the schema path for what it leaves), the same read from a file with its texts left on disk, and
// the stream fold over either ledger's own columns (docs/design.md §9.3, §9.6).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { afterAll, describe, expect, it } from 'vitest';
import { foldEvents, Ledger } from '../../src/index.js';
import { LEDGER_STATE } from '../../src/ledger/ledger-internals.js';
import { ledgerFromNdjson } from '../../src/ndjson/index.js';
import { readLedger } from '../../src/stores/file/index.js';
import { ledgerAnswers } from '../support/answers.js';
import { streamWithQueriesArb, SEVERAL_BLOCS, type World } from '../support/arbitraries.js';
import { VOCABULARY } from '../support/fixtures.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const folder = mkdtempSync(join(tmpdir(), 'columnar-paths-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The stream as NDJSON, with CRLF line ends, blank lines and a last line without its end here and there. */
function ndjsonOf(raw: readonly unknown[], seed: number): string {
  return raw
    .map((event, i) => `${JSON.stringify(event)}${(seed + i) % 5 === 0 ? '\r\n\n' : '\n'}`)
    .join('')
    .replace(/\n$/, seed % 2 === 0 ? '' : '\n');
}

const worlds: ReadonlyArray<readonly [string, World | undefined, number]> = [
  ['one bloc', undefined, 2107],
  ['several blocs per member', SEVERAL_BLOCS, 2108],
];

describe.each(worlds)('the columnar paths, %s', (_, world, seed) => {
  const vocabulary = world?.vocabulary ?? VOCABULARY;
  const params = { seed, numRuns: 60 };

  it(`NDJSON in memory and in a file answer every query kind as the ledger fed objects (seed ${seed})`, () => {
    let run = 0;
    checkProperty(
      fc.property(streamWithQueriesArb(30, 4, false, world), ({ stream, queries }) => {
        run++;
        const objects = Ledger.from(stream.raw, { vocabulary });
        const text = ndjsonOf(stream.raw, run);
        const fromText = ledgerFromNdjson(text, { vocabulary });
        const file = join(folder, `events-${seed}-${run}.ndjson`);
        writeFileSync(file, text);
        const fromFile = readLedger(file, { vocabulary });
        try {
          const expected = ledgerAnswers(objects, queries);
          expect(ledgerAnswers(fromText, queries)).toEqual(expected);
          expect(ledgerAnswers(fromFile, queries)).toEqual(expected);
          expect(plain(fromFile.events())).toEqual(plain(objects.events()));
        } finally {
          fromFile.close();
        }
      }),
      params,
    );
  });

  it(`the stream fold over a ledger's own columns equals its index, without building it (seed ${seed + 10})`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(30, 4, false, world), ({ stream, queries }) => {
        const ledger = ledgerFromNdjson(ndjsonOf(stream.raw, 0), { vocabulary });
        const folded = queries.map((q) => {
          const options = { ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit };
          return plain(foldEvents(ledger, q.at, options));
        });
        expect(ledger[LEDGER_STATE].index).toBeUndefined();
        const indexed = queries.map((q) => {
          const options = { ...(q.knownAt === undefined ? {} : { knownAt: q.knownAt }), inherit: q.inherit };
          return plain(ledger.at(q.at, options));
        });
        expect(folded).toEqual(indexed);
      }),
      { seed: seed + 10, numRuns: 80 },
    );
  });
});
