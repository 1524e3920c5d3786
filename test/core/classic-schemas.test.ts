// `positions-ledger/schemas`: the classic zod schemas accept and reject exactly what the main entry's
// validation does (`readEvent`, `Vocabulary.from`), over arbitrary JSON values, valid events and near
// misses of them (as JSON.parse gives them: an own `__proto__` key, a party listed twice); and where their
// two rules beside the shared schema find nothing, both zod flavours report the same problems.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { zodProblems } from '../../src/errors/zod-problems.js';
import { EventSchema as MiniEventSchema } from '../../src/events/index.js';
import {
  type EventInput,
  type LedgerEvent,
  readEvent,
  type StatementInput,
  type VocabularyData,
  Vocabulary,
} from '../../src/index.js';
import {
  CorrectionSchema,
  CorroborationSchema,
  EventSchema,
  RetractionSchema,
  StatementSchema,
  VocabularySchema,
} from '../../src/schemas/index.js';
import { eventArb, Members, nearMissArb, render } from '../columns/scan-arbitraries.js';

const params = { seed: 1207, numRuns: 3000 };

/** A value as JSON.parse gives it from `value`'s JSON text, or undefined when that text is not JSON. */
function parsed(value: unknown): unknown {
  try {
    return JSON.parse(render(value));
  } catch {
    return undefined;
  }
}

const eventsArb = eventArb({ eligible: false });

/** An event whose terms (or its replacement's) hold a key `__proto__` beside the others, as JSON.parse reads it. */
const protoTermArb = fc.tuple(eventsArb, fc.oneof(fc.integer(), fc.string())).map(([event, value]) => {
  const holder = (event['replacement'] ?? event) as Record<string, unknown>;
  holder['terms'] = new Members([['__proto__', value], ...Object.entries(holder['terms'] ?? {})]);
  return parsed(event);
});

const rawEventArb = fc.oneof(
  { weight: 1, arbitrary: protoTermArb },
  { weight: 2, arbitrary: eventsArb },
  { weight: 6, arbitrary: nearMissArb(eventsArb).map(parsed) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('statement', 'corroboration', 'retraction', 'correction'), fc.jsonValue({ maxDepth: 2 }))
      .map(([type, value]) => (value !== null && typeof value === 'object' ? { ...value, type } : { type })),
  },
);

const SCHEMA_OF_TYPE = {
  statement: StatementSchema,
  corroboration: CorroborationSchema,
  retraction: RetractionSchema,
  correction: CorrectionSchema,
} as const;

const typeOf = (raw: unknown): unknown =>
  raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['type'] : undefined;

describe(`the classic event schemas = readEvent (seed ${params.seed}, ${params.numRuns} runs)`, () => {
  it('EventSchema accepts exactly the events readEvent reads', () => {
    let accepted = 0;
    checkProperty(
      fc.property(rawEventArb, (raw) => {
        const ok = readEvent(raw).ok;
        if (ok) accepted++;
        expect(EventSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(ok);
      }),
      params,
    );
    // Both outcomes are well represented, or the law says little.
    expect(accepted).toBeGreaterThan(params.numRuns / 10);
    expect(accepted).toBeLessThan(params.numRuns * 0.9);
  });

  it('each type’s schema accepts exactly the events of that type readEvent reads', () => {
    checkProperty(
      fc.property(rawEventArb, (raw) => {
        const ok = readEvent(raw).ok;
        for (const [type, schema] of Object.entries(SCHEMA_OF_TYPE)) {
          expect(schema.safeParse(raw).success, `${type}: ${JSON.stringify(raw)}`).toBe(ok && typeOf(raw) === type);
        }
      }),
      params,
    );
  });

  it('a term named __proto__ and a party listed twice are refused, as readEvent refuses them', () => {
    const statement = {
      type: 'statement',
      parties: ['ukraine'],
      issue: 'nato',
      stance: 'supports',
      act: 'propose',
      attribution: 'on-record',
      statedAt: '2025-04',
      recordedAt: '2025-04-23T00:00Z',
      summary: 's',
      sources: [{ document: 'd' }],
    };
    const proto = parsed({ ...statement, terms: new Members([['__proto__', 1]]) });
    const twice = { ...statement, parties: ['ukraine', 'russia', 'ukraine'] };
    for (const raw of [proto, twice]) {
      expect(readEvent(raw).ok).toBe(false);
      expect(EventSchema.safeParse(raw).success).toBe(false);
    }
    expect(zodProblems(EventSchema.safeParse(proto).error as z.ZodError)).toEqual([
      { code: 'schema', path: ['terms', '__proto__'], message: "'__proto__' cannot be a term name" },
    ]);
    expect(zodProblems(EventSchema.safeParse(twice).error as z.ZodError)).toEqual([
      { code: 'schema', path: ['parties'], message: "party 'ukraine' is listed twice" },
    ]);
  });

  it('where the two rules beside the shared schema find nothing, both flavours report the same problems', () => {
    const own = /^'__proto__' cannot be a term name$|^party '.*' is listed twice$/;
    checkProperty(
      fc.property(rawEventArb, (raw) => {
        const classic = EventSchema.safeParse(raw, { reportInput: true });
        const classicProblems = classic.success ? [] : zodProblems(classic.error);
        fc.pre(!classicProblems.some((problem) => own.test(problem.message)));
        const mini = MiniEventSchema.safeParse(raw, { reportInput: true });
        expect(classicProblems, JSON.stringify(raw)).toEqual(mini.success ? [] : zodProblems(mini.error));
      }),
      params,
    );
  });
});

// Vocabularies from small pools of ids, names and topics, so that repeats, collisions and unknown
// members are common; then one field broken now and then.
const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: odd });
const vocabularyId = rarely(fc.constantFrom('a', 'b', 'bloc', 'toString'), fc.constantFrom('A', 'x y', ''));
const partyArb = fc.record(
  {
    id: vocabularyId,
    name: rarely(fc.constant('N'), fc.constant('')),
    kind: rarely(fc.constantFrom('state', 'bloc', 'organisation'), fc.constant('nation')),
    aliases: fc.array(rarely(fc.constantFrom('Kyiv', 'Moscow'), vocabularyId), { maxLength: 2 }),
    members: fc.array(vocabularyId, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'kind'] },
);
const topicIds = rarely(fc.constantFrom('claims', 'territory'), fc.constantFrom('space', 'terr'));
const issueArb = fc.record(
  {
    id: vocabularyId,
    title: fc.constant('T'),
    proposition: fc.constant('P'),
    topic: topicIds,
    terms: fc.array(
      fc.record(
        {
          name: rarely(fc.constant('n'), fc.constant('')),
          description: fc.constant('d'),
          type: rarely(fc.constant('number'), fc.constant('bool')),
        },
        { requiredKeys: ['name', 'description'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['id', 'title', 'proposition', 'topic'] },
);
const vocabularyShapeArb = fc.record(
  {
    topics: fc.array(fc.record({ id: topicIds, title: fc.constant('T') }), { maxLength: 3 }),
    parties: fc.array(partyArb, { maxLength: 3 }),
    issues: fc.array(issueArb, { maxLength: 2 }),
  },
  { requiredKeys: ['parties', 'issues'] },
);
const vocabularyArb = fc.oneof(
  { weight: 6, arbitrary: vocabularyShapeArb },
  {
    weight: 2,
    arbitrary: fc
      .tuple(vocabularyShapeArb, fc.constantFrom('topics', 'parties', 'issues', 'extra'), fc.jsonValue({ maxDepth: 1 }))
      .map(([vocabulary, key, value]) => ({ ...vocabulary, [key]: value })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

function vocabularyOk(data: unknown): boolean {
  try {
    Vocabulary.from(data);
    return true;
  } catch {
    return false;
  }
}

describe(`the classic VocabularySchema = Vocabulary.from (seed ${params.seed}, ${params.numRuns} runs)`, () => {
  it('accepts exactly the vocabularies Vocabulary.from takes', () => {
    let accepted = 0;
    checkProperty(
      fc.property(vocabularyArb, (data) => {
        const ok = vocabularyOk(data);
        if (ok) accepted++;
        expect(VocabularySchema.safeParse(data).success, JSON.stringify(data)).toBe(ok);
      }),
      params,
    );
    expect(accepted).toBeGreaterThan(params.numRuns / 20);
  });

  it("reports the vocabulary's own rules with Vocabulary.from's problems", () => {
    const data = {
      parties: [
        { id: 'ukraine', name: 'Ukraine', kind: 'state' },
        { id: 'eu', name: 'EU', kind: 'bloc', members: ['ukriane'] },
      ],
      issues: [],
    };
    expect(zodProblems(VocabularySchema.safeParse(data).error as z.ZodError)).toEqual([
      {
        code: 'vocabulary',
        path: ['parties', 1, 'members', 0],
        message: "unknown member 'ukriane' of bloc 'eu'",
        suggestion: "did you mean 'ukraine'?",
      },
    ]);
  });
});

describe('the classic schemas type what the main entry types', () => {
  it('inputs and outputs', () => {
    expectTypeOf<z.input<typeof EventSchema>>().toEqualTypeOf<EventInput>();
    expectTypeOf<z.input<typeof StatementSchema>>().toEqualTypeOf<StatementInput>();
    expectTypeOf<z.output<typeof VocabularySchema>>().toEqualTypeOf<VocabularyData>();
    expectTypeOf<z.output<typeof StatementSchema>['stance']>().toEqualTypeOf<
      Extract<LedgerEvent, { type: 'statement' }>['stance']
    >();
  });
});
