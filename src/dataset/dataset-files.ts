import { readFile } from 'node:fs/promises';
import { ValidationError } from '../errors/index.js';
import { zodProblems } from '../errors/zod-problems.js';
import { Vocabulary } from '../vocabulary/index.js';
import { SourcesFileSchema, type SourceDocument } from './source-documents.js';

/**
 * A dataset's `vocabulary.json`, read and checked whole: the parsed JSON as written, and the vocabulary.
 *
 * @throws {ValidationError} naming the file for JSON or vocabulary problems.
 * @example
 * const { vocabulary } = await readVocabularyFile('my-dataset/vocabulary.json');
 */
export async function readVocabularyFile(file: string): Promise<{ json: unknown; vocabulary: Vocabulary }> {
  const json = parseJson(await readFile(file, 'utf8'), file);
  try {
    return { json, vocabulary: Vocabulary.from(json) };
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.problems.map((p) => ({ ...p, file })));
    throw error;
  }
}

/**
 * A dataset's `sources.json`, read and checked: the parsed JSON as written, and its documents.
 *
 * @throws {ValidationError} naming the file, and the field of each problem.
 * @example
 * const { documents } = await readSourcesFile('my-dataset/sources.json');
 */
export async function readSourcesFile(file: string): Promise<{ json: unknown; documents: SourceDocument[] }> {
  const json = parseJson(await readFile(file, 'utf8'), file);
  const parsed = SourcesFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, undefined, { file }));
  return { json, documents: parsed.data.documents };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError([
      {
        code: 'json',
        file,
        path: [],
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}
