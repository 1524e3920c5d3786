import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const dist = fileURLToPath(new URL('./dist/index.js', import.meta.url));
const distSchemas = fileURLToPath(new URL('./dist/schemas.js', import.meta.url));

export default defineConfig({
  test: {
    // Property and model-based tests run many cases; CLI and store tests spawn processes.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'src', include: ['test/**/*.test.ts'] },
      },
      {
        // As immer does: the public-API suites run a second time against the built bundle.
        extends: true,
        resolve: {
          alias: [
            { find: /^(\.\.\/)+src\/index\.js$/, replacement: dist },
            { find: /^(\.\.\/)+src\/schemas\/index\.js$/, replacement: distSchemas },
          ],
        },
        test: { name: 'dist', include: ['test/core/**/*.test.ts'] },
      },
    ],
  },
});
