/** Helpers for the tests that run stores in child processes (against the built dist/). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
// POSITIONS_DIST points the children at another build (a copy no parallel `npm run build` can clean away).
const DIST =
  process.env['POSITIONS_DIST'] === undefined
    ? fileURLToPath(new URL('../../dist/', import.meta.url))
    : fileURLToPath(process.env['POSITIONS_DIST']);

/** Fails loudly when the bundle the children import is missing (`npm test` builds it first). */
export function requireBuild(): void {
  for (const entry of ['file.js', 'postgres.js']) {
    if (!existsSync(DIST + entry))
      throw new Error(`dist/${entry} is missing: run \`npm run build\` first (npm test does)`);
  }
}

/** A running child with its stdout collected line by line. */
export interface Child {
  readonly process: ChildProcess;
  readonly lines: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves once some stdout line matches. */
  waitFor(test: (line: string) => boolean): Promise<void>;
}

/** Starts `node <fixture> …args`. */
export function startChild(fixture: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [FIXTURES + fixture, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<{ test: (line: string) => boolean; resolve: () => void }> = [];
  let partial = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    process: child,
    lines,
    exited,
    waitFor: (test) =>
      lines.some(test)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ test, resolve });
            void exited.then(({ stderr: err }) => reject(new Error(`child exited before the expected output: ${err}`)));
          }),
  };
}

/** A small seeded PRNG (mulberry32), so random kill times are reproducible from the printed seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
