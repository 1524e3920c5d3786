import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, it } from 'vitest';
import { foldEvents, Ledger, ValidationError, type LedgerEvent } from '../../src/index.js';
import { SEVERAL_BLOCS, streamWithQueriesArb } from '../support/arbitraries.js';
import { VOCABULARY } from '../support/fixtures.js';
import { deepFrozen, problemsOf } from '../support/helpers.js';
import { ReferenceModel } from '../support/reference-model.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const optionsOf = (query: { knownAt: string | Date | undefined; inherit: boolean }) => ({
  ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
  inherit: query.inherit,
});

const replayParams = { seed: 1107, numRuns: 80 };
const deepParams = { seed: 2718, numRuns: 10 };
const blocsParams = { seed: 3108, numRuns: 60 };
const orderParams = { seed: 4242, numRuns: 60 };

describe('foldEvents: the stream fold gives what the index gives (law: index = replay)', () => {
  it(`equals ledger.at and the reference model for every (T, K, inherit) (seed ${replayParams.seed}, ${replayParams.numRuns} runs)`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(), ({ stream, queries }) => {
        const ledger = Ledger.from(stream.raw, { vocabulary: VOCABULARY });
        const model = new ReferenceModel(stream.events, VOCABULARY);
        for (const query of queries) {
          const folded = foldEvents(ledger.events(), query.at, { ...optionsOf(query), vocabulary: VOCABULARY });
          expect(plain(folded)).toEqual(plain(ledger.at(query.at, optionsOf(query))));
          expect(plain(folded.cells())).toEqual(plain(model.cells(query.at, query.knownAt, query.inherit)));
        }
      }),
      replayParams,
    );
  });

  it(`the same with several blocs per member, listed out of id order, so the tie rule between blocs decides \`via\` (seed ${blocsParams.seed}, ${blocsParams.numRuns} runs)`, () => {
    const vocabulary = SEVERAL_BLOCS.vocabulary;
    checkProperty(
      fc.property(streamWithQueriesArb(24, 4, false, SEVERAL_BLOCS), ({ stream, queries }) => {
        const ledger = Ledger.from(stream.raw, { vocabulary });
        const model = new ReferenceModel(stream.events, vocabulary);
        for (const query of queries) {
          const folded = foldEvents(ledger.events(), query.at, { ...optionsOf(query), vocabulary });
          expect(plain(folded)).toEqual(plain(ledger.at(query.at, optionsOf(query))));
          expect(plain(folded.cells())).toEqual(plain(model.cells(query.at, query.knownAt, query.inherit)));
        }
      }),
      blocsParams,
    );
  });

  it(`the same on long streams crowded into a few cells, where runs, retractions and corrections pile up (seed ${deepParams.seed}, ${deepParams.numRuns} runs of up to 150 steps)`, () => {
    checkProperty(
      fc.property(streamWithQueriesArb(150, 3, true), ({ stream, queries }) => {
        const ledger = Ledger.from(stream.raw, { vocabulary: VOCABULARY });
        for (const query of queries) {
          const folded = foldEvents(stream.events, query.at, { ...optionsOf(query), vocabulary: VOCABULARY });
          expect(plain(folded)).toEqual(plain(ledger.at(query.at, optionsOf(query))));
        }
      }),
      deepParams,
    );
  });
});

describe('foldEvents: law order-free', () => {
  it(`any permutation of the stream gives the same snapshot (seed ${orderParams.seed}, ${orderParams.numRuns} runs)`, () => {
    checkProperty(
      fc.property(
        streamWithQueriesArb().chain(({ stream, queries }) =>
          fc
            .shuffledSubarray([...stream.events], { minLength: stream.events.length, maxLength: stream.events.length })
            .map((shuffled) => ({ stream, queries, shuffled })),
        ),
        ({ stream, queries, shuffled }) => {
          for (const query of queries) {
            const options = { ...optionsOf(query), vocabulary: VOCABULARY };
            expect(plain(foldEvents(shuffled, query.at, options))).toEqual(
              plain(foldEvents(stream.events, query.at, options)),
            );
          }
        },
      ),
      orderParams,
    );
  });
});

describe('foldEvents: its answers', () => {
  const statement = (
    id: string,
    stance: string,
    statedAt: string,
    recordedAt: string,
    extra: Record<string, unknown> = {},
  ) => ({
    type: 'statement',
    id,
    parties: ['ukraine'],
    issue: 'guarantees',
    stance,
    act: 'assert',
    attribution: 'on-record',
    statedAt,
    recordedAt,
    summary: 'Kyiv on guarantees.',
    sources: [{ document: 'doc-1' }],
    ...extra,
  });
  const ledger = Ledger.from([
    statement('s1', 'supports', '2025-01', '2025-02-01T00:00Z'),
    statement('s2', 'supports', '2025-03-02', '2025-03-03T00:00Z'),
    statement('s3', 'demands', '2025-04', '2025-05-01T00:00Z', { terms: { years: 15 } }),
    {
      type: 'corroboration',
      id: 'c1',
      target: 's2',
      source: { document: 'doc-2', quote: 'yes' },
      recordedAt: '2025-03-10T00:00Z',
    },
    { type: 'retraction', id: 'r1', target: 's3', reason: 'misreport', recordedAt: '2025-06-01T00:00Z' },
  ]);

  it('are frozen, and a snapshot like any other', () => {
    const snapshot = foldEvents(ledger.events(), '2025-12-31');
    expect(deepFrozen(snapshot.cells())).toBe(true);
    expect(snapshot.at).toBe('2025-12-31');
    expect(snapshot.knownAt).toBeNull();
    expect(snapshot.cell('ukraine', 'guarantees')).toMatchObject({
      stance: 'supports',
      since: '2025-01',
      statement: 's2',
    });
    expect(snapshot.cell('ukraine', 'guarantees')?.evidence.map((e) => e.event)).toEqual(['s2', 'c1']);
  });

  it('see the retracted statement as known before its retraction, and not after', () => {
    expect(
      foldEvents(ledger.events(), '2025-12-31', { knownAt: '2025-05-15' }).cell('ukraine', 'guarantees')?.stance,
    ).toBe('demands');
    expect(
      foldEvents(ledger.events(), '2025-12-31', { knownAt: '2025-06-01' }).cell('ukraine', 'guarantees')?.stance,
    ).toBe('supports');
  });

  it('say inherit as asked, as Ledger.at does, even without a vocabulary (then there are no blocs)', () => {
    expect(plain(foldEvents(ledger.events(), '2025-12-31', { inherit: true }))).toEqual(
      plain(ledger.at('2025-12-31', { inherit: true })),
    );
  });

  it('pick the live winner, breaker and since however many of the latest statements of a cell are retracted', () => {
    const events: Record<string, unknown>[] = [];
    for (let n = 0; n < 300; n++) {
      const day = String(1 + (n % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
      events.push(
        statement(
          `m${n}`,
          n % 3 === 0 ? 'opposes' : 'supports',
          `${2014 + Math.floor(n / 336)}-${month}-${day}`,
          '2025-02-01T00:00Z',
        ),
      );
    }
    // The latest 200 and, of what is left, every other one: the online picks die again and again.
    for (let n = 100; n < 300; n++)
      events.push({
        type: 'retraction',
        id: `x${n}`,
        target: `m${n}`,
        reason: 'duplicate',
        recordedAt: '2025-03-01T00:00Z',
      });
    for (let n = 1; n < 100; n += 2)
      events.push({
        type: 'retraction',
        id: `x${n}`,
        target: `m${n}`,
        reason: 'duplicate',
        recordedAt: '2025-03-01T00:00Z',
      });
    const crowded = Ledger.from(events);
    for (const knownAt of [undefined, '2025-02-15', '2025-03-01']) {
      const options = knownAt === undefined ? {} : { knownAt };
      expect(plain(foldEvents(crowded.events(), '2030', options))).toEqual(plain(crowded.at('2030', options)));
    }
  });

  it('keep a corroboration once when the stream holds it twice (two files joined), as a ledger does', () => {
    const twice = [...ledger.events(), ...ledger.events().filter((e) => e.type === 'corroboration')];
    expect(
      foldEvents(twice, '2025-12-31')
        .cell('ukraine', 'guarantees')
        ?.evidence.map((e) => e.event),
    ).toEqual(['s2', 'c1']);
  });

  it('say which bloc a position came through for a member of hundreds of blocs', () => {
    const blocs = Array.from({ length: 300 }, (_, n) => ({
      id: `bloc${String(n).padStart(3, '0')}`,
      name: `Bloc ${n}`,
      kind: 'bloc' as const,
      members: ['member'],
    }));
    const vocabulary = {
      parties: [{ id: 'member', name: 'Member', kind: 'state' as const }, ...blocs],
      issues: [{ id: 'guarantees', title: 'G', proposition: 'P', topic: 'security' as const }],
    };
    const late = Ledger.from([statement('b1', 'supports', '2025-01', '2025-02-01T00:00Z', { parties: ['bloc299'] })], {
      vocabulary,
    });
    const folded = foldEvents(late.events(), '2025-12-31', { inherit: true, vocabulary });
    expect(folded.cell('member', 'guarantees')?.evidence).toEqual([{ event: 'b1', document: 'doc-1', via: 'bloc299' }]);
    expect(plain(folded)).toEqual(plain(late.at('2025-12-31', { inherit: true })));
  });

  it('take any iterable, e.g. a generator', () => {
    function* events(): Generator<LedgerEvent> {
      yield* ledger.events();
    }
    expect(plain(foldEvents(events(), '2025-03'))).toEqual(plain(ledger.at('2025-03')));
  });
});

describe('foldEvents over more cells than a dense table holds', () => {
  // Past 2^22 possible (party, issue) keys the fold finds cells through a map instead of an array: 2,100
  // parties × 2,100 issues is 4.4M keys, with a cell changed, one retracted and one corrected.
  it('answers as the indexed ledger does', () => {
    const count = 2_100;
    const statement = (id: string, n: number, stance: string, statedAt: string, recordedAt: string) => ({
      type: 'statement',
      id,
      parties: [`p${n}`],
      issue: `i${n}`,
      stance,
      act: 'assert',
      attribution: 'on-record',
      statedAt,
      recordedAt,
      summary: 'x',
      sources: [{ document: 'doc-1' }],
    });
    const raws: object[] = [];
    for (let n = 0; n < count; n++) raws.push(statement(`a${n}`, n, 'supports', '2020', '2020-06-01T00:00Z'));
    for (let n = 0; n < 30; n++) raws.push(statement(`b${n}`, n * 70, 'rejects', '2021', '2021-06-01T00:00Z'));
    raws.push({ type: 'retraction', id: 'r1', target: 'b1', reason: 'coding-error', recordedAt: '2022-01-01T00:00Z' });
    raws.push({
      type: 'correction',
      id: 'k1',
      target: 'b2',
      replacement: (({ recordedAt: _recordedAt, type: _type, ...rest }) => rest)(
        statement('b2r', 140, 'neutral', '2021', '2022-01-01T00:00Z'),
      ),
      reason: 'coding-error',
      recordedAt: '2022-01-01T00:00Z',
    });
    const ledger = Ledger.from(raws);
    for (const [at, knownAt] of [
      ['2020', '2021'],
      ['2021-12-31', '2021-12-31'],
      ['2025', '2025'],
    ] as const) {
      const folded = foldEvents(ledger, at, { knownAt });
      expect(folded.cells().length, `${at} as known at ${knownAt}`).toBe(ledger.at(at, { knownAt }).cells().length);
      expect(plain(folded), `${at} as known at ${knownAt}`).toEqual(plain(ledger.at(at, { knownAt })));
    }
  });
});

describe('foldEvents: bad input', () => {
  const [first] = Ledger.from([
    {
      type: 'statement',
      id: 's1',
      parties: ['ukraine'],
      issue: 'guarantees',
      stance: 'supports',
      act: 'assert',
      attribution: 'on-record',
      statedAt: '2025-01',
      recordedAt: '2025-02-01T00:00Z',
      summary: 'x',
      sources: [{ document: 'doc-1' }],
    },
  ]).events();

  it('names an event that is not a stored event, by its place, and says what to do', () => {
    const problems = problemsOf(() =>
      foldEvents([first as LedgerEvent, { kind: 'statement' } as unknown as LedgerEvent], '2025'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'schema',
        index: 1,
        path: ['type'],
        suggestion: expect.stringContaining('Ledger.from'),
      }),
    ]);
  });

  it('names a raw statement without an id', () => {
    const { id: _id, ...raw } = first as LedgerEvent;
    const problems = problemsOf(() => foldEvents([raw as unknown as LedgerEvent], '2025'));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'schema', index: 0, path: ['id'], message: expect.stringContaining('no id') }),
    ]);
  });

  it('names a hole in the stream by its place', () => {
    expect(problemsOf(() => foldEvents([first as LedgerEvent, null as unknown as LedgerEvent], '2025'))).toEqual([
      expect.objectContaining({ code: 'schema', index: 1, path: ['type'], message: expect.stringContaining('null') }),
    ]);
  });

  it("names a correction whose replacement has no id at the replacement's id", () => {
    const { id: _id, ...replacement } = first as LedgerEvent;
    const correction = {
      type: 'correction',
      id: 'k1',
      v: 1,
      target: 's1',
      replacement,
      reason: 'coding-error',
      recordedAt: '2025-03-01T00:00:00.000Z',
    } as unknown as LedgerEvent;
    expect(problemsOf(() => foldEvents([first as LedgerEvent, correction], '2025'))).toEqual([
      expect.objectContaining({ code: 'schema', index: 1, path: ['replacement', 'id'] }),
    ]);
  });

  it.each([
    ['an object without a type', { kind: 'statement' }, ['type'], 'event 1 is not a stored event (type undefined)'],
    ['an unknown type', { type: 'vote', id: 'v1' }, ['type'], 'event 1 is not a stored event (type "vote")'],
    ['null', null, ['type'], 'event 1 is not a stored event (null)'],
    ['a number', 42, ['type'], 'event 1 is not a stored event (42)'],
    ['a string', 'statement', ['type'], 'event 1 is not a stored event (statement)'],
    [
      'a retraction without an id',
      { type: 'retraction', target: 's1' },
      ['id'],
      'event 1 is not a stored event: it has no id',
    ],
    [
      'a correction without an id',
      { type: 'correction', target: 's1', replacement: { id: 's2' } },
      ['id'],
      'event 1 is not a stored event: it has no id',
    ],
    [
      'a correction whose replacement has no id',
      { type: 'correction', id: 'k1', target: 's1', replacement: {} },
      ['replacement', 'id'],
      'event 1 is not a stored event: its replacement has no id',
    ],
  ])('says exactly what is wrong with %s', (_what, event, path, message) => {
    expect(problemsOf(() => foldEvents([first as LedgerEvent, event as unknown as LedgerEvent], '2025'))).toEqual([
      {
        code: 'schema',
        index: 1,
        path,
        message,
        suggestion:
          'fold events as a ledger or store hands them out; read raw input with Ledger.from or readEvent first',
      },
    ]);
  });

  it('names a loop its answer depends on instead of recursing forever (a ledger refuses one; a hand-made stream may hold it)', () => {
    // A correction and a retraction that target each other: whether the correction's replacement counts needs the loop.
    const replacement = { ...(first as object), id: 's1r', stance: 'opposes' };
    const loop = [
      {
        type: 'correction',
        id: 'c1',
        v: 1,
        target: 'r1',
        replacement,
        reason: 'coding-error',
        recordedAt: '2025-03-01T00:00:00.000Z',
      },
      { type: 'retraction', id: 'r1', v: 1, target: 'c1', reason: 'duplicate', recordedAt: '2025-03-01T00:00:00.000Z' },
    ] as unknown as LedgerEvent[];
    const problems = problemsOf(() => foldEvents([first as LedgerEvent, ...loop], '2025'));
    expect(problems).toEqual([expect.objectContaining({ code: 'loop', events: expect.arrayContaining(['c1']) })]);
  });

  it('refuses a bad query time as Ledger.at does, naming the option', () => {
    expect(() => foldEvents([], '2025-13')).toThrow(ValidationError);
    expect(problemsOf(() => foldEvents([], '2025', { knownAt: '2025/01/02' }))).toEqual([
      expect.objectContaining({ code: 'invalid-time', path: ['knownAt'] }),
    ]);
  });
});
