import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSET = 'report-app.js';

/**
 * The page script `npm run build` bundles (src/report/page/app.ts with the library's own fold),
 * read from the package's dist/ folder, found by walking up from this module. Read on every call: a
 * report is rendered once per run, and a rebuilt dist/ is never missed.
 *
 * @throws {Error} when dist/report-app.js is missing, saying how to make it.
 * @example
 * `<script>${reportAppScript()}</script>`;
 */
export function reportAppScript(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    // Built, this module sits in dist/ beside the asset; from source it is two levels under the root.
    for (const candidate of [join(dir, ASSET), join(dir, 'dist', ASSET)]) {
      if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`positions-ledger: the report's page script (dist/${ASSET}) is missing; run \`npm run build\``);
    dir = parent;
  }
}
