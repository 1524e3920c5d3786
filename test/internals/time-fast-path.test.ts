// Time parsing has a hand-written fast path for the common UTC shapes (src/time/fast-path.ts). It is
// only sound if it agrees exactly with the general parser, which stays reachable as the oracle: same
// result (fields, key order, freezing), same acceptance, same error for everything it lets through.
import fc from 'fast-check';
import { checkProperty, runsOf } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { fastFuzzyTime, fastInstantMs } from '../../src/time/fast-path.js';
import { fuzzyTimeBounds, parseFuzzyTime, parseFuzzyTimeGeneral } from '../../src/time/fuzzy-time.js';
import { instantMs, normalizeInstant, normalizeInstantGeneral } from '../../src/time/instant.js';

const SEED = 20261122;
const RUNS = 20000;

type Outcome = { ok: true; value: unknown; json: string; frozen: boolean } | { ok: false; error: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    const value = run();
    return { ok: true, value, json: JSON.stringify(value), frozen: Object.isFrozen(value) };
  } catch (caught) {
    const e = caught as { name: string; message: string; input?: string; rule?: string; suggestion?: string };
    return {
      ok: false,
      error: {
        type: e.constructor,
        name: e.name,
        message: e.message,
        input: e.input,
        rule: e.rule,
        suggestion: e.suggestion,
      },
    };
  }
}

// Tallies, so the properties are not vacuous: each kind of case must actually come up.
const seen = { fastAccepted: 0, generalOnly: 0, rejected: 0, instantsFast: 0 };

function agree(text: string): void {
  const general = outcome(() => parseFuzzyTimeGeneral(text));
  expect(
    outcome(() => parseFuzzyTime(text)),
    text,
  ).toEqual(general);
  // The allocation-free bounds of the stream fold: the general answer's start and end, or its error.
  const bounds = { start: NaN, end: NaN };
  const boundsOutcome = outcome(() => {
    fuzzyTimeBounds(text, bounds);
    return Object.freeze({ ...bounds });
  });
  if (general.ok) {
    const { start, end } = general.value as { start: number; end: number };
    expect(boundsOutcome.ok && boundsOutcome.value, text).toEqual({ start, end });
  } else expect(boundsOutcome, text).toEqual(general);
  const instant = outcome(() => normalizeInstantGeneral(text));
  expect(
    outcome(() => normalizeInstant(text)),
    text,
  ).toEqual(instant);
  const ms = outcome(() => instantMs(text));
  if (instant.ok) expect(ms, text).toEqual(outcome(() => Date.parse(instant.value as string)));
  else expect(ms, text).toEqual(instant);

  if (typeof text !== 'string') return; // the fast path is only ever given strings
  // The fast path itself: it may pass (undefined), but whatever it answers is the general answer.
  const fast = fastFuzzyTime(text);
  if (fast !== undefined) {
    seen.fastAccepted++;
    expect(
      outcome(() => fast),
      text,
    ).toEqual(general);
  } else if (general.ok) seen.generalOnly++;
  else seen.rejected++;
  const fastMs = fastInstantMs(text);
  if (!Number.isNaN(fastMs)) {
    seen.instantsFast++;
    expect(instant.ok && Date.parse(instant.value as string), text).toBe(fastMs);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
// Each field mostly at or just past its limits, sometimes any digits.
const near = (values: number[], width = 2) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values).map((n) => pad(n, width)) },
    { weight: 1, arbitrary: digits(width) },
  );
const year = near([0, 1, 4, 99, 100, 400, 1582, 1900, 1970, 2000, 2023, 2024, 2025, 2100, 9999], 4);
const month = near([0, 1, 2, 4, 6, 9, 11, 12, 13]);
const day = near([0, 1, 15, 28, 29, 30, 31, 32]);
const hour = near([0, 1, 12, 23, 24]);
const minute = near([0, 30, 59, 60]);
const fraction = fc.oneof(digits(1), digits(2), digits(3), digits(4), fc.constant(''));
const zone = fc.constantFrom(
  'Z',
  'Z',
  'Z',
  '',
  'z',
  '+02:00',
  '-05:30',
  '+00:00',
  '-00:00',
  '+23:59',
  '+24:00',
  '+02:60',
  '+0200',
  '+02',
);

const point = fc
  .tuple(
    year,
    fc.option(month),
    fc.option(day),
    fc.option(fc.tuple(hour, minute, fc.option(minute), fc.option(fraction), zone)),
  )
  .map(([y, m, d, t]) => {
    if (m === null) return y;
    if (d === null) return `${y}-${m}`;
    if (t === null) return `${y}-${m}-${d}`;
    const [h, mi, s, f, z] = t;
    const seconds = s === null ? '' : `:${s}${f === null ? '' : `.${f}`}`;
    return `${y}-${m}-${d}T${h}:${mi}${seconds}${z}`;
  });

// Valid times of every precision over the whole four-digit range, cut from a Date's ISO form.
const valid = fc
  .tuple(
    fc.date({
      min: new Date('0000-01-01T00:00:00.000Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(4, 7, 10, 16, 19, 21, 22, 23),
    fc.constantFrom('Z', 'Z', 'Z', '+02:00', '-05:30', '+00:00', '-23:59'),
  )
  .map(([date, cut, zone]) => {
    const iso = date.toISOString();
    return cut <= 10 ? iso.slice(0, cut) : `${iso.slice(0, cut)}${zone}`;
  });

// One-character edits of a near-valid time: the shapes the fast path must not half-recognise.
const ALPHABET = [...'0123456789-:T.Z/+ tz', '\n', '\u0661', '\uff10'];
const mutated = fc
  .tuple(
    fc.oneof(point, valid),
    fc.nat(30),
    fc.constantFrom('replace', 'insert', 'delete'),
    fc.constantFrom(...ALPHABET),
  )
  .map(([text, at, edit, char]) => {
    const i = at % (text.length + 1);
    if (edit === 'insert') return text.slice(0, i) + char + text.slice(i);
    if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

const candidate = fc.oneof(
  { weight: 6, arbitrary: point },
  { weight: 4, arbitrary: valid },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(point, valid), fc.oneof(point, valid)).map(([a, b]) => `${a}/${b}`) },
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 26 }) },
  { weight: 1, arbitrary: fc.string() },
);

describe(`time fast path agrees with the general parser (seed ${SEED}, ${RUNS} runs)`, () => {
  it('on generated valid, near-valid and junk strings', () => {
    checkProperty(fc.property(candidate, agree), { seed: SEED, numRuns: RUNS });
    console.log(`time fast path (seed ${SEED}): ${JSON.stringify(seen)}`);
    expect(seen.fastAccepted).toBeGreaterThan(runsOf(RUNS) / 10);
    expect(seen.generalOnly).toBeGreaterThan(runsOf(RUNS) / 100);
    expect(seen.rejected).toBeGreaterThan(runsOf(RUNS) / 10);
    expect(seen.instantsFast).toBeGreaterThan(runsOf(RUNS) / 50);
  });

  it('on every date of 0000, 0001, 0004, 0100, 1900, 2000, 2024, 2025 and 9999 (months 00–13, days 00–32)', () => {
    for (const y of [0, 1, 4, 100, 1900, 2000, 2024, 2025, 9999]) {
      agree(pad(y, 4));
      for (let m = 0; m <= 13; m++) {
        agree(`${pad(y, 4)}-${pad(m)}`);
        for (let d = 0; d <= 32; d++) agree(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
      }
    }
  });

  it('on every hh:mm:ss from 00:00:00 to 24:60:60 on the last day of a leap year', () => {
    for (let h = 0; h <= 24; h++) {
      for (let mi = 0; mi <= 60; mi++) {
        agree(`2024-12-31T${pad(h)}:${pad(mi)}Z`);
        for (const s of [0, 59, 60]) agree(`2024-12-31T${pad(h)}:${pad(mi)}:${pad(s)}.999Z`);
      }
    }
  });

  it('on values that are not strings', () => {
    for (const value of [undefined, null, 2025, new Date(0), ['2025'], { toString: () => '2025' }])
      agree(value as unknown as string);
  });
});
