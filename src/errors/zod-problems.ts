import type { z } from 'zod';
import { didYouMean } from '../vocabulary/suggest.js';
import type { Problem } from './problem.js';

/**
 * Turns a zod error into problems with plain messages, prefixed by `base` where given.
 */
export function zodProblems(error: z.ZodError, base?: string, extra: Partial<Problem> = {}): Problem[] {
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
    const params =
      issue.code === 'custom' ? (issue.params as { time?: boolean; suggestion?: string } | undefined) : undefined;
    const suggestion =
      params?.suggestion ??
      (issue.code === 'invalid_value' && typeof issue.input === 'string'
        ? didYouMean(
            issue.input,
            issue.values.filter((v): v is string => typeof v === 'string'),
          ).suggestion
        : undefined);
    return [
      {
        ...extra,
        code: params?.time === true ? 'invalid-time' : 'schema',
        path: prefix(issue.path),
        message: plainMessage(issue),
        ...(suggestion === undefined ? {} : { suggestion }),
      },
    ];
  });
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_value':
      return issue.input === undefined
        ? `missing (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    case 'invalid_union':
      return issue.message;
    default:
      return issue.message;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
