/** The bundled dataset's events and vocabulary, read the plain way (not through any store). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDatasetFolder } from '../../src/dataset/index.js';
import { parseNdjson } from '../../src/ndjson/byte-reader.js';
import type { VocabularyData } from '../../src/index.js';

const folder = bundledDatasetFolder();

/** The raw event objects of seeds/ukraine-2025/events.ndjson, in file order. */
export const SEED_EVENTS: readonly Record<string, unknown>[] = parseNdjson(
  readFileSync(join(folder, 'events.ndjson'), 'utf8'),
).lines.map((l) => l.value as Record<string, unknown>);

/** Its vocabulary. */
export const SEED_VOCABULARY = JSON.parse(readFileSync(join(folder, 'vocabulary.json'), 'utf8')) as VocabularyData;

/** The dataset folder. */
export const SEED_FOLDER = folder;

/** A statement about the seed vocabulary, unique per `n`. */
export function seedStatement(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'statement',
    id: `test.${n}`,
    parties: ['ukraine'],
    issue: 'ukraine-in-nato',
    stance: n % 2 === 0 ? 'demands' : 'supports',
    act: 'demand',
    attribution: 'on-record',
    statedAt: `2025-${String((n % 12) + 1).padStart(2, '0')}`,
    recordedAt: '2026-01-10T00:00:00Z',
    summary: `test statement ${n}`,
    sources: [{ document: 'doc-test' }],
    ...overrides,
  };
}
