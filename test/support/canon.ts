/**
 * A canonical JSON string for plain data (keys sorted, no white space), written for the tests so the
 * reference model does not lean on the library's own `canonicalJson`.
 *
 * @example
 * canon({ b: 1, a: [true, null] }); //=> '{"a":[true,null],"b":1}'
 */
export function canon(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canon((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
