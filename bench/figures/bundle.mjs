// Figure: the main entry as a browser bundle: the built entry bundled with every dependency, minified and
// tree-shaken by esbuild as a user's bundler would, then gzipped (zlib's default level).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { libraryFile } from '../lib/library.mjs';
import { report } from '../lib/measure.mjs';

const result = await build({
  entryPoints: [libraryFile('index.js')],
  bundle: true,
  minify: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
report([
  {
    key: 'bundle',
    figure: 'main entry for browsers',
    measure: `positions-ledger bundled with every dependency, minified (${(code.length / 1024).toFixed(1)} KB) and gzipped`,
    value: gzipSync(code).length / 1024,
    unit: 'KB',
    target: '≤ 40 KB minified + gzipped',
    rule: 'value<=40',
  },
]);
