// Timing helpers shared by the figures: warm up, run several times, report the median.

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @param {number[]} values
 * @example
 * median([3, 1, 2]); //=> 2
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured, collecting garbage between runs
 * when the process has `--expose-gc` and `gc` is on (so one build's garbage is not billed to the next).
 * Turn `gc` off for queries of a few milliseconds: right after a full collection of a large heap, V8
 * is still sweeping, and the next few milliseconds of any code run several times slower.
 * `fn` gets the run number and may be async; its result is kept alive in `sink` so the work cannot be optimised away.
 *
 * @param {(run: number) => unknown} fn
 * @param {{ warmup?: number, runs?: number, gc?: boolean }} [options]
 * @returns {Promise<{ median: number, samples: number[] }>} milliseconds
 * @example
 * const { median } = await measure(() => JSON.parse(text), { warmup: 1, runs: 5 });
 */
export async function measure(fn, { warmup = 1, runs = 5, gc = true } = {}) {
  const samples = [];
  for (let run = -warmup; run < runs; run++) {
    if (gc && globalThis.gc) globalThis.gc();
    const started = performance.now();
    const result = fn(run);
    sink = result instanceof Promise ? await result : result;
    const elapsed = performance.now() - started;
    if (run >= 0) samples.push(elapsed);
  }
  return { median: median(samples), samples };
}

/** The last result of a measured function, kept reachable. */
export let sink;

/**
 * Reads the JSON arguments a figure was started with (the runner passes one JSON object).
 *
 * @returns {Record<string, any>}
 * @example
 * const { events, seed } = figureArgs();
 */
export function figureArgs() {
  return JSON.parse(process.argv[2] ?? '{}');
}

/**
 * Hands a figure's rows back to the runner: one JSON line on stdout, marked so logs cannot be mistaken for it.
 *
 * @param {object[]} rows
 * @example
 * report([{ key: 'fold.build', value: 812, unit: 'ms' }]);
 */
export function report(rows) {
  process.stdout.write(`\n@@rows ${JSON.stringify(rows)}\n`);
}

/**
 * Peak resident set size of this process so far, in MB.
 *
 * @example
 * peakRssMb(); //=> 412.3
 */
export function peakRssMb() {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}
