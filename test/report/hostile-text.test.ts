// Text from events is data, never markup: summaries, quotes, conditions, speakers and the title
// that hold HTML show as that text in the page and run nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../src/dataset/index.js';
import { Ledger } from '../../src/index.js';
import { renderReport } from '../../src/report/index.js';
import { browserTestsRun, launchChromium } from './browser.js';
import { ensureReportScript, waitForDays } from './page-helpers.js';

const SCRIPT_TAG = '<script>window.__pwned=1</script>';
const IMG_ONERROR = '"><img src=x onerror="window.__pwned=1">';
const BREAKOUT = '</script><script>window.__pwned=1</script><!--';
const TITLE = '</title><script>window.__pwned=1</script>';

function hostile(id: string, issue: string, summary: string) {
  return {
    type: 'statement',
    id,
    parties: ['ukraine'],
    speaker: { name: IMG_ONERROR, role: SCRIPT_TAG, authority: 'official' },
    issue,
    stance: 'supports',
    conditions: BREAKOUT,
    act: 'assert',
    attribution: 'on-record',
    statedAt: '2026-01-05',
    recordedAt: '2026-01-06T00:00:00Z',
    summary,
    sources: [{ document: '001_c5f11daeeed803d4', quote: IMG_ONERROR }],
  };
}

describe.runIf(browserTestsRun)('hostile text in the report', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureReportScript();
    const dataset = await readDataset();
    const ledger = Ledger.from(
      [
        ...dataset.ledger.events(),
        hostile('x.script', 'ukraine-in-eu', SCRIPT_TAG),
        hostile('x.img', 'referendum-on-deal', IMG_ONERROR + BREAKOUT),
      ],
      {
        vocabulary: dataset.vocabulary,
      },
    );
    const file = join(mkdtempSync(join(tmpdir(), 'positions-report-')), 'hostile.html');
    writeFileSync(file, renderReport({ ledger, documents: dataset.documents }, { at: '2026-01-06', title: TITLE }));
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await waitForDays(page, { at: '2026-01-06' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the title shows as text', async () => {
    expect(await page.title()).toBe(TITLE);
    expect(await page.textContent('h1')).toBe(TITLE);
  });

  test.each([
    ['ukraine-in-eu', SCRIPT_TAG],
    ['referendum-on-deal', IMG_ONERROR + BREAKOUT],
  ])('a summary on %s shows as text and runs nothing', async (issue, summary) => {
    await page.click(`#matrix td.cell[data-party="ukraine"][data-issue="${issue}"] button`);
    await page.waitForSelector('#evidence-body .statement.winner');
    expect(await page.textContent('#evidence-body .statement.winner .summary')).toBe(summary);
    const panel = (await page.textContent('#evidence-body')) ?? '';
    expect(panel).toContain(IMG_ONERROR); // the speaker's name and the quote
    expect(panel).toContain(BREAKOUT); // the conditions
    // Nothing from the text became an element.
    expect(await page.locator('#evidence-body img, #evidence-body script, body img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    // Give any handler that might have been planted a turn to run before looking.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
