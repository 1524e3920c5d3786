import { z } from 'zod';
import { STANCES } from '../rules/stance-scale.js';

// The scale itself (names, order, values, codes) is a fold rule: src/rules/stance-scale.ts.
export { STANCES, stanceValue, type Stance, type StanceValue } from '../rules/stance-scale.js';

/** A party's position on an issue's proposition, on one ordinal scale (docs/design.md §1.3). */
export const StanceSchema = z.enum(STANCES).describe('A stance on the ordinal scale demands (+2) … rejects (−2).');
