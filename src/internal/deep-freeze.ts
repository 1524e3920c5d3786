/**
 * Freezes a plain value and everything reachable from it, so callers cannot change what they are handed.
 *
 * @example
 * Object.isFrozen(deepFreeze({ a: [1] }).a); //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
