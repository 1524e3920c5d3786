/** A typed array that can be grown by copying into a larger one. */
export type NumberArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/**
 * `array` itself when it holds at least `length` elements, else a copy at least twice as long (so a
 * column grown one row at a time is copied O(log n) times).
 *
 * @example
 * grown(new Int32Array(2), 3).length; //=> 4
 */
export function grown<T extends NumberArray>(array: T, length: number): T {
  if (array.length >= length) return array;
  let size = Math.max(16, array.length * 2);
  while (size < length) size *= 2;
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}
