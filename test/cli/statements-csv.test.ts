// The law of the statements CSV: a statement written by export either comes back from import as the
// same statement, or export names what of it the CSV cannot hold. Checked on generated statements with
// awkward text (commas, quotes, ';', '=', formula starts, apostrophes, line breaks), typed and untyped
// terms, speakers, several documents and given ids.
import fc from 'fast-check';
import { checkProperty } from '../support/property.js';
import { expect, test } from 'vitest';
import { csvDocument } from '../../src/cli/output/csv.js';
import { readCsv } from '../../src/csv/index.js';
import type { SourceDocument } from '../../src/dataset/index.js';
import { statementsFromCsv } from '../../src/dataset/statements-from-csv.js';
import { statementsToCsv } from '../../src/dataset/statements-to-csv.js';
import { readEvent, type LedgerEvent, Vocabulary } from '../../src/index.js';
import { statedAtArb } from '../support/arbitraries.js';
import { canon } from '../support/canon.js';

const SEED = 1313;

const vocabulary = Vocabulary.from({
  parties: [
    { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] },
    { id: 'russia', name: 'Russia', kind: 'state' },
    { id: 'constructor', name: 'A state named like a prototype member', kind: 'state' },
    { id: 'eu', name: 'European allies', kind: 'bloc', members: ['constructor'] },
  ],
  issues: [
    { id: 'nato', title: 'NATO', proposition: 'Ukraine may join NATO.', topic: 'alliances' },
    {
      id: 'guarantees',
      title: 'Guarantees',
      proposition: 'Ukraine gets security guarantees.',
      topic: 'security',
      terms: [
        { name: 'years', type: 'number' },
        { name: 'format', type: 'string' },
        { name: 'note', description: 'a term without a type' },
      ],
    },
  ],
});
const documents: SourceDocument[] = [
  { id: 'doc-1', title: 'One', publishedAt: '2025-12-30', precision: 'day' },
  { id: 'doc-2', title: 'Two', publishedAt: '2026-01', precision: 'month' },
  { id: 'doc-3', title: 'Three', publishedAt: '2025', precision: 'year' },
];

const UNITS = ['a', 'é', ' ', ',', '"', ';', '=', '-', '+', '@', "'", '\t', '1', '.'] as const;
// Now and then a line break, which import refuses and export names.
const text = fc.oneof(
  { weight: 30, arbitrary: fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...UNITS, '\n', '\r'), minLength: 1, maxLength: 12 }) },
);
/** Undefined, or now and then a value. */
const rarely = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });
const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const termsArb = fc.record(
  {
    years: number,
    format: text,
    note: fc.oneof(
      { weight: 4, arbitrary: number },
      { weight: 4, arbitrary: text },
      { weight: 1, arbitrary: fc.boolean() },
    ),
  },
  { requiredKeys: [] },
);
const statementArb = fc
  .record({
    parties: fc.uniqueArray(fc.constantFrom('ukraine', 'russia', 'constructor', 'eu'), { minLength: 1, maxLength: 3 }),
    issue: fc.constantFrom('nato', 'guarantees'),
    terms: termsArb,
    stance: fc.constantFrom('demands', 'supports', 'neutral', 'opposes', 'rejects'),
    act: fc.constantFrom('propose', 'demand', 'reject', 'assert'),
    attribution: fc.constantFrom('on-record', 'reportedly', 'joint-statement'),
    statedAt: statedAtArb,
    recordedAt: fc.option(fc.constantFrom('2026-01-02T10:00:00.000Z', '2026-02-01T00:00+01:00'), { nil: undefined }),
    summary: text,
    conditions: fc.option(text, { nil: undefined }),
    speaker: fc.option(
      fc.record(
        { name: text, role: text, authority: fc.constantFrom('envoy', 'spokesperson', 'other') },
        { requiredKeys: ['name', 'authority'] },
      ),
      { nil: undefined },
    ),
    documents: fc.uniqueArray(fc.constantFrom('doc-1', 'doc-2', 'doc-3'), { minLength: 1, maxLength: 2 }),
    quote: fc.option(text, { nil: undefined }),
    secondQuote: rarely(text),
    salience: rarely(fc.constantFrom(0, 0.5, 1)),
    id: fc.option(fc.constantFrom('s1', 'e.2:x', 'toString'), { nil: undefined }),
  })
  .map((s): LedgerEvent => {
    const sources = s.documents.map((document, i) => ({
      document,
      ...(i === 0 && s.quote !== undefined ? { quote: s.quote } : {}),
      ...(i === 1 && s.secondQuote !== undefined ? { quote: s.secondQuote } : {}),
    }));
    const first = documents.find((d) => d.id === s.documents[0]) as SourceDocument;
    const raw = {
      type: 'statement',
      ...(s.id === undefined ? {} : { id: s.id }),
      parties: s.parties,
      issue: s.issue,
      stance: s.stance,
      ...(s.issue === 'guarantees' && Object.keys(s.terms).length > 0 ? { terms: s.terms } : {}),
      ...(s.conditions === undefined ? {} : { conditions: s.conditions }),
      ...(s.salience === undefined ? {} : { salience: s.salience }),
      ...(s.speaker === undefined ? {} : { speaker: s.speaker }),
      act: s.act,
      attribution: s.attribution,
      statedAt: s.statedAt,
      // Without a recordedAt column, import dates a statement by its first document.
      recordedAt:
        s.recordedAt ??
        `${first.publishedAt.slice(0, 4)}-${first.publishedAt.slice(5, 7) || '01'}-${first.publishedAt.slice(8, 10) || '01'}T00:00Z`,
      summary: s.summary,
      sources,
    };
    const read = readEvent(raw);
    if (!read.ok) throw new Error(`a generated statement is invalid: ${JSON.stringify(read.problems)}`);
    return read.event;
  });

test(`a statement comes back from export → import unchanged, or export says what it loses (fast-check seed ${SEED})`, () => {
  let whole = 0;
  checkProperty(
    fc.property(statementArb, (statement) => {
      const { header, rows, lossy } = statementsToCsv([statement], vocabulary);
      const read = statementsFromCsv(readCsv(csvDocument(header, rows)), vocabulary, documents);
      if (lossy.length > 0) return;
      whole++;
      expect(read.problems).toEqual([]);
      const back = readEvent(read.rows[0]?.statement);
      if (!back.ok) throw new Error(`import gave an invalid statement: ${JSON.stringify(back.problems)}`);
      expect(canon(back.event)).toBe(canon(statement));
    }),
    { seed: SEED, numRuns: 600 },
  );
  // The law is not vacuous: most statements survive whole.
  expect(whole).toBeGreaterThan(200);
});

test(`what export calls lost is lost: such a statement does not come back the same (fast-check seed ${SEED})`, () => {
  let lost = 0;
  checkProperty(
    fc.property(statementArb, (statement) => {
      const { header, rows, lossy } = statementsToCsv([statement], vocabulary);
      if (lossy.length === 0) return;
      lost++;
      const read = statementsFromCsv(readCsv(csvDocument(header, rows)), vocabulary, documents);
      const back = read.problems.length === 0 ? readEvent(read.rows[0]?.statement) : undefined;
      expect(back?.ok === true && canon(back.event) === canon(statement)).toBe(false);
    }),
    { seed: SEED, numRuns: 600 },
  );
  expect(lost).toBeGreaterThan(50);
});
