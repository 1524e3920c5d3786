/**
 * A dataset file's JSON (`vocabulary.json`, `sources.json`) as people read and diff it: each list of
 * the top-level object one entry a line, each entry on one line, with a space after `:` and `,`.
 *
 * @example
 * datasetJson({ documents: [{ id: 'a', title: 'A' }] });
 * //=> '{\n  "documents": [\n    { "id": "a", "title": "A" }\n  ]\n}\n'
 */
export function datasetJson(data: Readonly<Record<string, unknown>>): string {
  const fields = defined(data).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${Array.isArray(value) ? entries(value) : oneLine(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}

function entries(list: readonly unknown[]): string {
  return list.length === 0 ? '[]' : `[\n${list.map((item) => `    ${oneLine(item)}`).join(',\n')}\n  ]`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = defined(value as Record<string, unknown>);
    if (fields.length === 0) return '{}';
    return `{ ${fields.map(([key, field]) => `${JSON.stringify(key)}: ${oneLine(field)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

// As JSON.stringify does: a field whose value is undefined is left out.
function defined(record: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(record).filter(([, value]) => value !== undefined);
}
