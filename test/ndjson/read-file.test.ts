import { closeSync, createReadStream, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLine, LineSplitter, MAX_LINE_BYTES, splitStream } from '../../src/ndjson/byte-reader.js';
import { NdjsonFileReader, READ_CHUNK_BYTES, readLineAt, readNdjsonFile } from '../../src/ndjson/node/index.js';
import { asText, bytesOf, recorder } from './collect.js';

const BOM = [0xef, 0xbb, 0xbf];

// A file with every kind of line: a byte-order mark, \r\n and \n ends, multi-byte characters of each
// length, blank and whitespace-only lines, a malformed byte, and a last line without a line end.
const CONTENT = bytesOf(
  BOM,
  '{"id":"é1","s":"naïve"}\r\n',
  '\n',
  '{"id":"e2","s":"€ 𝄞"}\n',
  ' \t \r\n',
  [0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a],
  '{"id":"e6","s":"日本語"}',
);
const EXPECTED = [
  { kind: 'line', line: 1, offset: 3, text: '{"id":"é1","s":"naïve"}' },
  { kind: 'blank', line: 2, offset: 30 },
  { kind: 'line', line: 3, offset: 31, text: '{"id":"e2","s":"€ 𝄞"}' },
  { kind: 'blank', line: 4, offset: 58 },
  { kind: 'line', line: 5, offset: 63, text: '{"\ufffd"}' },
  { kind: 'line', line: 6, offset: 69, text: '{"id":"e6","s":"日本語"}' },
];

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndjson-read-'));
  file = join(dir, 'events.ndjson');
  await writeFile(file, CONTENT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function withFile<T>(path: string, use: (fd: number) => T): T {
  const fd = openSync(path, 'r');
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

describe('NdjsonFileReader', () => {
  it('reads 1 MiB at a time by default', () => {
    expect(READ_CHUNK_BYTES).toBe(1024 * 1024);
    expect(new NdjsonFileReader().chunkBytes).toBe(READ_CHUNK_BYTES);
  });

  for (const chunkBytes of [1, 2, 3, 5, 64, READ_CHUNK_BYTES]) {
    it(`reads every line, with its number and offset, in chunks of ${chunkBytes} bytes`, () => {
      const reader = new NdjsonFileReader({ chunkBytes });
      const { sink, entries } = recorder();
      const end = withFile(file, (fd) => reader.read(fd, sink));
      expect(asText(entries)).toEqual(EXPECTED);
      expect(end).toEqual({ line: 6, offset: CONTENT.length });
    });
  }

  it('gives offsets that read back the exact bytes of each line', () => {
    const { sink, entries } = recorder();
    readNdjsonFile(file, sink, { reader: new NdjsonFileReader({ chunkBytes: 7 }) });
    const lines = entries.filter((entry) => entry.kind === 'line');
    expect(lines.length).toBe(4);
    withFile(file, (fd) => {
      const reused = new Uint8Array(64);
      for (const entry of lines) {
        expect(Array.from(readLineAt(fd, entry.offset, entry.bytes.length))).toEqual(entry.bytes);
        expect(Array.from(readLineAt(fd, entry.offset, entry.bytes.length, reused))).toEqual(entry.bytes);
      }
      const first = readLineAt(fd, 3, 25);
      expect(decodeLine(first, 0, first.length, 1)).toEqual({ text: '{"id":"é1","s":"naïve"}' });
      const bad = readLineAt(fd, 63, 5);
      expect(decodeLine(bad, 0, bad.length, 5)).toMatchObject({
        problem: { line: 5, message: 'not valid UTF-8 at byte 3 of the line: byte 0xFF never appears in UTF-8' },
      });
    });
  });

  it('says so when a line to read back lies past the end of the file', () => {
    withFile(file, (fd) =>
      expect(() => readLineAt(fd, 69, 100)).toThrow(
        new RangeError('cannot read bytes 69–169: the file ends at byte 96 (it was cut since it was read)'),
      ),
    );
  });

  it('resumes at a line start, with the lines before it, and stops at the end given', () => {
    const reader = new NdjsonFileReader({ chunkBytes: 4 });
    const { sink, entries } = recorder();
    const end = withFile(file, (fd) => reader.read(fd, sink, { offset: 31, line: 2, end: 63 }));
    expect(asText(entries)).toEqual(EXPECTED.slice(2, 4));
    expect(end).toEqual({ line: 4, offset: 63 });
  });

  it('reads an empty file as no lines', async () => {
    const empty = join(dir, 'empty.ndjson');
    await writeFile(empty, '');
    const { sink, entries } = recorder();
    expect(readNdjsonFile(empty, sink)).toEqual({ line: 0, offset: 0 });
    expect(entries).toEqual([]);
  });

  it('refuses a line over 1 MiB, naming the file, and reads the lines after it', async () => {
    const big = join(dir, 'big.ndjson');
    const long = (length: number) => `{"s":"${'x'.repeat(length - 8)}"}`;
    await writeFile(big, `${long(MAX_LINE_BYTES)}\n${long(MAX_LINE_BYTES + 1)}\r\n{"after":1}\n`);
    const { sink, entries } = recorder();
    readNdjsonFile(big, sink, { reader: new NdjsonFileReader({ chunkBytes: 100_000 }) });
    expect(entries.map((e) => [e.kind, e.line, e.offset])).toEqual([
      ['line', 1, 0],
      ['refused', 2, 1_048_577],
      ['line', 3, 2_097_156],
    ]);
    expect(entries[1]).toMatchObject({
      length: 1_048_577,
      problem: { code: 'line-too-long', file: big, line: 2 },
    });
  });

  it('reuses one reader for several files', () => {
    const reader = new NdjsonFileReader({ chunkBytes: 16 });
    for (let n = 0; n < 2; n++) {
      const { sink, entries } = recorder();
      readNdjsonFile(file, sink, { reader });
      expect(asText(entries)).toEqual(EXPECTED);
    }
  });
});

describe('splitStream', () => {
  it('reads a Node stream as the file reader does, whatever its chunk size', async () => {
    for (const highWaterMark of [1, 3, 16, 65_536]) {
      const { sink, entries } = recorder();
      const end = await splitStream(createReadStream(file, { highWaterMark }), sink, { file: '<stdin>' });
      expect(asText(entries)).toEqual(EXPECTED);
      expect(end).toEqual({ line: 6, offset: CONTENT.length });
    }
  });

  it('reuses a splitter given, with its limit', async () => {
    const splitter = new LineSplitter({ maxLineBytes: 4 });
    const { sink, entries } = recorder();
    await splitStream(Readable.from([Buffer.from('{"a":1}\n{}'), Buffer.from('\n')]), sink, { splitter });
    expect(asText(entries)).toEqual([
      { kind: 'refused', line: 1, offset: 0, length: 7 },
      { kind: 'line', line: 2, offset: 8, text: '{}' },
    ]);
  });

  it('refuses a stream of strings: its bytes were decoded before they could be checked', async () => {
    const { sink } = recorder();
    const stream = createReadStream(file, { encoding: 'utf8' });
    await expect(splitStream(stream, sink)).rejects.toThrow(
      new TypeError(
        'the stream yields strings, not bytes: read it without setEncoding so its UTF-8 can be checked strictly',
      ),
    );
    stream.destroy();
  });
});
