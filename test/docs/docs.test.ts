// The docs as a reader meets them, in a clone or in the installed package: every relative link leads to
// a file that exists and ships, the README stays short, the spec keeps the section numbers the code
// cites, the CHANGELOG keeps its form, and nothing cites a spec from outside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { headingAnchors, linkTargets, packageRoot, readDoc, readerDocs } from './markdown.js';

/** Docs that ship in the package, and so must link only to what ships with them. */
const SHIPPED_DOCS = [...readerDocs(), 'CHANGELOG.md', 'bench/README.md'];

/** The numbered headings of docs/design.md, which code, TSDoc and tests cite as `docs/design.md §n.m`. */
const SPEC_SECTIONS = [
  '1 The model',
  '1.1 Parties and blocs',
  '1.2 Issues, topics and terms',
  '1.3 The stance scale',
  '1.4 Events',
  '1.5 Ids and content ids',
  '2 Time',
  '2.1 The two clocks',
  '2.2 Fuzzy times',
  '2.3 Query times and U(T)',
  '3 The fold',
  '3.1 Known',
  '3.2 Live',
  '3.3 Candidates and their order',
  '3.4 Winner and tentative',
  '3.5 Since and runs (the breaker)',
  '3.6 Evidence',
  '3.7 Unknown cells',
  '4 Blocs and inherit',
  '5 Appending',
  '5.1 Batches, idempotence and id conflicts',
  '5.2 Links: targets, order, loops, one live correction',
  '5.3 Format versions and upcasting',
  '6 Queries',
  '6.1 Snapshots and cells',
  '6.2 Timeline',
  '6.3 Diff',
  '6.4 Divergence',
  '6.5 Alignment',
  '6.6 Projections',
  '7 Laws',
  '8 Stores',
  '9 The engine',
  '9.1 The rules module',
  '9.2 The indexed fold',
  '9.3 The stream fold',
  '9.4 The SQL fold',
  '9.5 Working memory and caches',
  '9.6 Reading NDJSON',
  '10 Glossary',
];

let shipped: Set<string>;
beforeAll(() => {
  // What `npm publish` would ship; scripts off, so packing does not build (dist/ is not linked from docs).
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  shipped = new Set(pack.files.map((f) => f.path));
}, 60_000);

/** Whether a path (a file, or a folder some shipped file is in) ships in the package. */
function ships(path: string): boolean {
  return shipped.has(path) || [...shipped].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
}

describe('links in the docs', () => {
  test.each(SHIPPED_DOCS)('every relative link in %s resolves to a shipped file (and heading)', (doc) => {
    const broken: string[] = [];
    for (const target of linkTargets(readDoc(doc))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // absolute URL
      const [pathPart = '', fragment] = target.split('#');
      const path = pathPart === '' ? doc : relative(packageRoot, join(packageRoot, dirname(doc), pathPart));
      const file = normalize(path);
      if (file.startsWith('..') || !existsSync(join(packageRoot, file))) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (!ships(file)) {
        broken.push(`${target}: ${file} exists but is not in the package (package.json "files")`);
        continue;
      }
      if (fragment !== undefined && file.endsWith('.md') && !headingAnchors(readDoc(file)).has(fragment))
        broken.push(`${target}: ${file} has no heading #${fragment}`);
    }
    expect(broken).toEqual([]);
  });

  test('the README links to each page of docs/', () => {
    const targets = new Set(linkTargets(readDoc('README.md')).map((t) => t.split('#')[0]));
    const pages = readdirSync(join(packageRoot, 'docs')).filter((name) => name.endsWith('.md'));
    expect(pages.sort()).toEqual(['analysts.md', 'cli.md', 'design.md', 'stores.md', 'testing.md']);
    for (const page of pages) expect(targets, page).toContain(`docs/${page}`);
  });
});

describe('the docs cite only what is in the repository', () => {
  const files = [
    ...SHIPPED_DOCS,
    ...readdirSync(join(packageRoot, 'examples')).map((name) => `examples/${name}`),
  ].filter((file) => statSync(join(packageRoot, file)).isFile());

  // The spec of record is docs/design.md; an upper-case design file outside the repository is not ours
  // to cite (the pattern is written so that this file does not name it either).
  test.each(files)('%s cites no spec outside docs/ and no path outside the repository', (file) => {
    const text = readDoc(file);
    expect(text).not.toMatch(/[D]ESIGN\.md/);
    expect(text).not.toMatch(/\/work\/|shared\/seeds/);
  });
});

describe('the README', () => {
  test('is at most 25 KB', () => {
    expect(Buffer.byteLength(readDoc('README.md'))).toBeLessThanOrEqual(25_000);
  });
});

describe('docs/design.md', () => {
  test('has exactly the numbered sections that code and tests cite, in order', () => {
    const numbered = [...readDoc('docs/design.md').matchAll(/^#{2,3} (\d+(?:\.\d+)? .+)$/gm)].map((m) => m[1]);
    expect(numbered).toEqual(SPEC_SECTIONS);
  });
});

describe('CHANGELOG.md', () => {
  const text = readDoc('CHANGELOG.md');
  const unreleased = text.slice(text.indexOf('\n## [Unreleased]\n'));

  test('keeps the form of Keep a Changelog: [Unreleased], then kinds of change', () => {
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(text).toContain('\n## [Unreleased]\n');
    const kinds = [...unreleased.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds)
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(kind);
  });

  test('gives each change one line of at most 120 characters', () => {
    const lines = unreleased.split('\n');
    const long = lines.filter((line) => line.startsWith('- ') && line.length > 120);
    // A bullet's text never runs on to a second, indented line.
    const continued = lines.filter((line, i) => /^\s+\S/.test(line) && lines[i - 1]?.startsWith('- '));
    expect(long).toEqual([]);
    expect(continued).toEqual([]);
  });
});
