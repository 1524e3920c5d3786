/** Scratch folders for the commands that write, and a run of `positions` inside one. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliRun, positions } from './cli.js';

/** A new empty folder under the system's temporary folder. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'positions-authoring-'));
}

/** Runs `positions ...args` with `cwd` as its working folder, so relative paths are inside it. */
export function positionsIn(cwd: string, args: readonly string[], input?: string): CliRun {
  return positions(args, { cwd, ...(input === undefined ? {} : { input }) });
}

/** Runs `positions ...args` in `cwd` and fails the test (with its stderr) unless it exits 0. */
export function ok(cwd: string, args: readonly string[]): CliRun {
  const run = positionsIn(cwd, args);
  if (run.code !== 0) throw new Error(`positions ${args.join(' ')} exited ${run.code}:\n${run.stderr}`);
  return run;
}

/** Writes a file (CSV rows joined by CRLF, or bytes) into a folder and returns its name. */
export function writeIn(folder: string, name: string, content: string | readonly string[] | Uint8Array): string {
  const data = typeof content === 'string' || content instanceof Uint8Array ? content : `${content.join('\r\n')}\r\n`;
  writeFileSync(join(folder, name), data);
  return name;
}

/** The text of every file of a dataset folder, by name: to check that a refused command changed nothing. */
export function snapshotFolder(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

/** The `positions add` arguments of {@link codedDataset}, in order: five states, a bloc, an issue with a term, a source. */
export const CODED_ENTRIES: readonly (readonly string[])[] = [
  ['party', 'ukraine', '--name', 'Ukraine', '--alias', 'Kyiv'],
  ['party', 'russia', '--name', 'Russia', '--alias', 'Moscow'],
  ['party', 'united-states', '--name', 'United States', '--alias', 'Washington'],
  ['party', 'france', '--name', 'France'],
  ['party', 'united-kingdom', '--name', 'United Kingdom', '--alias', 'Britain'],
  ['party', 'european-allies', '--name', 'European allies', '--member', 'france', '--member', 'Britain'],
  [
    'issue',
    'security-guarantees',
    '--title',
    'Security guarantees',
    '--proposition',
    'Ukraine receives long-term security guarantees from its partners.',
    '--topic',
    'security',
    '--term',
    'durationYears:number',
  ],
  ['source', 'paris-talks', '--title', 'Paris talks on guarantees', '--published-at', '2026-01-06'],
];

/** A dataset made through the CLI: five states, a bloc, an issue with a term, a source. */
export function codedDataset(cwd: string, folder = 'talks'): string {
  ok(cwd, ['init', folder]);
  for (const args of CODED_ENTRIES) ok(cwd, ['add', ...args, '--data', folder]);
  return folder;
}
