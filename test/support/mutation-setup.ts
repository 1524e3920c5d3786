/**
 * Setup for `npm run mutation` only (vitest.mutation.config.ts): a property that fails under a mutant
 * stops at its first counterexample instead of shrinking it. Shrinking makes a failure readable, which a
 * killed mutant does not need; the verdict (killed or survived) is the same, found sooner.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
