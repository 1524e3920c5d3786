// Build step (`npm run build`): bundles the report page's script, with the library's own fold,
// into one browser IIFE at dist/report-app.js, which renderReport inlines into every report.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const out = join(root, 'dist', 'report-app.js');
// zod re-exports every locale as `z.locales`; the library only ever uses English (zod's default),
// so the other forty-odd locales (~200 KB) are left out of the page.
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`)
        ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
const result = await build({
  plugins: [englishOnlyZod],
  entryPoints: [join(root, 'src', 'report', 'page', 'app.ts')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
if (code.includes('<!--')) throw new Error('report-app.js holds "<!--"; it cannot be inlined into a <script>');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, code);
console.log(`report page script: ${out} (${(code.length / 1024).toFixed(0)} KB)`);
