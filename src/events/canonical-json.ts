/**
 * RFC 8785 (JCS) canonical JSON: object keys sorted by UTF-16 code units, no white space,
 * ECMAScript number and string serialisation, `undefined` members left out.
 *
 * @throws {TypeError} for values JSON cannot hold (non-finite numbers, functions, bigints).
 * @example
 * canonicalJson({ b: 1, a: [true, null, 'x'] }); //=> '{"a":[true,null,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
      const members: string[] = [];
      // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 asks for.
      for (const key of Object.keys(value).sort()) {
        const member = (value as Record<string, unknown>)[key];
        if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
