import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { makeConsumer, requireBuild, runNode } from './built-package.js';

// What a consumer's script prints: a cell of the bundled dataset read through the built package.
const QUERY = `cell = ledger.at('2025-12-31').cell('ukraine', 'crimea-recognized-russian');
console.log(JSON.stringify({ size: ledger.size, stance: cell?.stance ?? null, frozen: Object.isFrozen(cell) }));`;

describe('the built package, used as a consumer would', () => {
  let consumer: string;
  let expected: { size: number; stance: string | null; frozen: boolean };

  beforeAll(async () => {
    requireBuild();
    consumer = makeConsumer();
    const ledger = await loadDataset();
    const cell = ledger.at('2025-12-31').cell('ukraine', 'crimea-recognized-russian');
    expected = { size: ledger.size, stance: cell?.stance ?? null, frozen: true };
  });

  test('ESM import of the main entry and the dataset entry', () => {
    const file = join(consumer, 'esm.mjs');
    writeFileSync(
      file,
      `import { Ledger } from 'positions-ledger';
import { loadDataset } from 'positions-ledger/dataset';
const ledger = await loadDataset();
let cell;
if (!(ledger instanceof Ledger)) throw new Error('loadDataset did not return the entry\\'s Ledger');
${QUERY}`,
    );
    expect(JSON.parse(runNode(consumer, file))).toEqual(expected);
  });

  test('CommonJS require of the main entry and the dataset entry', () => {
    const file = join(consumer, 'cjs.cjs');
    writeFileSync(
      file,
      `const { Ledger } = require('positions-ledger');
const { loadDataset } = require('positions-ledger/dataset');
loadDataset().then((ledger) => {
  let cell;
  if (!(ledger instanceof Ledger)) throw new Error('loadDataset did not return the entry\\'s Ledger');
  ${QUERY}
});`,
    );
    expect(JSON.parse(runNode(consumer, file))).toEqual(expected);
  });

  test('the classic zod schemas are the schemas subpath, for ESM and CommonJS; the main entry has none', () => {
    const event = `{ type: 'retraction', target: 'e1', reason: 'duplicate', recordedAt: '2025-01-01T00:00Z' }`;
    const check = (main: string, schemas: string) => `console.log(JSON.stringify({
  valid: ${schemas}.EventSchema.safeParse(${event}).success,
  invalid: ${schemas}.EventSchema.safeParse({ ...${event}, reason: 'typo' }).success,
  vocabulary: typeof ${schemas}.VocabularySchema.parse,
  inMain: Object.keys(${main}).filter((name) => name.endsWith('Schema')),
}));`;
    const expected = { valid: true, invalid: false, vocabulary: 'function', inMain: [] };
    const esm = join(consumer, 'schemas.mjs');
    writeFileSync(
      esm,
      `import * as main from 'positions-ledger';\nimport * as schemas from 'positions-ledger/schemas';\n${check('main', 'schemas')}`,
    );
    expect(JSON.parse(runNode(consumer, esm))).toEqual(expected);
    const cjs = join(consumer, 'schemas.cjs');
    writeFileSync(
      cjs,
      `const main = require('positions-ledger');\nconst schemas = require('positions-ledger/schemas');\n${check('main', 'schemas')}`,
    );
    expect(JSON.parse(runNode(consumer, cjs))).toEqual(expected);
  });

  test('the JSON Schema of the event format is published and describes all four event types', () => {
    const file = join(consumer, 'schema.cjs');
    writeFileSync(
      file,
      `const schema = require('positions-ledger/event.schema.json');
console.log(JSON.stringify(schema.oneOf.map((s) => s.properties.type.const)));`,
    );
    expect(JSON.parse(runNode(consumer, file))).toEqual(['statement', 'corroboration', 'retraction', 'correction']);
  });
});
