import { defineConfig } from 'tsup';

// `index` must stay free of Node built-ins (it runs in browsers and edge runtimes);
// everything that touches files, processes or databases is its own entry.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    dataset: 'src/dataset/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  shims: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
});
