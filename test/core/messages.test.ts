// Every message a user can see when an event or a vocabulary breaks the schema, pinned word for word:
// the messages are the project's own (src/errors/zod-problems.ts), so the schema library underneath, and
// whichever of its locales another import has loaded, changes none of them. Each case is one way to get a
// field wrong; the expected problems (code, path, message, suggestion) are in the order they are reported.
import { config, locales, minLength, string } from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvent, ValidationError, Vocabulary, type Problem, type ProblemCode } from '../../src/index.js';

type Pinned = [code: ProblemCode, path: (string | number)[], message: string, suggestion?: string];
type Case = [name: string, input: () => unknown, problems: Pinned[]];

const problems = (pinned: Pinned[]): Problem[] =>
  pinned.map(([code, path, message, suggestion]) => ({
    code,
    path,
    message,
    ...(suggestion === undefined ? {} : { suggestion }),
  }));

function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'statement',
    parties: ['ukraine'],
    issue: 'nato',
    stance: 'demands',
    act: 'demand',
    attribution: 'on-record',
    statedAt: '2025-04',
    recordedAt: '2025-04-23T00:00Z',
    summary: 'Kyiv insists on membership.',
    sources: [{ document: 'doc-1' }],
    ...overrides,
  };
}

/** A correction's replacement: a statement without `type` and `recordedAt`. */
function replacement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { type: _type, recordedAt: _recordedAt, ...rest } = statement(overrides);
  return rest;
}

const EVENTS: Case[] = [
  ['null', () => null, [['schema', [], 'an event must be a JSON object, got null']]],
  ['an array', () => [], [['schema', [], 'an event must be a JSON object, got an array']]],
  ['a string', () => 'statement', [['schema', [], 'an event must be a JSON object, got string']]],
  ['a number', () => 1, [['schema', [], 'an event must be a JSON object, got number']]],
  ['a boolean', () => true, [['schema', [], 'an event must be a JSON object, got boolean']]],
  [
    'no type',
    () => ({ parties: ['ukraine'] }),
    [['schema', ['type'], 'missing event type; expected one of statement, corroboration, retraction, correction']],
  ],
  [
    'a number type',
    () => ({ type: 1 }),
    [['schema', ['type'], 'unknown event type 1; expected one of statement, corroboration, retraction, correction']],
  ],
  [
    'a misspelt type',
    () => statement({ type: 'statment' }),
    [
      [
        'schema',
        ['type'],
        'unknown event type "statment"; expected one of statement, corroboration, retraction, correction',
        "did you mean 'statement'?",
      ],
    ],
  ],
  [
    'a type in capitals',
    () => statement({ type: 'Statement' }),
    [
      [
        'schema',
        ['type'],
        'unknown event type "Statement"; expected one of statement, corroboration, retraction, correction',
        "did you mean 'statement'?",
      ],
    ],
  ],
  [
    'a string version',
    () => statement({ v: '1' }),
    [['schema', ['v'], 'format version must be a whole number, got "1"']],
  ],
  [
    'a fractional version',
    () => statement({ v: 1.5 }),
    [['schema', ['v'], 'format version must be a whole number, got 1.5']],
  ],
  [
    'a newer version',
    () => statement({ v: 2 }),
    [
      [
        'unsupported-version',
        ['v'],
        'format version 2 is newer than this release reads (1)',
        'upgrade positions-ledger',
      ],
    ],
  ],
  [
    'an older version without upcaster',
    () => statement({ v: 0 }),
    [['unsupported-version', ['v'], 'no upcaster from format version 0 to 1']],
  ],
  [
    'an id with a space',
    () => statement({ id: 'a b' }),
    [['schema', ['id'], 'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"']],
  ],
  [
    'an id of 129 characters',
    () => statement({ id: 'x'.repeat(129) }),
    [['schema', ['id'], 'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"']],
  ],
  ['a number id', () => statement({ id: 7 }), [['schema', ['id'], 'expected string, got number 7']]],
  [
    'an empty object',
    () => ({}),
    [['schema', ['type'], 'missing event type; expected one of statement, corroboration, retraction, correction']],
  ],
  [
    'unknown fields',
    () => statement({ extra: 1, other: 2 }),
    [
      ['schema', ['extra'], "unknown field 'extra'"],
      ['schema', ['other'], "unknown field 'other'"],
    ],
  ],
  ['no parties', () => statement({ parties: undefined }), [['schema', ['parties'], 'missing (expected array)']]],
  [
    'parties not a list',
    () => statement({ parties: 'ukraine' }),
    [['schema', ['parties'], 'expected array, got "ukraine"']],
  ],
  [
    'no party',
    () => statement({ parties: [] }),
    [['schema', ['parties'], 'Too small: expected array to have >=1 items']],
  ],
  [
    'a party with a bad id',
    () => statement({ parties: ['ukraine', 'x y'] }),
    [
      [
        'schema',
        ['parties', 1],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
    ],
  ],
  ['a number party', () => statement({ parties: [1] }), [['schema', ['parties', 0], 'expected string, got number 1']]],
  [
    'a party listed twice',
    () => statement({ parties: ['russia', 'ukraine', 'russia'] }),
    [['schema', ['parties'], "party 'russia' is listed twice"]],
  ],
  [
    'a speaker that is text',
    () => statement({ speaker: 'Zelensky' }),
    [['schema', ['speaker'], 'expected object, got "Zelensky"']],
  ],
  [
    'a speaker with every field wrong',
    () => statement({ speaker: { name: '', role: '', authority: 'boss', title: 'x' } }),
    [
      ['schema', ['speaker', 'name'], 'Too small: expected string to have >=1 characters'],
      ['schema', ['speaker', 'role'], 'Too small: expected string to have >=1 characters'],
      [
        'schema',
        ['speaker', 'authority'],
        'expected one of "head-of-state", "minister", "envoy", "official", "spokesperson", "anonymous", "other", got "boss"',
      ],
      ['schema', ['speaker', 'title'], "unknown field 'title'"],
    ],
  ],
  [
    'a speaker without authority',
    () => statement({ speaker: { name: 'Zelensky' } }),
    [
      [
        'schema',
        ['speaker', 'authority'],
        'missing (expected one of "head-of-state", "minister", "envoy", "official", "spokesperson", "anonymous", "other")',
      ],
    ],
  ],
  [
    'a misspelt authority',
    () => statement({ speaker: { name: 'Zelensky', authority: 'minster' } }),
    [
      [
        'schema',
        ['speaker', 'authority'],
        'expected one of "head-of-state", "minister", "envoy", "official", "spokesperson", "anonymous", "other", got "minster"',
        "did you mean 'minister'?",
      ],
    ],
  ],
  ['no issue', () => statement({ issue: undefined }), [['schema', ['issue'], 'missing (expected string)']]],
  [
    'an issue with a bad id',
    () => statement({ issue: 'nato!' }),
    [['schema', ['issue'], 'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"']],
  ],
  [
    'no stance',
    () => statement({ stance: undefined }),
    [['schema', ['stance'], 'missing (expected one of "demands", "supports", "neutral", "opposes", "rejects")']],
  ],
  [
    'a misspelt stance',
    () => statement({ stance: 'suports' }),
    [
      [
        'schema',
        ['stance'],
        'expected one of "demands", "supports", "neutral", "opposes", "rejects", got "suports"',
        "did you mean 'supports'?",
      ],
    ],
  ],
  [
    'a number stance',
    () => statement({ stance: 2 }),
    [['schema', ['stance'], 'expected one of "demands", "supports", "neutral", "opposes", "rejects", got number 2']],
  ],
  [
    'a boolean stance',
    () => statement({ stance: true }),
    [
      [
        'schema',
        ['stance'],
        'expected one of "demands", "supports", "neutral", "opposes", "rejects", got boolean true',
      ],
    ],
  ],
  [
    'a null stance',
    () => statement({ stance: null }),
    [['schema', ['stance'], 'expected one of "demands", "supports", "neutral", "opposes", "rejects", got null']],
  ],
  [
    'a long wrong stance',
    () => statement({ stance: 'strongly-supports-with-reservations-and-caveats' }),
    [
      [
        'schema',
        ['stance'],
        'expected one of "demands", "supports", "neutral", "opposes", "rejects", got "strongly-supports-with-reservations-and-…"',
      ],
    ],
  ],
  [
    'terms that are a number',
    () => statement({ terms: 15 }),
    [['schema', ['terms'], 'expected record, got number 15']],
  ],
  ['terms that are a list', () => statement({ terms: [15] }), [['schema', ['terms'], 'expected record, got an array']]],
  [
    'a term with an empty name',
    () => statement({ terms: { '': 15 } }),
    [['schema', ['terms', ''], 'Invalid key in record']],
  ],
  [
    'a term that is null',
    () => statement({ terms: { durationYears: null } }),
    [['schema', ['terms', 'durationYears'], 'Invalid input']],
  ],
  [
    'a term that is an object',
    () => statement({ terms: { durationYears: { min: 10 } } }),
    [['schema', ['terms', 'durationYears'], 'Invalid input']],
  ],
  [
    'a term named __proto__',
    () => statement({ terms: JSON.parse('{"__proto__": 1}') }),
    [['schema', ['terms', '__proto__'], "'__proto__' cannot be a term name"]],
  ],
  [
    'empty conditions',
    () => statement({ conditions: '' }),
    [['schema', ['conditions'], 'Too small: expected string to have >=1 characters']],
  ],
  [
    'number conditions',
    () => statement({ conditions: 1 }),
    [['schema', ['conditions'], 'expected string, got number 1']],
  ],
  [
    'a salience below 0',
    () => statement({ salience: -0.5 }),
    [['schema', ['salience'], 'Too small: expected number to be >=0']],
  ],
  [
    'a salience above 1',
    () => statement({ salience: 1.5 }),
    [['schema', ['salience'], 'Too big: expected number to be <=1']],
  ],
  ['a text salience', () => statement({ salience: 'high' }), [['schema', ['salience'], 'expected number, got "high"']]],
  [
    'a salience that is NaN',
    () => statement({ salience: Number.NaN }),
    [['schema', ['salience'], 'expected number, got number NaN']],
  ],
  [
    'an infinite salience',
    () => statement({ salience: Number.POSITIVE_INFINITY }),
    [['schema', ['salience'], 'expected number, got number Infinity']],
  ],
  [
    'no act',
    () => statement({ act: undefined }),
    [
      [
        'schema',
        ['act'],
        'missing (expected one of "propose", "demand", "accept", "reject", "concede", "reaffirm", "threaten", "assert", "deny")',
      ],
    ],
  ],
  [
    'a misspelt act',
    () => statement({ act: 'proposes' }),
    [
      [
        'schema',
        ['act'],
        'expected one of "propose", "demand", "accept", "reject", "concede", "reaffirm", "threaten", "assert", "deny", got "proposes"',
        "did you mean 'propose'?",
      ],
    ],
  ],
  [
    'a misspelt attribution',
    () => statement({ attribution: 'on-the-record' }),
    [
      [
        'schema',
        ['attribution'],
        'expected one of "on-record", "joint-statement", "official-document", "reportedly", "anonymous-sources", got "on-the-record"',
        "did you mean 'on-record'?",
      ],
    ],
  ],
  ['no statedAt', () => statement({ statedAt: undefined }), [['schema', ['statedAt'], 'missing (expected string)']]],
  [
    'a number statedAt',
    () => statement({ statedAt: 2025 }),
    [['schema', ['statedAt'], 'expected string, got number 2025']],
  ],
  [
    'month 13',
    () => statement({ statedAt: '2025-13' }),
    [['invalid-time', ['statedAt'], 'month 13 does not exist (months run 01 to 12)']],
  ],
  [
    'a slash date',
    () => statement({ statedAt: '2025/01' }),
    [
      [
        'invalid-time',
        ['statedAt'],
        "'01' is not a fuzzy time",
        'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]]Z (or ±hh:mm), or A/B',
      ],
    ],
  ],
  [
    'a day-first date',
    () => statement({ statedAt: '31.12.2025' }),
    [
      [
        'invalid-time',
        ['statedAt'],
        "'31.12.2025' is not in year-first ISO form",
        'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]]Z (or ±hh:mm), or A/B',
      ],
    ],
  ],
  [
    'an interval that ends first',
    () => statement({ statedAt: '2025-05/2025-04' }),
    [
      [
        'invalid-time',
        ['statedAt'],
        "interval ends before it starts: '2025-04' ends at or before '2025-05' begins",
        'write the earlier time first, as A/B',
      ],
    ],
  ],
  [
    'an empty summary',
    () => statement({ summary: '' }),
    [['schema', ['summary'], 'Too small: expected string to have >=1 characters']],
  ],
  ['a number summary', () => statement({ summary: 5 }), [['schema', ['summary'], 'expected string, got number 5']]],
  ['a bigint summary', () => statement({ summary: 5n }), [['schema', ['summary'], 'expected string, got bigint 5']]],
  [
    'a date summary',
    () => statement({ summary: new Date(0) }),
    [['schema', ['summary'], 'expected string, got an object']],
  ],
  [
    'a function summary',
    () => statement({ summary: () => 1 }),
    [
      ['schema', ['summary'], 'expected string, got function () => 1'],
      ['schema', ['summary'], 'Too small: expected unknown to be >=1'],
    ],
  ],
  ['no sources', () => statement({ sources: undefined }), [['schema', ['sources'], 'missing (expected array)']]],
  [
    'an empty source list',
    () => statement({ sources: [] }),
    [['schema', ['sources'], 'Too small: expected array to have >=1 items']],
  ],
  [
    'sources that are an object',
    () => statement({ sources: { document: 'doc-1' } }),
    [['schema', ['sources'], 'expected array, got an object']],
  ],
  [
    'a source that is text',
    () => statement({ sources: ['doc-1'] }),
    [['schema', ['sources', 0], 'expected object, got "doc-1"']],
  ],
  [
    'a source without document',
    () => statement({ sources: [{ quote: 'We want in.' }] }),
    [['schema', ['sources', 0, 'document'], 'missing (expected string)']],
  ],
  [
    'a source with every field wrong',
    () =>
      statement({ sources: [{ document: 'doc 1', publishedAt: '2025-02-30', url: 'not a url', quote: '', page: 3 }] }),
    [
      [
        'schema',
        ['sources', 0, 'document'],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
      ['invalid-time', ['sources', 0, 'publishedAt'], '2025-02-30 is not a calendar date'],
      ['schema', ['sources', 0, 'url'], 'Invalid URL'],
      ['schema', ['sources', 0, 'quote'], 'Too small: expected string to have >=1 characters'],
      ['schema', ['sources', 0, 'page'], "unknown field 'page'"],
    ],
  ],
  [
    'a number url',
    () => statement({ sources: [{ document: 'doc-1', url: 5 }] }),
    [['schema', ['sources', 0, 'url'], 'expected string, got number 5']],
  ],
  [
    'no recordedAt',
    () => statement({ recordedAt: undefined }),
    [['schema', ['recordedAt'], 'missing (expected string)']],
  ],
  [
    'a recordedAt without a time',
    () => statement({ recordedAt: '2025-04-23' }),
    [
      [
        'invalid-time',
        ['recordedAt'],
        'an instant needs a time of day and a zone',
        "write '2025-04-23T00:00:00Z' for the start of that day, UTC",
      ],
    ],
  ],
  [
    'a recordedAt without a zone',
    () => statement({ recordedAt: '2025-04-23T10:00' }),
    [
      [
        'invalid-time',
        ['recordedAt'],
        "time '2025-04-23T10:00' has no zone",
        "add 'Z' for UTC or an offset such as '+02:00'",
      ],
    ],
  ],
  [
    'a recordedAt to the hour',
    () => statement({ recordedAt: '2025-04-23T10Z' }),
    [
      [
        'invalid-time',
        ['recordedAt'],
        "'2025-04-23T10Z' is not a fuzzy time",
        'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]]Z (or ±hh:mm), or A/B',
      ],
    ],
  ],
  [
    'a recordedAt with spaces',
    () => statement({ recordedAt: ' 2025-04-23T10:00Z' }),
    [
      [
        'invalid-time',
        ['recordedAt'],
        "' 2025-04-23T10:00Z' has white space around it",
        'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]]Z (or ±hh:mm), or A/B',
      ],
    ],
  ],
  [
    'a number recordedAt',
    () => statement({ recordedAt: 1745366400000 }),
    [['schema', ['recordedAt'], 'expected string, got number 1745366400000']],
  ],
  [
    'a corroboration without source',
    () => ({ type: 'corroboration', target: 's1', recordedAt: '2025-05-01T00:00Z' }),
    [['schema', ['source'], 'missing (expected object)']],
  ],
  [
    'a corroboration with a bad target and source',
    () => ({ type: 'corroboration', target: '', source: 'doc-2', recordedAt: '2025-05-01T00:00Z' }),
    [
      [
        'schema',
        ['target'],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
      ['schema', ['source'], 'expected object, got "doc-2"'],
    ],
  ],
  [
    'a corroboration with statement fields',
    () => ({
      type: 'corroboration',
      target: 's1',
      source: { document: 'doc-2' },
      stance: 'supports',
      recordedAt: '2025-05-01T00:00Z',
    }),
    [['schema', ['stance'], "unknown field 'stance'"]],
  ],
  [
    'a retraction without reason',
    () => ({ type: 'retraction', target: 's1', recordedAt: '2025-05-01T00:00Z' }),
    [
      [
        'schema',
        ['reason'],
        'missing (expected one of "misreport", "mistranslation", "denied-by-party", "duplicate", "coding-error")',
      ],
    ],
  ],
  [
    'a retraction with a misspelt reason and empty note',
    () => ({ type: 'retraction', target: 's1', reason: 'misreported', note: '', recordedAt: '2025-05-01T00:00Z' }),
    [
      [
        'schema',
        ['reason'],
        'expected one of "misreport", "mistranslation", "denied-by-party", "duplicate", "coding-error", got "misreported"',
        "did you mean 'misreport'?",
      ],
      ['schema', ['note'], 'Too small: expected string to have >=1 characters'],
    ],
  ],
  [
    'a correction without replacement',
    () => ({ type: 'correction', target: 's1', recordedAt: '2025-05-01T00:00Z' }),
    [['schema', ['replacement'], 'missing (expected object)']],
  ],
  [
    'a correction with a null replacement',
    () => ({ type: 'correction', target: 's1', replacement: null, recordedAt: '2025-05-01T00:00Z' }),
    [['schema', ['replacement'], 'expected object, got null']],
  ],
  [
    'a correction whose replacement is a retraction',
    () => ({
      type: 'correction',
      target: 's1',
      replacement: { type: 'retraction', reason: 'misreport' },
      recordedAt: '2025-05-01T00:00Z',
    }),
    [
      ['schema', ['replacement', 'type'], 'expected one of "statement", got "retraction"'],
      ['schema', ['replacement', 'parties'], 'missing (expected array)'],
      ['schema', ['replacement', 'issue'], 'missing (expected string)'],
      [
        'schema',
        ['replacement', 'stance'],
        'missing (expected one of "demands", "supports", "neutral", "opposes", "rejects")',
      ],
      [
        'schema',
        ['replacement', 'act'],
        'missing (expected one of "propose", "demand", "accept", "reject", "concede", "reaffirm", "threaten", "assert", "deny")',
      ],
      [
        'schema',
        ['replacement', 'attribution'],
        'missing (expected one of "on-record", "joint-statement", "official-document", "reportedly", "anonymous-sources")',
      ],
      ['schema', ['replacement', 'statedAt'], 'missing (expected string)'],
      ['schema', ['replacement', 'summary'], 'missing (expected string)'],
      ['schema', ['replacement', 'sources'], 'missing (expected array)'],
      ['schema', ['replacement', 'reason'], "unknown field 'reason'"],
    ],
  ],
  [
    'a correction whose replacement has recordedAt',
    () => ({ type: 'correction', target: 's1', replacement: statement(), recordedAt: '2025-05-01T00:00Z' }),
    [['schema', ['replacement', 'recordedAt'], "unknown field 'recordedAt'"]],
  ],
  [
    'a correction whose replacement lists a party twice',
    () => ({
      type: 'correction',
      target: 's1',
      replacement: replacement({ parties: ['ukraine', 'ukraine'] }),
      recordedAt: '2025-05-01T00:00Z',
    }),
    [['schema', ['replacement', 'parties'], "party 'ukraine' is listed twice"]],
  ],
  [
    'a correction whose replacement has bad fields',
    () => ({
      type: 'correction',
      target: 's1',
      reason: 'typo',
      replacement: replacement({ stance: 'suports', statedAt: '2025-00', sources: [] }),
      recordedAt: '2025-05-01T00:00Z',
    }),
    [
      [
        'schema',
        ['replacement', 'stance'],
        'expected one of "demands", "supports", "neutral", "opposes", "rejects", got "suports"',
        "did you mean 'supports'?",
      ],
      ['invalid-time', ['replacement', 'statedAt'], 'month 00 does not exist (months run 01 to 12)'],
      ['schema', ['replacement', 'sources'], 'Too small: expected array to have >=1 items'],
      [
        'schema',
        ['reason'],
        'expected one of "misreport", "mistranslation", "denied-by-party", "duplicate", "coding-error", got "typo"',
      ],
    ],
  ],
];

const VOCABULARIES: Case[] = [
  ['null', () => null, [['schema', ['vocabulary'], 'expected object, got null']]],
  ['a list', () => [], [['schema', ['vocabulary'], 'expected object, got an array']]],
  [
    'an empty object',
    () => ({}),
    [
      ['schema', ['vocabulary', 'parties'], 'missing (expected array)'],
      ['schema', ['vocabulary', 'issues'], 'missing (expected array)'],
    ],
  ],
  [
    'unknown fields',
    () => ({ parties: [], issues: [], actors: [], extra: 1 }),
    [
      ['schema', ['vocabulary', 'actors'], "unknown field 'actors'"],
      ['schema', ['vocabulary', 'extra'], "unknown field 'extra'"],
    ],
  ],
  [
    'a party with every field wrong',
    () => ({ parties: [{ id: '', name: '', kind: 'nation', aliases: [''], members: 'eu', flag: 'x' }], issues: [] }),
    [
      [
        'schema',
        ['vocabulary', 'parties', 0, 'id'],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
      ['schema', ['vocabulary', 'parties', 0, 'name'], 'Too small: expected string to have >=1 characters'],
      [
        'schema',
        ['vocabulary', 'parties', 0, 'kind'],
        'expected one of "state", "bloc", "organisation", "commentator", got "nation"',
      ],
      ['schema', ['vocabulary', 'parties', 0, 'aliases', 0], 'Too small: expected string to have >=1 characters'],
      ['schema', ['vocabulary', 'parties', 0, 'members'], 'expected array, got "eu"'],
      ['schema', ['vocabulary', 'parties', 0, 'flag'], "unknown field 'flag'"],
    ],
  ],
  [
    'a party without fields',
    () => ({ parties: [{}], issues: [] }),
    [
      ['schema', ['vocabulary', 'parties', 0, 'id'], 'missing (expected string)'],
      ['schema', ['vocabulary', 'parties', 0, 'name'], 'missing (expected string)'],
      [
        'schema',
        ['vocabulary', 'parties', 0, 'kind'],
        'missing (expected one of "state", "bloc", "organisation", "commentator")',
      ],
    ],
  ],
  [
    'an issue with every field wrong',
    () => ({
      parties: [],
      issues: [
        {
          id: 'x y',
          title: '',
          proposition: 1,
          topic: '',
          terms: [{ name: '', description: '', unit: '', type: 'bool' }],
        },
      ],
    }),
    [
      [
        'schema',
        ['vocabulary', 'issues', 0, 'id'],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
      ['schema', ['vocabulary', 'issues', 0, 'title'], 'Too small: expected string to have >=1 characters'],
      ['schema', ['vocabulary', 'issues', 0, 'proposition'], 'expected string, got number 1'],
      [
        'schema',
        ['vocabulary', 'issues', 0, 'topic'],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
      ['schema', ['vocabulary', 'issues', 0, 'terms', 0, 'name'], 'Too small: expected string to have >=1 characters'],
      [
        'schema',
        ['vocabulary', 'issues', 0, 'terms', 0, 'description'],
        'Too small: expected string to have >=1 characters',
      ],
      ['schema', ['vocabulary', 'issues', 0, 'terms', 0, 'unit'], 'Too small: expected string to have >=1 characters'],
      ['schema', ['vocabulary', 'issues', 0, 'terms', 0, 'type'], 'expected one of "number", "string", got "bool"'],
    ],
  ],
  [
    'an issue with terms that are not a list',
    () => ({ parties: [], issues: [{ id: 'i', title: 'I', proposition: 'P', topic: 'claims', terms: {} }] }),
    [['schema', ['vocabulary', 'issues', 0, 'terms'], 'expected array, got an object']],
  ],
  [
    'topics with every field wrong',
    () => ({ topics: [{ id: 'a b', title: '' }, 'claims'], parties: [], issues: [] }),
    [
      [
        'schema',
        ['vocabulary', 'topics', 0, 'id'],
        'an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      ],
      ['schema', ['vocabulary', 'topics', 0, 'title'], 'Too small: expected string to have >=1 characters'],
      ['schema', ['vocabulary', 'topics', 1], 'expected object, got "claims"'],
    ],
  ],
  [
    'a misspelt term type',
    () => ({
      parties: [],
      issues: [
        {
          id: 'i',
          title: 'I',
          proposition: 'P',
          topic: 'claims',
          terms: [{ name: 'n', description: 'd', type: 'numbr' }],
        },
      ],
    }),
    [
      [
        'schema',
        ['vocabulary', 'issues', 0, 'terms', 0, 'type'],
        'expected one of "number", "string", got "numbr"',
        "did you mean 'number'?",
      ],
    ],
  ],
];

describe('the messages of an event that breaks the schema', () => {
  it.each(EVENTS)('%s', (_, input, pinned) => {
    const result = readEvent(input());
    expect(result.ok ? [] : result.problems).toStrictEqual(problems(pinned));
  });
});

describe('the messages of a vocabulary that breaks the schema', () => {
  it.each(VOCABULARIES)('%s', (_, input, pinned) => {
    let thrown: unknown;
    try {
      Vocabulary.from(input());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).problems).toStrictEqual(problems(pinned));
  });
});

describe("the messages are the project's own, whatever locale zod is configured with", () => {
  // zod's configuration is global: another import of zod in the same program may set any locale.
  const before = { ...config() };
  beforeAll(() => void config(locales.de()));
  afterAll(() => void config(before));

  it("zod's own messages are in German here", () => {
    const issue = string().check(minLength(1)).safeParse('').error?.issues[0];
    expect(issue?.message).toMatch(/^Zu klein/);
  });

  it.each(EVENTS)('%s', (_, input, pinned) => {
    const result = readEvent(input());
    expect(result.ok ? [] : result.problems).toStrictEqual(problems(pinned));
  });
});
