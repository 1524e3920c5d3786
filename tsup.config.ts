import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// `index` must stay free of Node built-ins (it runs in browsers and edge runtimes);
// everything that touches files, processes or databases is its own entry.
export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    dataset: 'src/dataset/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // The CLI build below runs in parallel into the same folder: leave its files alone.
  clean: ['!cli.js', '!cli.js.map', '!cli/**'],
  shims: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
}, {
  // The `positions` command: ESM only, no types. Each command is its own chunk (under dist/cli/),
  // loaded on demand so `positions --help` never parses the dataset code or zod.
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  esbuildOptions(options) {
    rmSync('dist/cli', { recursive: true, force: true }); // chunks of an earlier build
    options.chunkNames = 'cli/[name]-[hash]';
  },
}]);
