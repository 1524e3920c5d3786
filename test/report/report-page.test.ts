// The report of the bundled dataset, opened from disk in real headless Chromium: its matrix is the
// ledger's answer, its controls move it, its cells explain themselves, and it loads nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDataset, type Dataset } from '../../src/dataset/index.js';
import { buildReportData, renderReport } from '../../src/report/index.js';
import { daysBetween } from '../../src/report/page/days.js';
import { browserTestsRun, launchChromium } from './browser.js';
import {
  ensureReportScript,
  expectedMatrix,
  fieldText,
  readMatrix,
  slideTo,
  typeDay,
  waitForDays,
} from './page-helpers.js';

const APRIL = '2025-04-30';
const DECEMBER = '2025-12-31';

describe.runIf(browserTestsRun)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dataset: Dataset;
  let url: string;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ensureReportScript();
    dataset = await readDataset();
    const dir = mkdtempSync(join(tmpdir(), 'positions-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(dataset, { title: 'Ukraine talks, 2025' }));
    url = pathToFileURL(file).href;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector('#matrix td.cell');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('opens on the last day of the data, knowing everything, with no errors', async () => {
    const { last } = buildReportData(dataset);
    await waitForDays(page, { at: last, knownAt: last });
    expect(await readMatrix(page)).toEqual(expectedMatrix(dataset.ledger, last, last));
    expect(errors).toEqual([]);
  });

  test.each([
    [APRIL, DECEMBER],
    [DECEMBER, DECEMBER],
    [DECEMBER, '2025-12-07'],
  ])('the matrix at T=%s as known at K=%s is the ledger’s answer, cell by cell', async (at, knownAt) => {
    await typeDay(page, 'known-date', knownAt);
    await typeDay(page, 'at-date', at);
    const shown = await readMatrix(page);
    const expected = expectedMatrix(dataset.ledger, at, knownAt);
    expect(shown.size).toBe(dataset.vocabulary.parties.length * dataset.vocabulary.issues.length);
    expect(shown).toEqual(expected);
    // The answer must not be trivially empty.
    expect([...expected.values()].filter((c) => c.stance !== '').length).toBeGreaterThan(5);
  });

  test.each(['en-US', 'de-DE'])('the date fields show ISO days (2025-12-31) in a %s browser', async (locale) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const local = await context.newPage();
    await local.goto(url);
    await local.waitForSelector('#matrix td.cell');
    const { last } = buildReportData(dataset);
    expect(await fieldText(local, 'at-date')).toBe(last);
    expect(await fieldText(local, 'known-date')).toBe(last);
    await typeDay(local, 'at-date', DECEMBER);
    expect(await fieldText(local, 'at-date')).toBe(DECEMBER);
    // The slider shows its day in ISO too, to a screen reader.
    expect(await local.getAttribute('#at-range', 'aria-valuetext')).toBe(DECEMBER);

    // A day written another way is marked invalid and changes nothing; leaving the field puts the day back.
    await local.fill('#at-date', '12/31/2025');
    expect(await local.getAttribute('#at-date', 'aria-invalid')).toBe('true');
    expect(await local.evaluate(() => document.body.dataset['at'])).toBe(DECEMBER);
    await local.fill('#at-date', '2025-02-30');
    expect(await local.getAttribute('#at-date', 'aria-invalid')).toBe('true');
    await local.locator('#at-date').blur();
    expect(await local.inputValue('#at-date')).toBe(DECEMBER);
    expect(await local.getAttribute('#at-date', 'aria-invalid')).toBeNull();
    await context.close();
  });

  test('moving the T slider changes a cell the ledger says changes between the two dates', async () => {
    const { last } = buildReportData(dataset);
    const changes = dataset.ledger.diff(APRIL, DECEMBER, { knownAt: last });
    const change =
      changes.find((c) => c.before !== null && c.after !== null && c.before.stance !== c.after.stance) ?? changes[0];
    if (change === undefined) throw new Error(`the dataset has no change between ${APRIL} and ${DECEMBER}`);
    const selector = `#matrix td.cell[data-party="${change.party}"][data-issue="${change.issue}"]`;
    await typeDay(page, 'known-date', last);
    await typeDay(page, 'at-date', APRIL);
    expect(await page.getAttribute(selector, 'data-stance')).toBe(change.before?.stance ?? '');

    const { first } = buildReportData(dataset);
    await slideTo(page, 'at-range', daysBetween(first, DECEMBER));
    await waitForDays(page, { at: DECEMBER });
    expect(await page.inputValue('#at-date')).toBe(DECEMBER);
    expect(await page.getAttribute(selector, 'data-stance')).toBe(change.after?.stance ?? '');
    expect((await page.textContent(`${selector} .stance`))?.trim()).toBe(change.after?.stance ?? '—');
  });

  test('clicking a cell shows every statement behind it, with date, precision, source, quote and speaker', async () => {
    await typeDay(page, 'known-date', buildReportData(dataset).last);
    await typeDay(page, 'at-date', DECEMBER);
    // A cell whose evidence quotes the party, to check the quote is shown.
    const cell = dataset.ledger
      .at(DECEMBER)
      .cells()
      .find((c) => c.evidence.some((e) => e.quote !== undefined));
    if (cell === undefined) throw new Error('no cell with a quote in the dataset');
    await page.click(`#matrix td.cell[data-party="${cell.party}"][data-issue="${cell.issue}"] button`);
    await page.waitForSelector('#evidence-body .statement.winner');

    const run = dataset.ledger
      .timeline(cell.party, cell.issue)
      .changes.find((c) => c.statements.includes(cell.statement));
    const expectedIds = run!.statements.slice(0, run!.statements.indexOf(cell.statement) + 1).reverse();
    expect(
      await page.$$eval('#evidence-body li.statement', (lis) => lis.map((li) => li.getAttribute('data-statement'))),
    ).toEqual(expectedIds);

    const winner = dataset.ledger.get(cell.statement);
    if (winner?.type !== 'statement') throw new Error('the winner is not a statement');
    const panel = (await page.textContent('#evidence-body')) ?? '';
    expect(await page.textContent('#evidence-body .statement.winner .summary')).toBe(winner.summary);
    expect(panel).toContain(winner.statedAt);
    expect(panel).toMatch(/to the (day|month|year)|some time from/);
    expect(panel).toContain(winner.attribution);
    if (winner.speaker) expect(panel).toContain(winner.speaker.name);
    for (const evidence of cell.evidence) {
      const title = dataset.documents.find((d) => d.id === evidence.document)?.title;
      expect(panel).toContain(title);
      if (evidence.quote) expect(panel).toContain(evidence.quote);
    }
  });

  test('a tentative cell is marked in the matrix and in its evidence', async () => {
    const { first, last } = buildReportData(dataset);
    // Find, in-process, a day on which some cell is tentative.
    let found: { day: string; party: string; issue: string } | undefined;
    for (let d = 0; d <= daysBetween(first, last) && found === undefined; d += 1) {
      const day = new Date(Date.parse(`${first}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
      const cell = dataset.ledger
        .at(day)
        .cells()
        .find((c) => c.tentative);
      if (cell) found = { day, party: cell.party, issue: cell.issue };
    }
    if (found === undefined) throw new Error('no tentative cell on any day of the dataset');
    await typeDay(page, 'at-date', found.day);
    const td = `#matrix td.cell[data-party="${found.party}"][data-issue="${found.issue}"]`;
    expect(await page.getAttribute(td, 'data-tentative')).toBe('true');
    expect(await page.textContent(`${td} .tentative-mark`)).toBe('?');
    await page.click(`${td} button`);
    await page.waitForSelector('#evidence-body .tentative-note');
    expect(await page.textContent('#evidence-body .tentative-note')).toContain('Tentative');
  });

  test('the divergence chart and the timelines follow the ledger', async () => {
    await typeDay(page, 'at-date', DECEMBER);
    const { last } = buildReportData(dataset);
    for (const d of dataset.ledger.divergence(DECEMBER, { knownAt: last })) {
      const row = `#divergence-table tr[data-issue="${d.issue}"]`;
      expect(await page.getAttribute(row, 'data-verdict')).toBe(d.verdict);
      expect(await page.getAttribute(row, 'data-spread')).toBe(String(d.spread));
    }
    const issue = 'ceasefire-before-settlement';
    const segments = await page.$$eval(`figure.timeline[data-issue="${issue}"] g.segment`, (gs) =>
      gs.map((g) => g.getAttribute('data-stance')),
    );
    const expected = dataset.vocabulary.parties.flatMap((p) =>
      dataset.ledger.timeline(p.id, issue, { knownAt: last }).changes.map((c) => c.stance),
    );
    expect(segments).toEqual(expected);
  });

  test('loads nothing from the network: every request is a file: or data: URL', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !/^(file|data):/.test(u))).toEqual([]);
  });

  test('at a phone’s width the page does not overflow sideways; the matrix scrolls in its box', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(url);
    await phone.waitForSelector('#matrix td.cell');
    const widths = await phone.evaluate(() => ({
      viewport: window.innerWidth,
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      matrixBox: document.querySelector('#matrix-section .scroll')!.clientWidth,
      matrix: document.querySelector('#matrix')!.scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    expect(widths.matrix).toBeGreaterThan(widths.matrixBox);
    await phone.close();
  });

  test('prints: sliders hidden, the matrix unclipped, colours kept', async () => {
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      slider: getComputedStyle(document.querySelector('#at-range')!).display,
      overflow: getComputedStyle(document.querySelector('#matrix-section .scroll')!).overflowX,
      adjust: getComputedStyle(document.querySelector('td.cell')!).getPropertyValue('print-color-adjust'),
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(print).toEqual({ slider: 'none', overflow: 'visible', adjust: 'exact' });
  });

  test('saves a screenshot (test-results/report.png)', async () => {
    mkdirSync('test-results', { recursive: true });
    await typeDay(page, 'at-date', DECEMBER);
    const shot = await page.screenshot({ path: join('test-results', 'report.png'), fullPage: false });
    expect(shot.length).toBeGreaterThan(10_000);
  });
});
