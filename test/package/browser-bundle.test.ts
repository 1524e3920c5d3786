import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { packageRoot, requireBuild } from './built-package.js';

beforeAll(requireBuild);

test('the main entry bundles for the browser with no Node built-in, and runs without Node globals', async () => {
  const result = await build({
    stdin: {
      contents: `import { Ledger } from './dist/index.js';
const ledger = new Ledger();
ledger.append([{ type: 'statement', parties: ['a'], issue: 'i', stance: 'supports', act: 'propose',
  attribution: 'on-record', statedAt: '2025-03', recordedAt: '2025-04-01T00:00Z', summary: 's',
  sources: [{ document: 'd' }] }]);
globalThis.answer = { stance: ledger.at('2025-12-31').cell('a', 'i')?.stance, id: ledger.events()[0].id };`,
      resolveDir: packageRoot,
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
  expect(
    inputs.filter((path) => path.startsWith('node:') || /^(fs|path|crypto|os|url|child_process)$/.test(path)),
  ).toEqual([]);

  // A bare context: no process, require, Buffer or module, as in a browser or an edge runtime.
  const context: Record<string, unknown> = { TextEncoder, TextDecoder, console };
  context['globalThis'] = context;
  runInNewContext(result.outputFiles[0]?.text ?? '', context);
  const answer = context['answer'] as { stance: string; id: string };
  expect(answer.stance).toBe('supports');
  expect(answer.id).toMatch(/^[0-9a-f]{64}$/);
});

test('bundling fails loudly if a Node built-in ever reaches the main entry', async () => {
  // Guards the guard: the same build on a module importing node:fs must not pass silently.
  await expect(
    build({
      stdin: {
        contents: `import 'node:fs'; export * from './dist/index.js';`,
        resolveDir: join(packageRoot),
        loader: 'js',
      },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    }),
  ).rejects.toThrow(/node:fs/);
});
