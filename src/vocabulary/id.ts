import * as z from 'zod/mini';

/** The shape every event, party and issue id has. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** What an id must look like, in words: the message of a problem with one. */
export const ID_RULE = 'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"';

/** An event, party or issue id: `[A-Za-z0-9][A-Za-z0-9._:-]{0,127}`, compared as a plain string. */
export const IdSchema = z.string().check(z.regex(ID_PATTERN, ID_RULE));
