import { ValidationError } from '../errors/index.js';
import { EVENT_TYPES } from '../events/event-types.js';

const TYPES: readonly unknown[] = EVENT_TYPES;

/**
 * The error for something in a folded stream that is not a stored event (no known type, or no id):
 * the stream fold trusts stored events and says how to read raw ones.
 *
 * @example
 * notAStoredEvent({ kind: 'statement' }, 3).problems[0]?.path; //=> ['type']
 */
export function notAStoredEvent(event: unknown, index: number): ValidationError {
  const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  const typed = TYPES.includes(type);
  // A stored correction's replacement has its id filled in too.
  const replacement = typed && type === 'correction' && typeof (event as { id?: unknown }).id === 'string';
  const what = replacement ? 'its replacement has no id' : 'it has no id';
  return new ValidationError([
    {
      code: 'schema',
      index,
      path: typed ? (replacement ? ['replacement', 'id'] : ['id']) : ['type'],
      message: typed
        ? `event ${index} is not a stored event: ${what}`
        : `event ${index} is not a stored event (${event === null || typeof event !== 'object' ? String(event) : `type ${JSON.stringify(type)}`})`,
      suggestion: 'fold events as a ledger or store hands them out; read raw input with Ledger.from or readEvent first',
    },
  ]);
}
