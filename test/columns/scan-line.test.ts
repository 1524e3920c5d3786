import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, test } from 'vitest';
import {
  bytesNearMissArb,
  eventArb,
  idArb,
  jsonLineArb,
  lineArb,
  nearMissArb,
  render,
  spaceArb,
} from './scan-arbitraries.js';
import { checkLines } from './scan-check.js';
import { Ledger, ValidationError } from '../../src/index.js';
import { appendNdjson } from '../../src/ledger/append-ndjson.js';

// The fast path into the event table (src/columns/scan-line.ts) against the schema path
// (JSON.parse, readEvent, writeEvent) as the oracle: the law is in ./scan-check.ts.
const SEED = 20261128;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

describe(`line scanner = schema path (seed ${SEED})`, () => {
  test('valid events it is meant to take: written exactly as the schema path writes them, every one', () => {
    checkProperty(
      fc.property(lineArb(eventArb({ eligible: true })), (line) => {
        const tally = checkLines([line]);
        // Every valid event with an id, UTC times, no url and no \u escape is taken.
        expect(tally.accepted, line).toBe(tally.valid);
      }),
      runs(2000),
    );
  });

  test('valid events of every kind (offsets, urls, derived ids, \\u escapes): the same rows, or unsure', () => {
    checkProperty(
      fc.property(lineArb(eventArb({ eligible: false })), (line) => {
        checkLines([line]);
      }),
      runs(1500),
    );
  });

  test('near misses (a field mutated, removed, added or given twice): never accepted when the schema rejects', () => {
    checkProperty(
      fc.property(nearMissArb(eventArb({ eligible: true })), fc.infiniteStream(spaceArb), (value, spaces) => {
        const space = spaces[Symbol.iterator]();
        checkLines([render(value, () => space.next().value as string)]);
      }),
      runs(3000),
    );
  });

  test('byte-level near misses (bad UTF-8, control characters, escapes, stray bytes): never accepted when the schema rejects', () => {
    checkProperty(
      fc.property(bytesNearMissArb(lineArb(eventArb({ eligible: true }))), (bytes) => {
        checkLines([bytes]);
      }),
      runs(3000),
    );
  });

  test('an append of near misses (NUL, lone surrogates, long texts among them): the same problems by line as by object', () => {
    const outcome = (append: () => unknown) => {
      try {
        append();
        return 'added';
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return error.problems.map(({ code, path, message }) => ({ code, path, message }));
      }
    };
    checkProperty(
      fc.property(nearMissArb(eventArb({ eligible: true })), (value) => {
        const line = render(value);
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          return;
        }
        expect(
          outcome(() => appendNdjson(new Ledger(), line)),
          line,
        ).toEqual(outcome(() => new Ledger().append([parsed])));
      }),
      runs(3000),
    );
  });

  test('arbitrary JSON values', () => {
    checkProperty(
      fc.property(jsonLineArb, (line) => {
        checkLines([line]);
      }),
      runs(1500),
    );
  });

  test('streams: taken ids, targets found or pending, self-targets, replacement ids, repeats of earlier lines', () => {
    const ids = fc.constantFrom('e1', 'e2', 'e3', 'e4', 'r1', 'valueOf');
    const line = fc.oneof(
      { weight: 4, arbitrary: lineArb(eventArb({ eligible: true, ids })) },
      lineArb(nearMissArb(eventArb({ eligible: true, ids })).map((value) => value as Record<string, unknown>)),
    );
    checkProperty(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (lines, repeats) => {
          // Some lines again, verbatim: their ids are taken by then.
          const stream = [...lines, ...repeats.map((n) => lines[n % lines.length] as string)];
          checkLines(stream);
        },
      ),
      runs(1000),
    );
  });
});

describe('real streams', () => {
  test('the bench stream (bench/generate.mjs): every event taken on the fast path, written as the schema path writes it', async () => {
    const generate = (await import(fileURLToPath(new URL('../../bench/generate.mjs', import.meta.url)))) as {
      generateEvents(options: { events: number; seed: number }): unknown[];
    };
    const lines = generate.generateEvents({ events: 5000, seed: 42 }).map((event) => JSON.stringify(event));
    const tally = checkLines(lines, false);
    expect(tally).toEqual({ accepted: lines.length, unsure: 0, taken: 0, valid: lines.length });
  });

  test('the bundled dataset: nearly every event taken on the fast path, all written as the schema path writes them', () => {
    const text = readFileSync(new URL('../../seeds/ukraine-2025/events.ndjson', import.meta.url), 'utf8');
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const tally = checkLines(lines, false);
    expect(tally.valid).toBe(lines.length);
    expect(tally.accepted / lines.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('tricky bytes', () => {
  const statement = (fields: Record<string, unknown> = {}) => ({
    type: 'statement',
    id: 's1',
    parties: ['ukraine'],
    issue: 'nato',
    stance: 'supports',
    act: 'assert',
    attribution: 'on-record',
    statedAt: '2025-03',
    summary: 'said so',
    sources: [{ document: 'd1' }],
    recordedAt: '2025-03-02T10:00Z',
    ...fields,
  });
  /** Whether the fast path takes the line (the law is checked either way). */
  const taken = (line: string | Uint8Array) => checkLines([line]).accepted === 1;
  const rejected = (line: string | Uint8Array) => checkLines([line]).valid === 0;
  const withSalience = (number: string) =>
    JSON.stringify(statement()).replace('"summary"', `"salience":${number},"summary"`);

  test.each([
    ['0', true],
    ['1', true],
    ['-0', true],
    ['-0.0', true],
    ['1e0', true],
    ['0.50', true],
    ['1.0e-1', true],
    ['1E-1', true],
    ['5e-324', true],
    ['-1e-400', true],
    ['1.0000000000000001', true],
    ['1.0000000000001', false],
    ['-0.1', false],
    ['1e400', false],
    ['2', false],
  ])('salience %s: taken %s (as JSON.parse reads it)', (number, ok) => {
    expect(taken(withSalience(number))).toBe(ok);
    expect(rejected(withSalience(number))).toBe(!ok);
  });

  test.each(['01', '1.', '.5', '+1', '-', '1e', '0x1', 'NaN', 'Infinity', '1 .5'])(
    'salience %s: not JSON, rejected',
    (number) => {
      expect(rejected(withSalience(number))).toBe(true);
    },
  );

  test.each([
    ['a quote', 'he said \\"no\\"'],
    ['a backslash', 'a\\\\b'],
    ['an escaped slash', 'a\\/b'],
    ['short escapes', '\\b\\f\\n\\r\\t'],
    ['a raw DEL', 'a\u007fb'],
    ['a raw line separator', 'a\u2028b'],
  ])('summary with %s: taken', (_, summary) => {
    expect(taken(JSON.stringify(statement()).replace('"said so"', `"${summary}"`))).toBe(true);
  });

  test.each([
    { what: 'a \\u escape', summary: '\\u0041', bad: false },
    { what: 'an escaped lone surrogate', summary: '\\ud800', bad: false },
    { what: 'an unknown escape', summary: '\\x41', bad: true },
    { what: 'a raw tab', summary: '\t', bad: true },
    { what: 'a raw NUL', summary: '\u0000', bad: true },
    { what: 'a raw line feed', summary: '\n', bad: true },
  ])('summary with $what: unsure (the schema path rejects it too: $bad)', ({ summary, bad }) => {
    const line = JSON.stringify(statement()).replace('"said so"', `"a${summary}b"`);
    expect(taken(line)).toBe(false);
    expect(rejected(line)).toBe(bad);
  });

  test('multi-byte UTF-8 in summaries, quotes and names is taken; its text place counts bytes', () => {
    const line = JSON.stringify(
      statement({
        summary: 'Київ: «ні» — 😀 €',
        speaker: { name: 'Володимир Зеленський', authority: 'head-of-state' },
        sources: [{ document: 'd1', quote: '“Ні.”' }],
      }),
    );
    expect(taken(line)).toBe(true);
  });

  test.each([
    ['a stray continuation byte', [0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut sequence', [0xe2, 0x82]],
    ['0xFF', [0xff]],
  ])('malformed UTF-8 in a summary (%s): unsure, and the schema path rejects it', (_, bad) => {
    const [head, tail] = JSON.stringify(statement()).split('said so') as [string, string];
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(`${head}said`),
      ...bad,
      ...new TextEncoder().encode(` so${tail}`),
    ]);
    expect(taken(bytes)).toBe(false);
    expect(rejected(bytes)).toBe(true);
  });

  test('keys in any order: type last, the replacement before its correction’s type, sources before parties', () => {
    const event = statement();
    const reversed = Object.fromEntries(Object.entries(event).reverse());
    expect(taken(JSON.stringify(reversed))).toBe(true);
    const { type: _type, recordedAt: _recordedAt, ...content } = statement({ id: 'r1' });
    const correction = {
      replacement: content,
      recordedAt: '2025-04-01T00:00Z',
      target: 's0',
      id: 'c1',
      type: 'correction',
    };
    expect(taken(JSON.stringify(correction))).toBe(true);
  });

  test('white space anywhere JSON allows it is taken; anything else around the object is not', () => {
    const line = JSON.stringify(statement(), null, '\t').replaceAll('\n', '\r\n');
    expect(taken(` \t${line}\r\n `)).toBe(true);
    expect(taken(`${JSON.stringify(statement())}x`)).toBe(false);
    expect(taken(`${JSON.stringify(statement())},`)).toBe(false);
    expect(taken(`\ufeff${JSON.stringify(statement())}`)).toBe(false);
    expect(taken(`${JSON.stringify(statement())}\u00a0`)).toBe(false);
  });

  test('ids: 128 characters taken, 129 not; a party listed twice, or 256 parties, left to the schema path', () => {
    const long = `a${'b'.repeat(127)}`;
    expect(taken(JSON.stringify(statement({ id: long })))).toBe(true);
    expect(rejected(JSON.stringify(statement({ id: `${long}c` })))).toBe(true);
    expect(rejected(JSON.stringify(statement({ parties: ['ukraine', 'russia', 'ukraine'] })))).toBe(true);
    const many = Array.from({ length: 256 }, (_, i) => `p${i}`);
    expect(taken(JSON.stringify(statement({ parties: many })))).toBe(false);
    expect(taken(JSON.stringify(statement({ parties: many.slice(0, 255) })))).toBe(true);
  });

  test('parties are stored sorted by id, as the schema path sorts them', () => {
    expect(taken(JSON.stringify(statement({ parties: ['usa', 'ukraine', 'eu', 'u', 'uk'] })))).toBe(true);
  });

  test('a key given twice is left to the schema path (JSON.parse keeps the last)', () => {
    const line = JSON.stringify(statement()).replace('"stance":"supports"', '"stance":"rejects","stance":"supports"');
    expect(taken(line)).toBe(false);
    expect(rejected(line)).toBe(false);
  });

  test('times the fast path leaves to the schema path: offsets; times with one or two fraction digits are taken and kept as written', () => {
    expect(taken(JSON.stringify(statement({ recordedAt: '2025-03-02T12:00+02:00' })))).toBe(false);
    expect(taken(JSON.stringify(statement({ statedAt: '2025-03-02T12:00:00.5Z' })))).toBe(true);
    expect(taken(JSON.stringify(statement({ statedAt: '2025-03-02T12:00:00.25Z/2025-03-03' })))).toBe(true);
    expect(rejected(JSON.stringify(statement({ statedAt: '2025-02-30' })))).toBe(true);
    expect(rejected(JSON.stringify(statement({ statedAt: '2025-03-02/2025-03-01' })))).toBe(true);
  });

  test('terms: canonical JSON of what JSON.parse reads; empty terms are terms; "__proto__" and keys given twice left to the schema path', () => {
    expect(taken(JSON.stringify(statement({ terms: { b: 1.5, a: 'x', c: true, d: -0 } })))).toBe(true);
    expect(taken(JSON.stringify(statement({ terms: {} })))).toBe(true);
    expect(taken(JSON.stringify(statement()).replace('"sources"', '"terms":{"n":1.0e1,"m":"\\"q\\""},"sources"'))).toBe(
      true,
    );
    expect(taken(JSON.stringify(statement()).replace('"sources"', '"terms":{"__proto__":1},"sources"'))).toBe(false);
    expect(taken(JSON.stringify(statement()).replace('"sources"', '"terms":{"a":1,"a":2},"sources"'))).toBe(false);
    expect(taken(JSON.stringify(statement()).replace('"sources"', '"terms":{"a":1e400},"sources"'))).toBe(false);
    expect(rejected(JSON.stringify(statement({ terms: { '': 1 } })))).toBe(true);
  });

  test('an event without an id, a v other than 1, or a url is left to the schema path', () => {
    const { id: _id, ...anonymous } = statement();
    expect(taken(JSON.stringify(anonymous))).toBe(false);
    expect(taken(JSON.stringify(statement({ v: 1 })))).toBe(true);
    expect(rejected(JSON.stringify(statement({ v: 2 })))).toBe(true);
    expect(taken(JSON.stringify(statement({ sources: [{ document: 'd1', url: 'https://example.org' }] })))).toBe(false);
  });

  test('a taken id is reported with its row; a correction whose replacement id is taken is left to the append logic', () => {
    const first = JSON.stringify(statement());
    const again = JSON.stringify(Object.fromEntries(Object.entries(statement()).reverse()));
    expect(checkLines([first, again])).toEqual({ accepted: 1, unsure: 0, taken: 1, valid: 2 });
    const { type: _type, recordedAt: _recordedAt, ...content } = statement();
    const correction = JSON.stringify({
      type: 'correction',
      id: 'c1',
      target: 's1',
      replacement: content,
      recordedAt: '2025-04-01T00:00Z',
    });
    expect(checkLines([first, correction])).toEqual({ accepted: 1, unsure: 1, taken: 0, valid: 1 });
  });

  test('a target later in the batch waits in pendingTargets; a target of itself is linked to itself', () => {
    const retraction = (id: string, target: string) =>
      JSON.stringify({ type: 'retraction', id, target, reason: 'duplicate', recordedAt: '2025-04-01T00:00Z' });
    expect(checkLines([retraction('r1', 's1'), JSON.stringify(statement()), retraction('r2', 'r2')]).accepted).toBe(3);
  });

  test.each(['', ' ', '{}', '[]', 'null', '"statement"', '{"type":"statement"}', '{"id":"x"}', '{', '}'])(
    '%j: unsure',
    (line) => {
      expect(taken(line)).toBe(false);
    },
  );

  test(`ids by the id pattern, and nothing else (seed ${SEED})`, () => {
    checkProperty(
      fc.property(fc.oneof(idArb, fc.string({ maxLength: 6 })), (id) => {
        checkLines([JSON.stringify(statement({ issue: id }))]);
      }),
      runs(500),
    );
  });
});
