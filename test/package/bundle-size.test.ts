// The main entry's weight in a browser: the whole public API bundled as a user's bundler would for
// production (through the package's "exports", every dependency included, tree-shaken, minified), then
// gzipped. It must stay at or under 40 KB; the figures are printed with each run.
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { makeConsumer, requireBuild } from './built-package.js';

const LIMIT = 40 * 1024;

beforeAll(requireBuild);

/** The minified bytes each dependency (by package name) and the library itself put in the bundle. */
function bytesByPart(metafile: Metafile): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? 'positions-ledger';
      parts[name] = (parts[name] ?? 0) + bytesInOutput;
    }
  }
  return parts;
}

test('the main entry, bundled for browsers with every dependency, is at most 40 KB minified and gzipped', async () => {
  const result = await build({
    stdin: { contents: `export * from 'positions-ledger';`, resolveDir: makeConsumer(), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    treeShaking: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipped = gzipSync(code).length;
  const parts = Object.entries(bytesByPart(result.metafile))
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`);
  console.log(
    `main entry for browsers: ${(gzipped / 1024).toFixed(1)} KB minified and gzipped (limit ${LIMIT / 1024} KB); ` +
      `${(code.length / 1024).toFixed(1)} KB minified: ${parts.join(', ')}`,
  );

  // Validation is zod/mini's: no code of classic zod or of any of zod's locales is in the bundle.
  const zodFiles = Object.values(result.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs))
    .filter(([path, { bytesInOutput }]) => path.includes('node_modules/zod/') && bytesInOutput > 0)
    .map(([path]) => path);
  expect(zodFiles.length).toBeGreaterThan(0);
  expect(zodFiles.filter((path) => /\/(classic|locales)\//.test(path))).toEqual([]);
  expect(gzipped).toBeLessThanOrEqual(LIMIT);
});
