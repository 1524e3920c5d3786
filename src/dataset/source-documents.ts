import { z } from 'zod';
import { FuzzyTimeSchema } from '../events/index.js';
import { IdSchema } from '../vocabulary/index.js';

/**
 * One report a dataset is built from.
 *
 * @example
 * SourceDocumentSchema.parse(JSON.parse(sourcesJson).documents[0]).precision; //=> 'day'
 */
export const SourceDocumentSchema = z.strictObject({
  /** The document id events cite (for the bundled dataset: the article's file name without `.txt`). */
  id: IdSchema,
  /** An own-words title. */
  title: z.string().min(1),
  /** Estimated publication date. */
  publishedAt: FuzzyTimeSchema,
  /** How precise the estimate is. */
  precision: z.enum(['day', 'month', 'year']),
  /** The error bar of the estimate, e.g. `±2 days`. */
  uncertainty: z.string().min(1).optional(),
  /** Why the date was estimated so; absent when the document gives its own date. */
  reason: z.string().min(1).optional(),
  /** Where the document can be read. */
  url: z.url().optional(),
});

/**
 * The shape of `sources.json`.
 *
 * @example
 * SourcesFileSchema.parse(JSON.parse(sourcesJson)).documents.length; //=> 5
 */
export const SourcesFileSchema = z.strictObject({
  /** Every document. */
  documents: z.array(SourceDocumentSchema),
});

/**
 * A source document of a dataset.
 *
 * @example
 * (await readDataset()).documents.map((d: SourceDocument) => d.publishedAt); //=> ['2025-04-23', …]
 */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
