import * as z from 'zod/mini';

/** Text of at least one character: names, titles, summaries, quotes. */
export const TextSchema = z.string().check(z.minLength(1));
