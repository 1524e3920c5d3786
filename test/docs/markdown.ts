/**
 * Reading the package's Markdown docs for the tests that hold them to the code: their fenced blocks,
 * their links and their headings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the package). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The docs a reader meets first: the README and every page under docs/ (paths relative to the root). */
export function readerDocs(): string[] {
  const pages = readdirSync(join(packageRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...pages];
}

/** The text of a doc, by its path from the root. */
export function readDoc(path: string): string {
  return readFileSync(join(packageRoot, path), 'utf8');
}

/**
 * One fenced code block: its language tag, the rest of its info string (```csv statements.csv → lang
 * `csv`, info `statements.csv`), its body (without the fences) and the line its fence opens on.
 */
export interface Block {
  readonly lang: string;
  readonly info: string;
  readonly body: string;
  readonly line: number;
}

/** Every fenced block (```lang … ```), in order. */
export function fencedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)(?:[ \t]+(.*?))?\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) body.push(lines[i] as string);
    if (i === lines.length) throw new Error(`a code block opened on line ${start + 1} is never closed`);
    blocks.push({ lang: open[1] as string, info: open[2] ?? '', body: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** The text of a `## heading` section, up to the next `## ` heading. */
export function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The text without its fenced blocks. */
function withoutBlocks(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, '');
}

/** The text without its fenced blocks and inline code spans (where a bracket is not a link). */
export function prose(text: string): string {
  return withoutBlocks(text).replace(/`[^`\n]*`/g, '');
}

/** Every link and image target in the prose: `[text](target)`, `![alt](target)`, `[label]: target`. */
export function linkTargets(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string);
  const references = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map(
    (m) => m[1] as string,
  );
  const html = [...body.matchAll(/<(?:a|img)\s[^>]*(?:href|src)="([^"]+)"/g)].map((m) => m[1] as string);
  return [...inline, ...references, ...html];
}

/**
 * The anchors of a doc's headings, as GitHub and npm make them: lower case, punctuation other than
 * `-` and `_` dropped, spaces made hyphens, and `-1`, `-2`, … added to repeats.
 */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutBlocks(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (match[1] as string)
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Trailing spaces dropped from every line, and blank lines at either end. */
export function trimLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
