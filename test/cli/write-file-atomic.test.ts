// Replacing a dataset file is all or nothing: the new text, or the old file and no temporary left.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/dataset/write-file-atomic.js';
import { scratch } from './support/scratch.js';

test('replaces the text whole and leaves no temporary file', async () => {
  const folder = scratch();
  const file = join(folder, 'sources.json');
  writeFileSync(file, 'old');
  await writeFileAtomic(file, 'new text');
  expect(readFileSync(file, 'utf8')).toBe('new text');
  expect(readdirSync(folder)).toEqual(['sources.json']);
});

test('when the rename fails, the error is thrown and the temporary file is removed', async () => {
  const folder = scratch();
  // A folder that is not empty cannot be replaced by a file.
  mkdirSync(join(folder, 'vocabulary.json'));
  writeFileSync(join(folder, 'vocabulary.json', 'keep'), 'x');
  await expect(writeFileAtomic(join(folder, 'vocabulary.json'), '{}')).rejects.toMatchObject({ code: 'EISDIR' });
  expect(readdirSync(folder)).toEqual(['vocabulary.json']);
  expect(readdirSync(join(folder, 'vocabulary.json'))).toEqual(['keep']);
});
