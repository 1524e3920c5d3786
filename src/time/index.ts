export { fuzzyTimeBounds, parseFuzzyTime, type FuzzyTime, type TimePrecision, type TimeUnit } from './fuzzy-time.js';
export { queryBound, queryLabel, type QueryTime } from './query-time.js';
export { instantMs, normalizeInstant } from './instant.js';
export { InvalidTimeError } from './invalid-time-error.js';
export { FUZZY_TIME_PATTERN, INSTANT_PATTERN } from './patterns.js';
