// Makes docs/report.png, the README's picture of the report (run by hand after changing the page):
//   npm run build
//   node dist/cli.js report --out .tmp/report.html --at 2025-12-31 --title "Russia–Ukraine–US talks, 2025"
//   node test/report/readme-screenshot.mjs .tmp/report.html docs/report.png
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [input = '.tmp/report.html', output = 'docs/report.png'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1240, height: 860 } });
await page.goto(pathToFileURL(resolve(input)).href);
await page.click('#matrix td.cell[data-party="united-states"][data-issue="security-guarantees"] button');
await page.waitForSelector('#evidence-body .statement.winner');
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: output });
await browser.close();
console.log(`wrote ${output}`);
