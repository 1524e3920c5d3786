import * as z from 'zod/mini';
import { STANCES } from '../rules/stance-scale.js';

// The scale itself (names, order, values, codes) is a fold rule: src/rules/stance-scale.ts.
export { STANCES, stanceValue, type Stance, type StanceValue } from '../rules/stance-scale.js';

/** A party's position on an issue's proposition, on one ordinal scale (docs/design.md §1.3). */
export const StanceSchema = z.enum(STANCES);
