// Reading and driving the report page the way a reader would: through its controls and its cells.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Ledger } from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles dist/report-app.js when a lone `vitest run` finds it missing (`npm test` builds it first). */
export function ensureReportScript(): void {
  if (!existsSync(`${root}dist/report-app.js`))
    execFileSync('node', ['src/report/page/bundle.mjs'], { cwd: root, stdio: 'ignore' });
}

/** One matrix cell as the page shows it. */
export interface ShownCell {
  stance: string;
  tentative: boolean;
  text: string;
}

/** Every matrix cell, keyed `party|issue`. */
export async function readMatrix(page: Page): Promise<Map<string, ShownCell>> {
  const cells = await page.$$eval('#matrix td.cell', (tds) =>
    tds.map((td) => ({
      key: `${td.getAttribute('data-party')}|${td.getAttribute('data-issue')}`,
      stance: td.getAttribute('data-stance') ?? '',
      tentative: td.getAttribute('data-tentative') === 'true',
      text: (td.querySelector('.stance')?.textContent ?? '').trim(),
    })),
  );
  return new Map(cells.map(({ key, ...cell }) => [key, cell]));
}

/** What the ledger answers for every party × issue of its vocabulary, in the same shape. */
export function expectedMatrix(ledger: Ledger, at: string, knownAt: string): Map<string, ShownCell> {
  const vocabulary = ledger.vocabulary;
  if (vocabulary === undefined) throw new Error('the test ledger needs a vocabulary');
  const snapshot = ledger.at(at, { knownAt });
  const expected = new Map<string, ShownCell>();
  for (const party of vocabulary.parties) {
    for (const issue of vocabulary.issues) {
      const cell = snapshot.cell(party.id, issue.id);
      expected.set(`${party.id}|${issue.id}`, {
        stance: cell?.stance ?? '',
        tentative: cell?.tentative ?? false,
        text: cell?.stance ?? '—',
      });
    }
  }
  return expected;
}

/** Types a day into a date field (T: `at-date`, K: `known-date`) and waits for the page to redraw for it. */
export async function typeDay(page: Page, field: 'at-date' | 'known-date', day: string): Promise<void> {
  await page.fill(`#${field}`, day);
  await waitForDays(page, field === 'at-date' ? { at: day } : { knownAt: day });
}

/** Drags a slider (`at-range` or `known-range`) to a position and waits for the page to redraw. */
export async function slideTo(page: Page, slider: 'at-range' | 'known-range', position: number): Promise<void> {
  await page.$eval(
    `#${slider}`,
    (input, value) => {
      (input as HTMLInputElement).value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    position,
  );
}

/** Waits until the page says it shows these days. */
export async function waitForDays(page: Page, days: { at?: string; knownAt?: string }): Promise<void> {
  await page.waitForFunction(
    ({ at, knownAt }) =>
      (at === undefined || document.body.dataset['at'] === at) &&
      (knownAt === undefined || document.body.dataset['knownAt'] === knownAt),
    days,
  );
}

interface DomNode {
  nodeType: number;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The text a form field draws, as the reader sees it: the visible text of its user-agent shadow tree, read
 * through the DevTools protocol (a date field's value is ISO whatever it shows; what it shows lives only there).
 */
export async function fieldText(page: Page, id: string): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      const at = node.attributes?.indexOf('id') ?? -1;
      if (at >= 0 && at % 2 === 0 && node.attributes?.[at + 1] === id) return node;
      for (const child of node.children ?? []) {
        const found = find(child);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    // A hidden part (the placeholder, once there is a value) draws nothing.
    const hidden = (node: DomNode) => {
      const at = node.attributes?.indexOf('style') ?? -1;
      return at >= 0 && at % 2 === 0 && /display:\s*none/.test(node.attributes?.[at + 1] ?? '');
    };
    const text = (node: DomNode): string =>
      node.nodeType === 3
        ? node.nodeValue
        : hidden(node)
          ? ''
          : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join('');
    const field = find(root);
    if (field === undefined) throw new Error(`the page has no #${id}`);
    return (field.shadowRoots ?? []).map(text).join('');
  } finally {
    await session.detach();
  }
}
