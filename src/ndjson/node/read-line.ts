// Node only: reads files through `node:fs`. Never import this from code the main entry reaches.
import { readSync } from 'node:fs';

/**
 * Reads `length` bytes at byte `offset` of the open file `fd`: a line read back by the offset and
 * length its `LineSink.line` call reported. Fills `into` when it is long enough (a reused buffer),
 * else a new array, and returns exactly the bytes read.
 *
 * @throws {RangeError} when the file ends before `offset + length` (it was cut since it was read)
 * @example
 * const text = decodeLine(readLineAt(fd, row.offset, row.length), 0, row.length, row.line);
 */
export function readLineAt(fd: number, offset: number, length: number, into?: Uint8Array): Uint8Array {
  const bytes = into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, offset + done);
    if (read === 0)
      throw new RangeError(
        `cannot read bytes ${offset}–${offset + length}: the file ends at byte ${offset + done} ` +
          '(it was cut since it was read)',
      );
    done += read;
  }
  return bytes;
}
