import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { defineConfig } from 'tsup';

const cliBuildStarted = Date.now();

// `index` must stay free of Node built-ins (it runs in browsers and edge runtimes) and small (it validates
// with zod/mini; the classic zod schemas are the `schemas` entry); everything that touches files,
// processes or databases is its own entry.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      dataset: 'src/dataset/index.ts',
      file: 'src/stores/file/index.ts',
      postgres: 'src/stores/postgres/index.ts',
      report: 'src/report/index.ts',
      schemas: 'src/schemas/index.ts',
      ndjson: 'src/ndjson/index.ts',
      // The code of the worker threads that read a large file in parallel (src/stores/file/scan-workers.ts
      // finds it next to the chunk that starts them).
      'scan-worker': 'src/stores/file/scan-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The CLI build below runs in parallel into the same folder: leave its files alone.
    clean: ['!cli.js', '!cli.js.map', '!cli/**', '!report-app.js'],
    shims: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
  },
  {
    // The `positions` command: ESM only, no types. Each command is its own chunk (under dist/cli/),
    // loaded on demand so `positions --help` never parses the dataset code or zod.
    entry: { cli: 'src/cli/main.ts', 'cli/scan-worker': 'src/stores/file/scan-worker.ts' },
    format: ['esm'],
    // Bundled so it tree-shakes: the report command takes a few date-fns functions, and loading them
    // at run time from node_modules costs a module load per function.
    noExternal: ['date-fns'],
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    // Every chunk is rewritten on each build, so older files are an earlier build's leftovers.
    // (Deleting them up front would leave a window in which a running `positions` finds none.)
    async onSuccess() {
      for (const name of readdirSync('dist/cli')) {
        const file = `dist/cli/${name}`;
        if (statSync(file).mtimeMs < cliBuildStarted) unlinkSync(file);
      }
    },
  },
]);
