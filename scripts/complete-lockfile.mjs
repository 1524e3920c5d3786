// The registry reachable here serves only this platform's optional binaries (e.g. @rollup/rollup-linux-x64-gnu), so npm leaves
// the other platforms' entries out of package-lock.json and `npm ci` then rejects the lockfile as out of sync.
// This adds those entries back (os/cpu only, never installed on a machine they do not match). Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
let added = 0;
const platform = (name) => {
  const m =
    /(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|aix|netbsd)-([a-z0-9]+)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/.exec(
      name,
    );
  if (!m) return null;
  const cpu =
    {
      arm: 'arm',
      arm64: 'arm64',
      x64: 'x64',
      ia32: 'ia32',
      loong64: 'loong64',
      ppc64: 'ppc64',
      riscv64: 'riscv64',
      s390x: 's390x',
      mips64el: 'mips64el',
    }[m[2]] ?? m[2];
  const entry = { os: [m[1]], cpu: [cpu] };
  if (m[3] === 'gnu' || m[3] === 'gnueabihf') entry.libc = ['glibc'];
  if (m[3] === 'musl' || m[3] === 'musleabihf') entry.libc = ['musl'];
  return entry;
};
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const candidates = [`${base}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pkgs[c])) continue;
    const p = platform(dep);
    if (!p) continue;
    pkgs[`node_modules/${dep}`] = { version, ...p, dev: meta.dev, optional: true };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} lock entries`);
