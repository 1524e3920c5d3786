// `positions report`, run as built: it writes the page, opens it on the days asked for, and
// refuses bad dates and unwritable paths with exit code 2.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../src/dataset/index.js';
import { ensureCliBuilt, positions } from '../cli/support/cli.js';

function embedded(html: string): { at: string; knownAt: string; title: string; events: unknown[] } {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (match === null) throw new Error('no report-data script in the written file');
  return JSON.parse(match[1]!);
}

describe('positions report', () => {
  let dir: string;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'positions-report-cli-'));
  });

  test('writes one HTML file of the bundled dataset, opening on --at as known at --known-at', async () => {
    const out = join(dir, 'report.html');
    const run = positions([
      'report',
      '--out',
      out,
      '--at',
      '2025-12-31',
      '--known-at',
      '2025-12-07',
      '--title',
      'Talks',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(JSON.parse(run.stdout)).toEqual({
      out,
      bytes: Buffer.byteLength(html),
      at: '2025-12-31',
      knownAt: '2025-12-07',
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const data = embedded(html);
    expect(data).toMatchObject({ at: '2025-12-31', knownAt: '2025-12-07', title: 'Talks' });
    expect(data.events.length).toBe((await readDataset()).ledger.size);
  });

  test('a bad date is a usage error naming the flag', () => {
    const run = positions(['report', '--out', join(dir, 'x.html'), '--known-at', '2025-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--known-at '2025-02-30'/);
  });

  test('an unwritable --out is a usage error naming the path', () => {
    const run = positions(['report', '--out', join(dir, 'missing-folder', 'x.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write --out/);
  });

  test('--format csv quotes the path as RFC 4180 does (a quote doubled, not backslashed)', () => {
    const out = join(dir, 'say "hi".html');
    const run = positions(['report', '--out', out, '--format', 'csv']);
    expect(run.code).toBe(0);
    const bytes = readFileSync(out).byteLength;
    expect(run.stdout).toBe(`out,bytes\r\n"${out.replaceAll('"', '""')}",${bytes}\r\n`);
  });
});
