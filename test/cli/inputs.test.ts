// Inputs a user gets wrong, or that come from other tools: each gets a plain answer, never a stack trace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledDatasetFolder } from '../../src/dataset/index.js';
import { ensureCliBuilt, positions } from './support/cli.js';

beforeAll(() => ensureCliBuilt());

const events = readFileSync(join(bundledDatasetFolder(), 'events.ndjson'), 'utf8');

describe('inputs', () => {
  test('a folder where a file is expected is a usage error naming it, with no stack trace', () => {
    const folder = mkdtempSync(join(tmpdir(), 'positions-folder-'));
    const run = positions(['validate', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`positions: cannot read '${folder}': it is a folder, not a file\n`);
  });

  test('a byte-order mark before the first line is not part of its JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'positions-bom-')), 'events.ndjson');
    writeFileSync(file, `\uFEFF${events}`);
    const run = positions(['validate', file, '--format', 'json']);
    const plain = positions(['validate', '-', '--format', 'json'], { input: events });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { file: _bomFile, ...withBom } = JSON.parse(run.stdout) as Record<string, unknown>;
    const { file: _stdin, ...withoutBom } = JSON.parse(plain.stdout) as Record<string, unknown>;
    expect(withBom).toEqual(withoutBom);
  });

  test('without a vocabulary, a name no event uses is warned about, with the closest id the events use', () => {
    const run = positions(['stances', '--at', '2025-12-31', '--data', '-', '--party', 'ukriane', '--format', 'json'], {
      input: events,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "positions: warning: no event names party 'ukriane' (without a vocabulary, aliases are not known)" +
        " — did you mean 'ukraine'?\n",
    );
    const known = positions(
      ['stances', '--at', '2025-12-31', '--data', '-', '--party', 'ukraine', '--format', 'json'],
      { input: events },
    );
    expect(known.stderr).toBe('');
  });

  test('with --inherit, the table says which positions came through a bloc', async () => {
    const { loadDataset } = await import('../../src/dataset/index.js');
    const ledger = await loadDataset();
    // Find an inherited cell in-process rather than naming one: a member's cell whose evidence came via a bloc.
    const inherited = ledger
      .at('2025-12-31', { inherit: true })
      .cells()
      .find((c) => c.evidence.some((e) => e.via !== undefined));
    expect(inherited).toBeDefined();
    const { party, issue } = inherited as { party: string; issue: string };
    const via = inherited?.evidence.find((e) => e.via !== undefined)?.via;
    const run = positions(['stances', '--at', '2025-12-31', '--inherit', '--party', party, '--issue', issue]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(via ${via})`);
    const own = positions(['stances', '--at', '2025-12-31', '--party', party, '--issue', issue]);
    expect(own.stdout).not.toContain('(via ');
  });
});
