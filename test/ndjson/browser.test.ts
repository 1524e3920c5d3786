import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the byte reader bundles for the browser with no Node built-in; it splits and decodes without Node', async () => {
  const result = await build({
    stdin: {
      contents: `import { LineSplitter, decodeLine } from './src/ndjson/byte-reader.ts';
const seen = [];
const sink = {
  line: (bytes, start, end, line, offset) => seen.push([line, offset, decodeLine(bytes, start, end, line)]),
  blank: (line, offset) => seen.push([line, offset, 'blank']),
  refused: (problem) => seen.push(problem.message),
};
const bytes = new TextEncoder().encode('\\ufeff{"a":"€"}\\r\\n\\n{"b":1}');
const splitter = new LineSplitter();
splitter.reset();
// Cut inside the byte-order mark, inside "€" and between \\r and \\n.
for (const [from, to] of [[0, 1], [1, 10], [10, 15], [15, bytes.length]]) splitter.push(bytes.subarray(from, to), sink);
splitter.finish(sink);
globalThis.answer = seen;`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((path) => path.startsWith('node:') || path.includes('src/ndjson/node/'))).toEqual([]);
  const context: Record<string, unknown> = { TextEncoder, TextDecoder };
  context['globalThis'] = context;
  runInNewContext(result.outputFiles[0]?.text ?? '', context);
  expect(JSON.parse(JSON.stringify(context['answer']))).toEqual([
    [1, 3, { text: '{"a":"€"}' }],
    [2, 16, 'blank'],
    [3, 17, { text: '{"b":1}' }],
  ]);
});

test('the main entry does not reach the Node side of the byte reader', async () => {
  const result = await build({
    entryPoints: [`${root}/src/index.ts`],
    bundle: true,
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
    packages: 'external',
  });
  const inputs = Object.keys(result.metafile.inputs);
  // The bundle follows the project's own imports (only packages stay outside), so it would see the Node side.
  expect(inputs).toContain('src/errors/problem.ts');
  expect(inputs.filter((path) => path.includes('src/ndjson/node/'))).toEqual([]);
});
