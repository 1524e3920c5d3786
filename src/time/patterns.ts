// The shapes of fuzzy times and instants as regular expressions, for the published JSON Schema
// (users outside TypeScript validate with these). They check the shape only: calendar validity
// (no 2025-02-30) and interval order are the parser's, which accepts nothing these reject.

const POINT = String.raw`\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?`;

/**
 * The shape of a fuzzy time (`YYYY` … zoned date-time, or `A/B`), as a JSON-Schema `pattern`.
 *
 * @example
 * new RegExp(FUZZY_TIME_PATTERN).test('2025-12-20/2025-12-31'); //=> true
 */
export const FUZZY_TIME_PATTERN = `^${POINT}(/${POINT})?$`;

/**
 * The shape of an instant (a zoned date-time to the minute or finer), as a JSON-Schema `pattern`.
 *
 * @example
 * new RegExp(INSTANT_PATTERN).test('2025-12-30T00:00Z'); //=> true
 */
export const INSTANT_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$`;
