import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// Every public entry: each exported symbol must carry TSDoc with an @example (as date-fns does).
const ENTRIES = [
  'src/index.ts',
  'src/dataset/index.ts',
  'src/stores/file/index.ts',
  'src/stores/postgres/index.ts',
  'src/report/index.ts',
  'src/schemas/index.ts',
  'src/ndjson/index.ts',
];

function undocumentedExports(entry: string): string[] {
  const file = fileURLToPath(new URL(`../../${entry}`, import.meta.url));
  const program = ts.createProgram([file], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} has no exports`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = symbol.getJsDocTags(checker);
    const hasDoc = symbol.getDocumentationComment(checker).length > 0;
    if (!hasDoc || !tags.some((tag) => tag.name === 'example')) missing.push(`${entry}: ${exported.getName()}`);
  }
  return missing;
}

test.each(ENTRIES)('every export of %s has TSDoc with an @example', (entry) => {
  expect(undocumentedExports(entry)).toEqual([]);
});
