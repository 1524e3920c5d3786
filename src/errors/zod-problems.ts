import type { core } from 'zod/mini';
import { ID_PATTERN, ID_RULE } from '../vocabulary/id.js';
import { didYouMean } from '../vocabulary/suggest.js';
import type { RuleParams } from '../events/event-rules.js';
import type { Problem } from './problem.js';

/**
 * Turns a zod error into problems with plain messages, prefixed by `base` where given. Every message is
 * written here from the issue's own fields, or by the project's rule that reported it (a time the time
 * reader refused, say), never taken from zod's locales: the messages are the same whichever zod flavour
 * validated, and whatever locale another import configured (test/core/messages.test.ts pins them).
 */
export function zodProblems(error: core.$ZodError, base?: string, extra: Partial<Problem> = {}): Problem[] {
  const prefix = (path: readonly PropertyKey[]) => {
    const keys = path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return base === undefined ? keys : [base, ...keys];
  };
  return error.issues.flatMap((issue): Problem[] => {
    // One problem per unknown key, with the key in its path, so each can be found and fixed.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        ...extra,
        code: 'schema',
        path: prefix([...issue.path, key]),
        message: `unknown field '${key}'`,
      }));
    }
    // A rule of the project's (src/events/event-rules.ts) names its problem's code and writes its message.
    const rule = issue.code === 'custom' ? (issue.params as RuleParams | undefined) : undefined;
    const suggestion =
      rule?.suggestion ??
      (issue.code === 'invalid_value' && typeof issue.input === 'string'
        ? didYouMean(
            issue.input,
            issue.values.filter((v): v is string => typeof v === 'string'),
          ).suggestion
        : undefined);
    return [
      {
        ...extra,
        code: rule?.code ?? 'schema',
        path: prefix(issue.path),
        message: rule?.code === undefined ? plainMessage(issue) : issue.message,
        ...(suggestion === undefined ? {} : { suggestion }),
      },
    ];
  });
}

function plainMessage(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.input === undefined
        ? `missing (expected one of ${values})`
        : `expected one of ${values}, got ${describe(issue.input)}`;
    }
    case 'too_small':
      return `Too small: expected ${size(issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>', issue.minimum)}`;
    case 'too_big':
      return `Too big: expected ${size(issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<', issue.maximum)}`;
    case 'invalid_format':
      // The id pattern is the only pattern the schemas check; a URL is the only other format.
      if (issue.format === 'regex') return issue.pattern === String(ID_PATTERN) ? ID_RULE : 'Invalid string';
      return issue.format === 'url' ? 'Invalid URL' : `Invalid ${issue.format}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    default:
      // A union no option of which matched (a term that is neither a number, a string nor a boolean).
      return 'Invalid input';
  }
}

/** A bound in words: a length in characters or items, any other size compared as a value. */
function size(origin: string, relation: string, bound: number | bigint): string {
  const unit = origin === 'string' ? 'characters' : origin === 'array' ? 'items' : undefined;
  return unit === undefined ? `${origin} to be ${relation}${bound}` : `${origin} to have ${relation}${bound} ${unit}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
