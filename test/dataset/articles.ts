/**
 * The five source articles the dataset was coded from. They are not part of the package: they sit
 * in `../shared/seeds/` beside the repository (as in CI). Tests that compare the data with the text
 * need them; under CI=true their absence is a failure, elsewhere those tests skip with a message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the articles are looked for (override with SEED_ARTICLES). */
export const articlesFolder =
  process.env['SEED_ARTICLES'] ?? fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** Whether the articles are there. */
export const articlesAvailable =
  existsSync(articlesFolder) && readdirSync(articlesFolder).some((f) => f.endsWith('.txt'));

if (!articlesAvailable) {
  const message = `the source articles are missing from ${articlesFolder}: tests comparing the dataset with its articles cannot run`;
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING: ${message} ***\n`);
}

/** Article text by document id (the file name without `.txt`). */
export function articles(): Map<string, string> {
  const texts = new Map<string, string>();
  if (!articlesAvailable) return texts;
  for (const file of readdirSync(articlesFolder)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    texts.set(file.slice(0, -'.txt'.length), readFileSync(`${articlesFolder}/${file}`, 'utf8'));
  }
  return texts;
}

/**
 * Page furniture and the advertisement, found by reading the articles:
 * the lines of each article that carry no report. Each is checked to exist, so a changed article
 * fails loudly instead of silently weakening the check.
 */
export const FURNITURE: Readonly<Record<string, readonly string[]>> = {
  '002_6b334276d8319bd6': [
    'Importance Score: 75 / 100 🔴',
    'vCard.red is a free platform for creating a mobile-friendly digital business cards. You can easily create a vCard and generate a QR code for it, allowing others to scan and save your contact details instantly.',
    'The platform allows you to display contact information, social media links, services, and products all in one shareable link. Optional features include appointment scheduling, WhatsApp-based storefronts, media galleries, and custom design options.',
  ],
  '000_6449e23f34f8fcbc': ['20 hours ago', '4'],
};

/** Lowercase words, with typographic apostrophes made plain, for comparing runs of words. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? []
  );
}

/** Every run of `n` consecutive words of a text, joined by single spaces. */
export function runsOf(text: string, n: number): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  return runs;
}

/**
 * The passages an article prints inside quotation marks (“…”, "…" or «…»), paragraph by paragraph:
 * the only text a `quote` may come from.
 */
export function quotedPassages(text: string): string[] {
  return paragraphs(text).flatMap((p) =>
    [...p.matchAll(/“([^”]*)”|"([^"]*)"|«([^»]*)»/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''),
  );
}

/** The paragraphs (non-empty lines) of an article. */
export function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
