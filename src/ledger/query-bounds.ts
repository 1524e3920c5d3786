import { ValidationError } from '../errors/index.js';
import { InvalidTimeError, queryBound, type QueryTime } from '../time/index.js';

/**
 * The exclusive bound of a query time, as every query of a ledger or store takes it; a bad time becomes a
 * `ValidationError` naming the option it was given in.
 *
 * @example
 * boundOf('2025-12-31', 'at') === Date.UTC(2026, 0, 1); //=> true
 */
export function boundOf(time: QueryTime, field: string): number {
  try {
    return queryBound(time);
  } catch (error) {
    if (!(error instanceof InvalidTimeError)) throw error;
    throw new ValidationError([
      {
        code: 'invalid-time',
        path: [field],
        message: `'${error.input}' is not a valid time: ${error.rule}`,
        ...(error.suggestion ? { suggestion: error.suggestion } : {}),
      },
    ]);
  }
}

/**
 * The knowledge-time bound of a query's options: `Infinity` (everything recorded) when `knownAt` is absent.
 *
 * @example
 * knownBound({}); //=> Infinity
 */
export function knownBound(options: { readonly knownAt?: QueryTime }): number {
  return options.knownAt === undefined ? Infinity : boundOf(options.knownAt, 'knownAt');
}
