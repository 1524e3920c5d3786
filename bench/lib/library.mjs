// The package under test: a copy of dist/ taken when the run started (the runner sets
// POSITIONS_BENCH_DIST), so a rebuild by someone else during a long run cannot pull files out from
// under a figure. Run on its own, a figure uses dist/ directly.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = process.env.POSITIONS_BENCH_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * One entry of the built package.
 *
 * @param {'index' | 'postgres' | 'dataset' | 'file' | 'ndjson'} [entry]
 * @example
 * const { Ledger } = await library();
 */
export function library(entry = 'index') {
  return import(pathToFileURL(join(dir, `${entry}.js`)).href);
}

/** The path of a file in the built package, e.g. `cli.js`. */
export function libraryFile(name) {
  return join(dir, name);
}
