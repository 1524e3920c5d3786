// A ledger keeps no event objects: `events()` decodes each row again from where the ledger keeps it
// (docs/design.md §5.3, §9.2). A line read from a file in an older format version is read back through
// the ledger's own upcasters, as its append read it. Version 0 here is made up, as in upcast.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLedger } from '../../src/stores/file/index.js';
import { fromV0, v0 } from '../support/format-v0.js';

const dir = mkdtempSync(join(tmpdir(), 'upcast-read-back-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a line of an older version, read back', () => {
  it('comes out of events() upcast, as its append read it', () => {
    const file = join(dir, 'events.ndjson');
    writeFileSync(file, `${JSON.stringify(v0)}\n`);
    const ledger = readLedger(file, { upcasters: fromV0 });
    try {
      const [event] = ledger.events();
      expect(event).toMatchObject({ type: 'statement', v: 1, parties: ['ukraine'], statedAt: '2025-04' });
      expect(event).not.toHaveProperty('party');
    } finally {
      ledger.close();
    }
  });
});
