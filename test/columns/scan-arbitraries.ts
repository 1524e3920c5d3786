// fast-check generators for the line scanner's tests: events as lines of bytes (valid ones the fast
// path should take, valid ones it may leave to the schema path, and near misses of both), written with
// keys in any order and white space wherever JSON allows it.
import fc from 'fast-check';

const encoder = new TextEncoder();

/** A number written exactly as given (`1.0e-1`, `-0`), where the test cares about its spelling. */
export class NumberText {
  constructor(readonly text: string) {}
}

/** Members in the order written; a key may repeat (JSON.parse keeps the last). */
export class Members {
  constructor(readonly entries: ReadonlyArray<readonly [string, unknown]>) {}
}

/**
 * A JSON text of `value`, with `space()` between every two tokens (and around the whole). Objects
 * write their own keys in their order; {@link Members} and {@link NumberText} write as they say.
 */
export function render(value: unknown, space: () => string = () => ''): string {
  const walk = (v: unknown): string => {
    if (v instanceof NumberText) return v.text;
    if (v instanceof Members)
      return `{${space()}${v.entries.map(([k, m]) => `${JSON.stringify(k)}${space()}:${space()}${walk(m)}`).join(`${space()},${space()}`)}${space()}}`;
    if (Array.isArray(v)) return `[${space()}${v.map(walk).join(`${space()},${space()}`)}${space()}]`;
    if (v !== null && typeof v === 'object') return walk(new Members(Object.entries(v)));
    return JSON.stringify(v) ?? 'null';
  };
  return `${space()}${walk(value)}${space()}`;
}

/** JSON white space, mostly none. */
export const spaceArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.stringMatching(/^[ \t\r\n]{1,3}$/) },
);

/** Ids by the id pattern, now and then at its full length of 128. */
export const idArb = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,10}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{127}$/) },
);

/** Non-empty text of any Unicode, control characters, quotes and backslashes included. */
export const anyTextArb = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
  fc.constantFrom('a', '"', '\\', '/', '\n\t', 'é', '€', '😀', '\u2028', '\u007f', 'Київ'),
);
/** Text whose JSON has no `\u` escape (the fast path leaves those to the schema path). */
export const plainTextArb = anyTextArb.filter((text) => !JSON.stringify(text).includes('\\u'));

const YEAR_0 = new Date(0).setUTCFullYear(0, 0, 1);
const YEAR_10000 = new Date(0).setUTCFullYear(10000, 0, 1);
const msArb = fc.oneof(
  fc.integer({ min: YEAR_0, max: YEAR_10000 - 1 }),
  // Month ends, leap days and year ends near today, where streams live.
  fc
    .record({
      year: fc.integer({ min: 1999, max: 2030 }),
      month: fc.integer({ min: 0, max: 11 }),
      day: fc.constantFrom(1, 28, 29, 30, 31),
      minute: fc.integer({ min: 0, max: 1439 }),
    })
    .map(({ year, month, day, minute }) => {
      const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      return Date.UTC(year, month, Math.min(day, last)) + minute * 60_000;
    }),
);
const units = ['year', 'month', 'day', 'minute', 'second', 'ms1', 'ms2', 'ms3'] as const;
type Unit = (typeof units)[number];

/** `ms` written as a UTC point of `unit`, as src/time reads it. */
export function utcText(ms: number, unit: Unit): string {
  const iso = new Date(ms).toISOString();
  switch (unit) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'minute':
      return `${iso.slice(0, 16)}Z`;
    case 'second':
      return `${iso.slice(0, 19)}Z`;
    case 'ms1':
      return `${iso.slice(0, 21)}Z`;
    case 'ms2':
      return `${iso.slice(0, 22)}Z`;
    default:
      return iso;
  }
}

/** The same instant with an offset (the fast path leaves these to the schema path). */
function offsetText(ms: number): string {
  const shifted = new Date(ms + 150 * 60_000).toISOString();
  return `${shifted.slice(0, 16)}+02:30`;
}

const pointArb = fc.record({ ms: msArb, unit: fc.constantFrom(...units) });
/** A UTC point; or an interval of two (ordered so that it is valid), now and then. */
export const utcFuzzyArb = fc.oneof(
  { weight: 4, arbitrary: pointArb.map(({ ms, unit }) => utcText(ms, unit)) },
  {
    weight: 1,
    arbitrary: fc.tuple(pointArb, pointArb).map(([a, b]) => {
      const [first, second] = a.ms <= b.ms ? [a, b] : [b, a];
      return `${utcText(first.ms, first.unit)}/${utcText(second.ms, second.unit)}`;
    }),
  },
);
/** A UTC instant (`…Z`, to the minute or finer). */
export const utcInstantArb = fc
  .record({ ms: msArb, unit: fc.constantFrom('minute', 'second', 'ms1', 'ms2', 'ms3') as fc.Arbitrary<Unit> })
  .map(({ ms, unit }) => utcText(ms, unit));

/** Times the fast path may leave to the schema path: with offsets. */
const offsetArb = msArb.filter((ms) => ms < YEAR_10000 - 86_400_000 && ms > YEAR_0 + 86_400_000).map(offsetText);

/** Broken times: not calendar dates, out-of-range fields, wrong shapes, reversed intervals. */
export const badTimeArb = fc.constantFrom(
  '2025-02-29',
  '2025-02-30',
  '2024-04-31',
  '2025-13',
  '2025-00',
  '2025-01-00',
  '2025-12-28T24:00Z',
  '2025-12-28T14:60Z',
  '2025-12-28T14:00:60Z',
  '2025-12-28T14:00:00.0000Z',
  '2025-12-28T14:00:00.Z',
  '2025-12-28T14:00',
  '2025-12-28t14:00Z',
  '2025-12-28T14:00z',
  '2025-12-28 14:00Z',
  '2025-12-28T14Z',
  '2025-12-31/2025-01-01',
  '2025/2024',
  '2025-12/2025-11-30',
  '2025-1',
  '25-01-01',
  '20250101',
  '+2025',
  ' 2025',
  '2025 ',
  '2025/',
  '/2025',
  '2025//2026',
  '31/12/2025',
  '',
  '2025-12-28T14:00:00+0200',
  '2025-12-28T14:00+24:00',
  '10000',
  '2025-12-28T14:00:00.000Z/',
);

/** Strings shaped like UTC times, digits at random: mostly not calendar dates, or out of range. */
export const timeLikeArb = fc.oneof(
  fc.stringMatching(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,4})?)?Z?)?)?)?$/),
  fc.stringMatching(/^[0-2]\d{3}(-[01]\d(-[0-3]\d(T[0-2]\d:[0-6]\d(:[0-6]\d(\.\d{1,3})?)?Z)?)?)?$/),
);

/** Times that are valid, invalid, or valid for the wrong field (a day where an instant belongs). */
export const oddTimeArb = fc.oneof(
  badTimeArb,
  timeLikeArb,
  fc.tuple(timeLikeArb, timeLikeArb).map(([a, b]) => `${a}/${b}`),
  utcFuzzyArb,
  utcInstantArb,
  offsetArb,
);

const stances = ['demands', 'supports', 'neutral', 'opposes', 'rejects'];
const acts = ['propose', 'demand', 'accept', 'reject', 'concede', 'reaffirm', 'threaten', 'assert', 'deny'];
const attributions = ['on-record', 'joint-statement', 'official-document', 'reportedly', 'anonymous-sources'];
const authorities = ['head-of-state', 'minister', 'envoy', 'official', 'anonymous'];
const reasons = ['misreport', 'mistranslation', 'denied-by-party', 'duplicate', 'coding-error'];

/** Options for {@link eventArb}. */
export interface EventShape {
  /** Only what the fast path takes: ids given, UTC times, no url, no `\u` escapes. */
  readonly eligible: boolean;
  /** Ids to draw event ids and targets from (a small pool makes taken ids and links likely). */
  readonly ids?: fc.Arbitrary<string>;
}

/** Valid events of every type, with every optional field now and then. */
export function eventArb({ eligible, ids = idArb }: EventShape): fc.Arbitrary<Record<string, unknown>> {
  const text = eligible ? plainTextArb : anyTextArb;
  const fuzzy = eligible ? utcFuzzyArb : fc.oneof({ weight: 3, arbitrary: utcFuzzyArb }, offsetArb);
  const instant = eligible ? utcInstantArb : fc.oneof({ weight: 3, arbitrary: utcInstantArb }, offsetArb);
  const sourceFields = { document: idArb, publishedAt: fuzzy, quote: text };
  const source = eligible
    ? fc.record(sourceFields, { requiredKeys: ['document'] })
    : fc.record(
        { ...sourceFields, url: fc.constantFrom('https://example.org/a', 'x:y') },
        { requiredKeys: ['document'] },
      );
  const speaker = fc.record(
    { name: text, role: text, authority: fc.constantFrom(...authorities) },
    { requiredKeys: ['name', 'authority'] },
  );
  const terms = fc.dictionary(
    fc.oneof(fc.constantFrom('durationYears', 'format', 'toString', 'a', 'é'), text),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.boolean()),
    { maxKeys: 3, noNullPrototype: true },
  );
  const envelope = eligible
    ? { id: ids, v: fc.constant(1) }
    : { id: fc.oneof(ids, fc.constant(undefined)), v: fc.constant(1) };
  const required = <K extends string>(keys: readonly K[]): Array<K | 'id'> => (eligible ? ['id', ...keys] : [...keys]);
  const content = {
    parties: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    speaker,
    issue: idArb,
    stance: fc.constantFrom(...stances),
    terms,
    conditions: text,
    salience: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)),
    act: fc.constantFrom(...acts),
    attribution: fc.constantFrom(...attributions),
    statedAt: fuzzy,
    summary: text,
    sources: fc.array(source, { minLength: 1, maxLength: 3 }),
  };
  const contentKeys: Array<keyof typeof content> = [
    'parties',
    'issue',
    'stance',
    'act',
    'attribution',
    'statedAt',
    'summary',
    'sources',
  ];
  const statement = fc.record(
    { type: fc.constant('statement'), ...envelope, ...content, recordedAt: instant },
    { requiredKeys: required(['type', ...contentKeys, 'recordedAt'] as const) },
  );
  const corroboration = fc.record(
    { type: fc.constant('corroboration'), ...envelope, target: ids, source, recordedAt: instant },
    { requiredKeys: required(['type', 'target', 'source', 'recordedAt'] as const) },
  );
  const retraction = fc.record(
    {
      type: fc.constant('retraction'),
      ...envelope,
      target: ids,
      reason: fc.constantFrom(...reasons),
      note: text,
      recordedAt: instant,
    },
    { requiredKeys: required(['type', 'target', 'reason', 'recordedAt'] as const) },
  );
  const replacement = fc.record(
    { type: fc.constant('statement'), ...envelope, ...content },
    { requiredKeys: required(contentKeys) },
  );
  const correction = fc.record(
    {
      type: fc.constant('correction'),
      ...envelope,
      target: ids,
      replacement,
      reason: fc.constantFrom(...reasons),
      recordedAt: instant,
    },
    { requiredKeys: required(['type', 'target', 'replacement', 'recordedAt'] as const) },
  );
  return fc
    .oneof({ weight: 4, arbitrary: statement }, corroboration, retraction, correction)
    .map((event) => dropUndefined(event) as Record<string, unknown>);
}

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, dropUndefined(v)]),
  );
}

/** The keys of every object in `value`, in an order drawn from `order`. */
export function shuffled(value: unknown, order: readonly number[], depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffled(item, order, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const rank = (i: number) => order[(i + depth * 7) % Math.max(1, order.length)] ?? 0;
  return Object.fromEntries(
    keys
      .map((key, i) => [key, rank(i)] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([key]) => [key, shuffled((value as Record<string, unknown>)[key], order, depth + 1)]),
  );
}

/** An event written as one line: keys in any order, white space anywhere JSON allows it. */
export function lineArb(events: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  return fc
    .tuple(events, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), fc.boolean(), fc.infiniteStream(spaceArb))
    .map(([event, order, keepOrder, spaces]) => {
      const value = keepOrder ? event : shuffled(event, order);
      const space = spaces[Symbol.iterator]();
      return render(value, () => space.next().value as string);
    });
}

/** Values that break a field: wrong types, empty strings, bad enums, broken times, odd objects. */
const weirdArb = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    0,
    -1,
    2,
    1.5,
    true,
    [],
    {},
    [''],
    ['a', 'a'],
    ['a', 'b', 'a'],
    'bogus',
    'x y',
    'Statement',
    'statement ',
    { document: 'd' },
    { document: 'd', url: 'not a url' },
    { document: '' },
    { name: 'n', authority: 'king' },
    { name: '', authority: 'envoy' },
    { k: [1] },
    { '': 1 },
    { k: null },
    new NumberText('1e400'),
    new NumberText('-1e400'),
    new NumberText('1.0000000000000001'),
    new NumberText('1.0000000000001'),
    new NumberText('-0'),
    new NumberText('-0.0e5'),
    new NumberText('0.50'),
    new NumberText('1e0'),
    new NumberText('1E-1'),
    new NumberText('01'),
    new NumberText('1.'),
    new NumberText('.5'),
    new NumberText('+1'),
    new NumberText('1.0'),
    new Members([
      ['__proto__', 1],
      ['a', 2],
    ]),
    new Members([
      ['a', 1],
      ['a', 2],
    ]),
    new Members([
      ['document', 'd'],
      ['document', 'e'],
    ]),
  ),
  badTimeArb,
  idArb.map((id) => `${id}!`),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{128,130}$/),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * An event with one thing wrong or odd about it: a field set to a weird value, removed, added, or
 * given twice, at the top, one or two levels down.
 */
export function nearMissArb(events: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      events,
      fc.nat(),
      fc.nat(),
      weirdArb,
      oddTimeArb,
      fc.constantFrom('set', 'delete', 'add', 'twice', 'nested', 'time', 'time', 'repeat', 'text', 'text'),
      fc.constantFrom(...LIMIT_BREAKERS),
    )
    .map(([event, a, b, value, time, how, breaker]) => {
      const copy = structuredClone(event);
      if (how === 'text') {
        // One of its strings (or keys) with a character no store keeps, a valid pair beside them, or made
        // longer than any summary or quote may be (docs/design.md §5).
        const holders: Array<[Record<string, unknown> | unknown[], string | number]> = [];
        const collect = (holder: unknown) => {
          if (holder === null || typeof holder !== 'object') return;
          for (const [key, inner] of Object.entries(holder)) {
            if (typeof inner === 'string')
              holders.push([holder as Record<string, unknown>, Array.isArray(holder) ? Number(key) : key]);
            else collect(inner);
          }
        };
        collect(copy);
        const found = holders[a % Math.max(1, holders.length)];
        if (found === undefined) return copy;
        const [holder, key] = found;
        const text = (holder as Record<string | number, string>)[key] as string;
        const at = b % (text.length + 1);
        const changed = breaker === 'long' ? text + 'x'.repeat(20_001) : text.slice(0, at) + breaker + text.slice(at);
        if (b % 4 === 3 && breaker !== 'long' && !Array.isArray(holder)) {
          // The character in a key instead (a term's name, say): every string of an event counts.
          const record = holder as Record<string, unknown>;
          delete record[key as string];
          record[key + breaker] = text;
        } else (holder as Record<string | number, string>)[key] = changed;
        return copy;
      }
      if (how === 'time') {
        // One of the event's times, wherever it is.
        const holders: Array<[Record<string, unknown>, string]> = [];
        const collect = (holder: unknown) => {
          if (holder === null || typeof holder !== 'object') return;
          for (const [key, inner] of Object.entries(holder)) {
            if (key === 'statedAt' || key === 'recordedAt' || key === 'publishedAt')
              holders.push([holder as Record<string, unknown>, key]);
            else collect(inner);
          }
        };
        collect(copy);
        const [holder, key] = holders[a % holders.length] as [Record<string, unknown>, string];
        holder[key] = time;
        return copy;
      }
      if (how === 'repeat') {
        // An element of one of its lists (parties, sources) listed again.
        const lists: unknown[][] = [];
        const collect = (holder: unknown) => {
          if (Array.isArray(holder)) lists.push(holder);
          if (holder !== null && typeof holder === 'object') Object.values(holder).forEach(collect);
        };
        collect(copy);
        const list = lists[a % Math.max(1, lists.length)];
        if (list !== undefined && list.length > 0)
          list.splice(b % (list.length + 1), 0, structuredClone(list[b % list.length]));
        return copy;
      }
      const keys = Object.keys(copy);
      const key = keys[a % keys.length] as string;
      if (how === 'set') copy[key] = value;
      else if (how === 'delete') delete copy[key];
      else if (how === 'add') copy[`extra${a % 3}`] = value;
      else if (how === 'twice') {
        const entries: Array<readonly [string, unknown]> = Object.entries(copy);
        entries.splice(b % (entries.length + 1), 0, [key, b % 2 === 0 ? copy[key] : value]);
        return new Members(entries);
      } else {
        const inner = copy[key];
        const holder = Array.isArray(inner) ? inner[b % Math.max(1, inner.length)] : inner;
        if (holder !== null && typeof holder === 'object') {
          const innerKeys = Object.keys(holder);
          const innerKey = innerKeys[b % Math.max(1, innerKeys.length)] ?? 'extra';
          const deeper = (holder as Record<string, unknown>)[innerKey];
          const deepHolder = Array.isArray(deeper) ? deeper[0] : deeper;
          if (b % 3 === 1 && deepHolder !== null && typeof deepHolder === 'object') {
            const deepKeys = Object.keys(deepHolder);
            (deepHolder as Record<string, unknown>)[deepKeys[a % Math.max(1, deepKeys.length)] ?? 'extra'] = value;
          } else if (b % 3 === 2) delete (holder as Record<string, unknown>)[innerKey];
          else (holder as Record<string, unknown>)[innerKey] = value;
        } else copy[key] = value;
      }
      return copy;
    });
}

/** What the `text` near miss puts into a string: NUL, lone surrogates, a valid pair, or a long text. */
const LIMIT_BREAKERS = ['\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ude00\ud83d', 'long'];

const BAD_UTF8 = [
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xc3],
  [0xe0, 0x80, 0xaf],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf0, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
];
const ODD_BYTES = [
  ...BAD_UTF8,
  [0x00],
  [0x01],
  [0x1f],
  [0x7f],
  [0x0a],
  [0x0d],
  [0x09],
  [0x20],
  [0x0b],
  [0x0c],
  [0xef, 0xbb, 0xbf],
  [0xc2, 0xa0],
  [0xe2, 0x80, 0xa8],
  [0xf0, 0x9f, 0x98, 0x80],
  ...[
    '\\',
    '\\u0041',
    '\\u00',
    '\\ud800',
    '\\u0000',
    '\\udc00',
    '\\ud83d\\ude00',
    '\\n',
    '\\"',
    '\\/',
    '\\x',
    '\\\\',
    '"',
    ',',
    ':',
    '{',
    '}',
    '[',
    ']',
    'Z',
    '0',
    '-',
    '/',
    'e',
    '.',
  ].map((text) => [...encoder.encode(text)]),
];

/**
 * A line's bytes with one byte-level change: a byte replaced, inserted or removed, an odd sequence
 * (malformed UTF-8, a control character, an escape, a structural character) inserted anywhere.
 */
export function bytesNearMissArb(lines: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      lines,
      fc.nat(),
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(...ODD_BYTES),
      fc.constantFrom('replace', 'insert', 'remove', 'odd', 'odd', 'odd'),
    )
    .map(([line, at, byte, odd, how]) => {
      const bytes = [...encoder.encode(line)];
      const i = at % (bytes.length + 1);
      if (how === 'replace' && i < bytes.length) bytes[i] = byte;
      else if (how === 'insert') bytes.splice(i, 0, byte);
      else if (how === 'remove') bytes.splice(i, 1);
      else bytes.splice(i, 0, ...odd);
      return Uint8Array.from(bytes);
    });
}

/** Text that is a line of JSON, whatever its value. */
export const jsonLineArb = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify({ type: 'statement', id: 'e1', ...(value as object) })),
);
