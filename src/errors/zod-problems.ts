import type { z } from 'zod';
import type { Problem } from './problem.js';

/**
 * Turns a zod error into problems with plain messages, prefixed by `base` where given.
 */
export function zodProblems(error: z.ZodError, base?: string, extra: Partial<Problem> = {}): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const params = issue.code === 'custom' ? (issue.params as { time?: boolean; suggestion?: string } | undefined) : undefined;
    const isTime = params?.time === true;
    const suggestion = params?.suggestion;
    return {
      ...extra,
      code: isTime ? 'invalid-time' : 'schema',
      path: base === undefined ? path : [base, ...path],
      message: plainMessage(issue),
      ...(suggestion === undefined ? {} : { suggestion }),
    } satisfies Problem;
  });
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describe(issue.input)}`;
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
