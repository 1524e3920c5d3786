// Headless Chromium for the report tests. Missing browser: under CI=true the tests fail (launch
// throws); elsewhere they are skipped, loudly.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary the tests drive. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** False only when the browser is missing and we are not in CI: then the suite skips. */
export const browserTestsRun = existsSync(chromiumPath) || process.env['CI'] === 'true';

if (!browserTestsRun) {
  console.warn(
    `\n!!! SKIPPING the report's browser tests: no Chromium at ${chromiumPath}.\n` +
      '!!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH; under CI=true these tests fail instead.\n',
  );
}

/** Launches headless Chromium with no background network of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
