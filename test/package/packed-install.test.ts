// The packed tarball installed as a consumer installs it: with lifecycle scripts on, no build runs
// (no `prepare`, no install script, no tsup), nothing from devDependencies is needed, and what
// npm unpacked is exactly what was packed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { packageRoot, requireBuild } from './built-package.js';

interface PackageJson {
  name: string;
  version: string;
  license: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, unknown>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
}

/** The scripts npm runs in a package while installing it into another project. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];
/** Build tools a lifecycle script could reach for. */
const BUILD_TOOLS = ['tsup', 'tsc', 'esbuild'];

const own = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as PackageJson;

let work: string;
let tarball: string;
let packed: string[];
let consumer: string;
let marker: string;
let installLog: string;
let installStatus: number | null;
let packedManifest: PackageJson;

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(() => {
  requireBuild();
  work = mkdtempSync(join(tmpdir(), 'positions-packed-'));
  // dist/ is built already (npm test builds first): pack it as is, without running prepack again.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: packageRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [pack] = JSON.parse(output) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, pack.filename);
  packed = pack.files.map((f) => f.path).sort();

  // Stand-ins for the build tools, first on PATH: a lifecycle script that builds would run one of them.
  const bin = join(work, 'bin');
  marker = join(work, 'build-ran');
  mkdirSync(bin);
  for (const tool of BUILD_TOOLS) {
    const file = join(bin, tool);
    writeFileSync(file, `#!/bin/sh\necho "${tool} $*" >> "${marker}"\nexit 1\n`);
    chmodSync(file, 0o755);
  }

  // A consumer project locked to the tarball and to this package's own runtime dependencies, as
  // locked here: npm installs from its cache without asking the registry, and only what the
  // tarball needs at run time is in the lock (no devDependency could be used by an install script).
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  const spec = `file:../${pack.filename}`;
  packedManifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as PackageJson;
  const hasInstallScript = ['preinstall', 'install', 'postinstall'].some((name) => name in packedManifest.scripts);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const lock = JSON.parse(readFileSync(join(packageRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  const runtime = Object.entries(lock.packages).filter(
    ([path, entry]) => path !== '' && !entry.dev && !entry.devOptional,
  );
  const manifest = { name: 'consumer', version: '1.0.0', private: true, dependencies: { [own.name]: spec } };
  const packages = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { [own.name]: spec } },
    [`node_modules/${own.name}`]: {
      version: own.version,
      // As npm records it: without this mark, `npm ci` would skip the package's install scripts unseen.
      ...(hasInstallScript && { hasInstallScript }),
      resolved: spec,
      integrity,
      license: own.license,
      dependencies: own.dependencies,
      ...(own.peerDependencies && { peerDependencies: own.peerDependencies }),
      ...(own.peerDependenciesMeta && { peerDependenciesMeta: own.peerDependenciesMeta }),
      ...(own.bin && { bin: own.bin }),
      ...(own.engines && { engines: own.engines }),
    },
    ...Object.fromEntries(runtime),
  };
  writeFileSync(join(consumer, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(consumer, 'package-lock.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2),
  );

  const install = spawnSync(
    'npm',
    ['ci', '--ignore-scripts=false', '--foreground-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
    {
      cwd: consumer,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, npm_config_ignore_scripts: 'false' },
    },
  );
  installStatus = install.status;
  installLog = `${install.stdout}${install.stderr}`;
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball, installed with lifecycle scripts on', () => {
  test('declares no script npm runs on install (prepare, install, …); builds before pack, start and test', () => {
    expect(Object.keys(packedManifest.scripts).filter((name) => INSTALL_SCRIPTS.includes(name))).toEqual([]);
    for (const name of ['prepack', 'prestart', 'pretest'])
      expect(packedManifest.scripts[name], name).toBe('npm run build');
  });

  test('installs without running a build', () => {
    expect(installStatus, installLog).toBe(0);
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false);
    expect(installLog).not.toMatch(/npm run build|tsup/);
  });

  test('installs none of the devDependencies', () => {
    const installed = Object.keys(own.devDependencies).filter((name) =>
      existsSync(join(consumer, 'node_modules', name)),
    );
    expect(installed).toEqual([]);
  });

  test('unpacks exactly the files that were packed', () => {
    expect(filesUnder(join(consumer, 'node_modules', own.name))).toEqual(packed);
  });

  test('works: the entries import and the command answers as the source does', async () => {
    const expected = (await loadDataset()).cell('ukraine', 'crimea-recognized-russian', { at: '2025-12-31' })?.stance;
    const script = join(consumer, 'check.mjs');
    writeFileSync(
      script,
      `import { Ledger } from 'positions-ledger';
import { loadDataset } from 'positions-ledger/dataset';
import { FileEventStore } from 'positions-ledger/file';
import { renderReport } from 'positions-ledger/report';
import { EventSchema } from 'positions-ledger/schemas';
const ledger = await loadDataset();
console.log(JSON.stringify({
  ledger: ledger instanceof Ledger,
  store: typeof FileEventStore.open,
  report: typeof renderReport,
  schema: EventSchema.safeParse(ledger.events()[0]).success,
  stance: ledger.cell('ukraine', 'crimea-recognized-russian', { at: '2025-12-31' })?.stance,
}));`,
    );
    const answer = JSON.parse(execFileSync(process.execPath, [script], { cwd: consumer, encoding: 'utf8' }));
    expect(answer).toEqual({ ledger: true, store: 'function', report: 'function', schema: true, stance: expected });
    const bin = join(consumer, 'node_modules', '.bin', 'positions');
    const cli = JSON.parse(
      execFileSync(
        bin,
        [
          'stances',
          '--at',
          '2025-12-31',
          '--party',
          'Kyiv',
          '--issue',
          'crimea-recognized-russian',
          '--format',
          'json',
        ],
        {
          cwd: consumer,
          encoding: 'utf8',
        },
      ),
    ) as { stances: { stance: string }[] };
    expect(cli.stances.map((s) => s.stance)).toEqual([expected]);
  });
});
