// What a bad time says, whole: the error's name and message for an invalid Date and for an interval asked
// as a query time (docs/design.md §2.3). Pinned word for word, as every message users see is.
import { describe, expect, it } from 'vitest';
import { InvalidTimeError, queryBound } from '../../src/index.js';

function thrown(run: () => unknown): InvalidTimeError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidTimeError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('an invalid query time', () => {
  it('an invalid Date is named, with the rule it broke and no suggestion', () => {
    const error = thrown(() => queryBound(new Date(Number.NaN)));
    expect(error.name).toBe('InvalidTimeError');
    expect(error.message).toBe("invalid time 'Invalid Date': the Date is invalid");
    expect({ input: error.input, rule: error.rule, suggestion: error.suggestion }).toEqual({
      input: 'Invalid Date',
      rule: 'the Date is invalid',
      suggestion: undefined,
    });
  });

  it('an interval is refused, with how to ask instead', () => {
    const error = thrown(() => queryBound('2025-01/2025-03'));
    expect(error.name).toBe('InvalidTimeError');
    expect(error.message).toBe(
      "invalid time '2025-01/2025-03': a query time is one time, not an interval (ask for one date, e.g. the end of the interval)",
    );
  });
});
