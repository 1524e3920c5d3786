// The JSON-Schema patterns may only describe the shape: whatever the parser accepts, they must accept.
import fc from 'fast-check';
import { checkProperty, runsOf } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { parseFuzzyTime } from '../../src/index.js';
import { FUZZY_TIME_PATTERN, INSTANT_PATTERN } from '../../src/time/patterns.js';

const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
// Mostly in range, sometimes any two digits, so both valid and invalid times come up.
const field = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max }).map((n) => String(n).padStart(2, '0')) },
    { weight: 1, arbitrary: digits(2) },
  );
const point = fc
  .tuple(
    digits(4),
    fc.option(field(12)),
    fc.option(field(28)),
    fc.option(
      fc.tuple(
        field(23),
        field(59),
        fc.option(field(59)),
        fc.option(digits(3)),
        fc.constantFrom('Z', '+02:00', '-05:30', ''),
      ),
    ),
  )
  .map(([y, m, d, t]) => {
    let text = y;
    if (m === null) return text;
    text += `-${m}`;
    if (d === null) return text;
    text += `-${d}`;
    if (t === null) return text;
    const [h, mi, s, ms, zone] = t;
    return `${text}T${h}:${mi}${s === null ? '' : `:${s}${ms === null ? '' : `.${ms}`}`}${zone}`;
  });
const candidate = fc.oneof(
  point,
  fc.tuple(point, point).map(([a, b]) => `${a}/${b}`),
  fc.string(),
);

describe('published time patterns (seed 2026, 3000 runs)', () => {
  it('accept every fuzzy time the parser accepts', () => {
    let accepted = 0;
    checkProperty(
      fc.property(candidate, (text) => {
        let parsed: ReturnType<typeof parseFuzzyTime> | undefined;
        try {
          parsed = parseFuzzyTime(text);
        } catch {
          return;
        }
        accepted++;
        expect(new RegExp(FUZZY_TIME_PATTERN).test(text)).toBe(true);
        const instant =
          parsed.precision === 'minute' || parsed.precision === 'second' || parsed.precision === 'millisecond';
        expect(new RegExp(INSTANT_PATTERN).test(text)).toBe(instant);
      }),
      { seed: 2026, numRuns: 3000 },
    );
    // Not vacuous: a good share of the generated texts are valid times.
    expect(accepted).toBeGreaterThan(runsOf(3000) / 10);
  });
});
