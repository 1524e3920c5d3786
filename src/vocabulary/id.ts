import { z } from 'zod';

/** The shape every event, party and issue id has. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** An event, party or issue id: `[A-Za-z0-9][A-Za-z0-9._:-]{0,127}`, compared as a plain string. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, {
    message: 'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
  })
  .describe('An id: a letter or digit, then up to 127 letters, digits, ".", "_", ":" or "-".');
