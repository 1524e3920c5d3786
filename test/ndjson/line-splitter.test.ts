import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/index.js';
import { LineSplitter, MAX_LINE_BYTES } from '../../src/ndjson/byte-reader.js';
import { asText, bytesOf, cut, type Entry, recorder, split } from './collect.js';

const BOM = [0xef, 0xbb, 0xbf];

/** A line's length in bytes, a refused line's reported length, or -1 for a blank line. */
const lengthOf = (entry: Entry) =>
  entry.kind === 'line' ? entry.bytes.length : entry.kind === 'refused' ? entry.length : -1;

describe('LineSplitter: lines, numbers and offsets', () => {
  it('hands out nothing for an empty input', () => {
    expect(split([])).toEqual({ entries: [], line: 0, offset: 0 });
    expect(split([new Uint8Array(0), new Uint8Array(0)])).toEqual({ entries: [], line: 0, offset: 0 });
  });

  it('numbers lines from 1 and gives the offset of each first byte', () => {
    const { entries, line, offset } = split([bytesOf('{"a":1}\n{"a":2}\n')]);
    expect(asText(entries)).toEqual([
      { kind: 'line', line: 1, offset: 0, text: '{"a":1}' },
      { kind: 'line', line: 2, offset: 8, text: '{"a":2}' },
    ]);
    expect({ line, offset }).toEqual({ line: 2, offset: 16 });
  });

  it('hands out a last line without a line end', () => {
    const { entries, line, offset } = split([bytesOf('{"a":1}\n{"a":2}')]);
    expect(asText(entries)).toEqual([
      { kind: 'line', line: 1, offset: 0, text: '{"a":1}' },
      { kind: 'line', line: 2, offset: 8, text: '{"a":2}' },
    ]);
    expect({ line, offset }).toEqual({ line: 2, offset: 15 });
  });

  it('drops the \\r of a \\r\\n line end, and keeps any other \\r', () => {
    expect(asText(split([bytesOf('{"a":1}\r\n{"a":2}\r\n')]).entries)).toEqual([
      { kind: 'line', line: 1, offset: 0, text: '{"a":1}' },
      { kind: 'line', line: 2, offset: 9, text: '{"a":2}' },
    ]);
    expect(asText(split([bytesOf('a\rb\nc\r')]).entries)).toEqual([
      { kind: 'line', line: 1, offset: 0, text: 'a\rb' },
      // No line end follows, so the \r is the line's own byte.
      { kind: 'line', line: 2, offset: 4, text: 'c\r' },
    ]);
  });

  it('reports empty and whitespace-only lines as blank, counting them in the line numbers', () => {
    const { entries, line, offset } = split([bytesOf('\n  \n\t\r\n{"a":1}\n\r\n')]);
    expect(asText(entries)).toEqual([
      { kind: 'blank', line: 1, offset: 0 },
      { kind: 'blank', line: 2, offset: 1 },
      { kind: 'blank', line: 3, offset: 4 },
      { kind: 'line', line: 4, offset: 7, text: '{"a":1}' },
      { kind: 'blank', line: 5, offset: 15 },
    ]);
    expect({ line, offset }).toEqual({ line: 5, offset: 17 });
  });

  it('drops a byte-order mark at the start, counting it in the offsets', () => {
    expect(asText(split([bytesOf(BOM, '{"a":1}\n{"b":2}\n')]).entries)).toEqual([
      { kind: 'line', line: 1, offset: 3, text: '{"a":1}' },
      { kind: 'line', line: 2, offset: 11, text: '{"b":2}' },
    ]);
    expect(split([bytesOf(BOM)]).entries).toEqual([{ kind: 'blank', line: 1, offset: 3 }]);
    expect(split([bytesOf(BOM, '\r\n')]).entries).toEqual([{ kind: 'blank', line: 1, offset: 3 }]);
    // Split inside the mark, one byte per chunk.
    expect(split(cut(bytesOf(BOM, '{}\n'), [1, 2, 3])).entries).toEqual([
      { kind: 'line', line: 1, offset: 3, bytes: [0x7b, 0x7d] },
    ]);
  });

  it('keeps the bytes EF BB BF anywhere but at offset 0', () => {
    expect(split([bytesOf('{}\n', BOM, '{}\n')]).entries[1]).toEqual({
      kind: 'line',
      line: 2,
      offset: 3,
      bytes: [...BOM, 0x7b, 0x7d],
    });
    // Reading resumed part-way through a file: offset 100 is not the start.
    expect(split([bytesOf(BOM, 'x')], { start: { offset: 100, line: 4 } }).entries).toEqual([
      { kind: 'line', line: 5, offset: 100, bytes: [...BOM, 0x78] },
    ]);
  });

  it('resumes from a line start with the lines before it', () => {
    const { entries, line, offset } = split([bytesOf('{"a":2}\n\n')], { start: { offset: 8, line: 1 } });
    expect(asText(entries)).toEqual([
      { kind: 'line', line: 2, offset: 8, text: '{"a":2}' },
      { kind: 'blank', line: 3, offset: 16 },
    ]);
    expect({ line, offset }).toEqual({ line: 3, offset: 17 });
  });

  it('gives the same lines for a cut at every offset and every pair of offsets, inside "€" and inside \\r\\n', () => {
    // € is E2 82 AC; the cuts fall between each of its bytes and between \r and \n.
    const bytes = bytesOf(BOM, '"€"\r\n\n"x€"\r\n"y"');
    const whole = split([bytes]);
    expect(asText(whole.entries)).toEqual([
      { kind: 'line', line: 1, offset: 3, text: '"€"' },
      { kind: 'blank', line: 2, offset: 10 },
      { kind: 'line', line: 3, offset: 11, text: '"x€"' },
      { kind: 'line', line: 4, offset: 19, text: '"y"' },
    ]);
    for (let a = 0; a <= bytes.length; a++)
      for (let b = a; b <= bytes.length; b++) expect(split(cut(bytes, [a, b])), `cut at ${a}, ${b}`).toEqual(whole);
  });

  it('reuses one splitter: reset forgets a pending line', () => {
    const splitter = new LineSplitter();
    split([bytesOf('{"unfinished"')], { splitter });
    expect(asText(split([bytesOf('{}\n')], { splitter }).entries)).toEqual([
      { kind: 'line', line: 1, offset: 0, text: '{}' },
    ]);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new LineSplitter({ maxLineBytes: 0 })).toThrow(RangeError);
    expect(() => new LineSplitter({ maxLineBytes: 1.5 })).toThrow(RangeError);
  });
});

describe('LineSplitter: the 1 MiB line limit', () => {
  const line = (length: number) => `{"s":"${'x'.repeat(length - 8)}"}`;

  it('is 1 MiB', () => {
    expect(MAX_LINE_BYTES).toBe(1_048_576);
    expect(new LineSplitter().maxLineBytes).toBe(1_048_576);
  });

  for (const [name, chunk] of [
    ['in one chunk', Number.POSITIVE_INFINITY],
    ['in 64 KiB chunks', 65_536],
    ['in chunks of 1 MiB + 1', MAX_LINE_BYTES + 1],
  ] as const) {
    it(`accepts a line of exactly 1 MiB and refuses one byte more, then reads on (${name})`, () => {
      const exact = line(MAX_LINE_BYTES);
      const over = line(MAX_LINE_BYTES + 1);
      expect(exact.length).toBe(1_048_576);
      const bytes = bytesOf(`${exact}\n${exact}\r\n${over}\n${over}\r\n{"next":1}\n${over}`);
      const offsets: number[] = [];
      for (let at = chunk; at < bytes.length; at += chunk) offsets.push(at);
      const { entries } = split(cut(bytes, offsets), {});
      expect(entries.map((e) => ({ kind: e.kind, line: e.line, offset: e.offset, length: lengthOf(e) }))).toEqual([
        { kind: 'line', line: 1, offset: 0, length: 1_048_576 },
        { kind: 'line', line: 2, offset: 1_048_577, length: 1_048_576 },
        { kind: 'refused', line: 3, offset: 2_097_155, length: 1_048_577 },
        { kind: 'refused', line: 4, offset: 3_145_733, length: 1_048_577 },
        { kind: 'line', line: 5, offset: 4_194_312, length: 10 },
        { kind: 'refused', line: 6, offset: 4_194_323, length: 1_048_577 },
      ]);
    });
  }

  it('does not count a byte-order mark towards the limit', () => {
    const exact = line(MAX_LINE_BYTES);
    for (const chunks of [[bytesOf(BOM, `${exact}\r\n`)], cut(bytesOf(BOM, `${exact}\r\n`), [2, 65_536, 1_048_579])]) {
      const { entries } = split(chunks);
      expect(entries.map((e) => [e.kind, e.line, e.offset, e.kind === 'line' ? e.bytes.length : -1])).toEqual([
        ['line', 1, 3, 1_048_576],
      ]);
    }
    for (const chunks of [[bytesOf(BOM, `${exact}x\n`)], cut(bytesOf(BOM, `${exact}x\n`), [1, 65_536])]) {
      const { entries } = split(chunks);
      expect(entries.map((e) => [e.kind, e.line, e.offset, e.kind === 'refused' ? e.length : -1])).toEqual([
        ['refused', 1, 3, 1_048_577],
      ]);
    }
  });

  it('says which line, how long, and the limit', () => {
    const { entries } = split([bytesOf(`{}\n${line(MAX_LINE_BYTES + 1)}\n`)], { start: { file: 'big.ndjson' } });
    const refused = entries[1];
    expect(refused?.kind === 'refused' && refused.problem).toEqual({
      code: 'line-too-long',
      path: [],
      line: 2,
      file: 'big.ndjson',
      message: 'too long: 1,048,577 bytes, over the limit of 1,048,576 bytes (1 MiB); the line was skipped',
      suggestion:
        'a line holds one event: shorten its long texts (summary, quotes), or keep them in the source documents',
    });
    expect(refused?.kind === 'refused' && formatProblem(refused.problem)).toBe(
      'big.ndjson:2: too long: 1,048,577 bytes, over the limit of 1,048,576 bytes (1 MiB); the line was skipped' +
        ' — a line holds one event: shorten its long texts (summary, quotes), or keep them in the source documents',
    );
  });

  it('never holds an over-long line whole: a 16 MiB line in 64 KiB chunks leaves the buffer at the limit', () => {
    const splitter = new LineSplitter();
    const { sink, entries } = recorder();
    splitter.reset();
    const piece = new Uint8Array(65_536).fill(0x78);
    for (let n = 0; n < 256; n++) splitter.push(piece, sink);
    splitter.push(bytesOf('\n{}\n'), sink);
    splitter.finish(sink);
    expect(entries.map((e) => [e.kind, e.line, e.offset, lengthOf(e)])).toEqual([
      ['refused', 1, 0, 16_777_216],
      ['line', 2, 16_777_217, 2],
    ]);
    // The limit, its \r and a byte-order mark's room.
    expect(splitter.bufferBytes).toBeLessThanOrEqual(MAX_LINE_BYTES + 4);
  });

  it('keeps its buffer small when only short lines cross chunk edges', () => {
    const splitter = new LineSplitter();
    const bytes = bytesOf('{"a":1}\n'.repeat(100_000));
    const offsets: number[] = [];
    for (let at = 5; at < bytes.length; at += 4096) offsets.push(at);
    const { entries } = split(cut(bytes, offsets), { splitter });
    expect(entries.length).toBe(100_000);
    expect(splitter.bufferBytes).toBe(65_536);
  });
});

// A reference model over the whole input, written separately from the splitter: find each \n, drop
// a \r before it, drop a byte-order mark at offset 0, then tell refused, blank and other lines apart.
function model(bytes: Uint8Array, max: number): { entries: Entry[]; starts: number[] } {
  const entries: Entry[] = [];
  const starts: number[] = [];
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(10, start);
    const stop = newline === -1 ? bytes.length : newline;
    let end = stop;
    if (newline !== -1 && end > start && bytes[end - 1] === 13) end--;
    let first = start;
    if (start === 0 && end - start >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) first = 3;
    line++;
    starts.push(start);
    const content = Array.from(bytes.subarray(first, end));
    if (content.length > max)
      entries.push({ kind: 'refused', line, offset: first, length: content.length, problem: expect.anything() });
    else if (content.every((b) => b === 0x20 || b === 0x09 || b === 0x0d))
      entries.push({ kind: 'blank', line, offset: first });
    else entries.push({ kind: 'line', line, offset: first, bytes: content });
    start = stop + 1;
  }
  return { entries, starts };
}

const FRAGMENTS = [
  '{"a":1}',
  'x',
  ' ',
  '\t',
  '\r',
  '\n',
  '\n',
  '\r\n',
  'é',
  '€',
  '𝄞',
  [0xff],
  [0x80],
  [0xef, 0xbb],
  BOM,
];

const inputArb = fc
  .record({
    bom: fc.boolean(),
    parts: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }),
    max: fc.constantFrom(1, 3, 5, 8, 16, MAX_LINE_BYTES),
  })
  .map(({ bom, parts, max }) => ({ bytes: bytesOf(...(bom ? [BOM] : []), ...parts), max }));

const params = { seed: 4210, numRuns: 400 };

describe(`LineSplitter laws (seed ${params.seed}, ${params.numRuns} runs each)`, () => {
  it('any split of the same bytes into chunks gives the same lines, numbers, offsets and refusals', () => {
    checkProperty(
      fc.property(
        inputArb.chain(({ bytes, max }) =>
          fc.record({
            bytes: fc.constant(bytes),
            max: fc.constant(max),
            cuts: fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }),
          }),
        ),
        ({ bytes, max, cuts }) => {
          const whole = split([bytes], { maxLineBytes: max });
          expect(
            split(
              cut(
                bytes,
                [...cuts].sort((a, b) => a - b),
              ),
              { maxLineBytes: max },
            ),
          ).toEqual(whole);
          // And byte by byte.
          expect(
            split(
              cut(
                bytes,
                Array.from({ length: bytes.length }, (_, i) => i),
              ),
              { maxLineBytes: max },
            ),
          ).toEqual(whole);
        },
      ),
      params,
    );
  });

  it('one chunk gives what the reference model does, and ends after the last byte', () => {
    checkProperty(
      fc.property(inputArb, ({ bytes, max }) => {
        const { entries, line, offset } = split([bytes], { maxLineBytes: max });
        const expected = model(bytes, max);
        expect(entries).toEqual(expected.entries);
        expect({ line, offset }).toEqual({ line: expected.entries.length, offset: bytes.length });
      }),
      params,
    );
  });

  it('reading resumed at any line start, with the lines before it, gives the rest of the lines', () => {
    checkProperty(
      fc.property(inputArb, fc.nat(), ({ bytes, max }, pick) => {
        const { entries, starts } = model(bytes, max);
        if (starts.length < 2) return;
        const k = 1 + (pick % (starts.length - 1));
        const from = starts[k]!;
        const resumed = split([bytes.subarray(from)], { maxLineBytes: max, start: { offset: from, line: k } });
        expect(resumed.entries).toEqual(entries.slice(k));
        expect(resumed.offset).toBe(bytes.length);
      }),
      params,
    );
  });
});
