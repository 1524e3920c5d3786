import { z } from 'zod';
import { FuzzyTimeSchema } from '../events/index.js';
import { IdSchema } from '../vocabulary/index.js';

/** One report a dataset is built from. */
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
  /** Why the date was estimated so. */
  reason: z.string().min(1),
  /** Where the document can be read. */
  url: z.url().optional(),
});

/** The shape of `sources.json`. */
export const SourcesFileSchema = z.strictObject({
  /** Every document. */
  documents: z.array(SourceDocumentSchema),
});

/** A source document of a dataset. */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
