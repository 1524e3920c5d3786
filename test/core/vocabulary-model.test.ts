import { describe, expect, test } from 'vitest';
import { DEFAULT_TOPICS, Ledger, ValidationError, Vocabulary, type VocabularyData } from '../../src/index.js';
import { statement } from '../support/fixtures.js';
import { problemsOf } from '../support/helpers.js';

const parties: VocabularyData['parties'] = [{ id: 'ukraine', name: 'Ukraine', kind: 'state' }];
const issue = (topic: string, terms?: VocabularyData['issues'][number]['terms']) => ({
  id: 'aid-corridors',
  title: 'Aid corridors',
  proposition: 'Humanitarian corridors open.',
  topic,
  ...(terms === undefined ? {} : { terms }),
});

describe('topics belong to the vocabulary', () => {
  test('without topics of its own, a vocabulary has the eight default topics, in order', () => {
    const vocabulary = Vocabulary.from({ parties, issues: [issue('security')] });
    expect(vocabulary.topics.map((t) => t.id)).toEqual([
      'ceasefire',
      'territory',
      'security',
      'alliances',
      'sanctions-economy',
      'justice-governance',
      'process',
      'claims',
    ]);
    expect(vocabulary.topics).toEqual(DEFAULT_TOPICS);
    expect(vocabulary.toJSON()).not.toHaveProperty('topics');
  });

  test('a vocabulary lists its own topics, and issues may use them', () => {
    const data = { topics: [{ id: 'humanitarian', title: 'Humanitarian' }], parties, issues: [issue('humanitarian')] };
    const vocabulary = Vocabulary.from(data);
    expect(vocabulary.topics).toEqual([{ id: 'humanitarian', title: 'Humanitarian' }]);
    expect(Vocabulary.from(vocabulary.toJSON()).topics).toEqual(vocabulary.topics);
  });

  test('an issue under an unknown topic is refused, with a way to add it or a did-you-mean', () => {
    const unknown = problemsOf(() => Vocabulary.from({ parties, issues: [issue('humanitarian')] }));
    expect(unknown).toEqual([
      expect.objectContaining({
        path: ['issues', 0, 'topic'],
        message: "unknown topic 'humanitarian' of issue 'aid-corridors'",
        suggestion: "add the topic to the vocabulary's topics (positions add topic humanitarian --title …)",
      }),
    ]);
    const typo = problemsOf(() => Vocabulary.from({ parties, issues: [issue('securty')] }));
    expect(typo[0]?.suggestion).toBe("did you mean 'security'?");
  });

  test('a topic listed twice is refused', () => {
    const twice = { id: 'a', title: 'A' };
    expect(() => Vocabulary.from({ topics: [twice, twice], parties, issues: [] })).toThrow(ValidationError);
  });
});

describe('terms may declare their type', () => {
  const vocabulary = {
    parties,
    issues: [issue('security', [{ name: 'days', description: 'how long', type: 'number' as const }])],
  };
  const at = (terms: Record<string, unknown>) =>
    statement({ parties: ['ukraine'], issue: 'aid-corridors', terms, id: `s-${JSON.stringify(terms).length}` });

  test('a value of the declared type is accepted', () => {
    expect(Ledger.from([at({ days: 30 })], { vocabulary }).size).toBe(1);
  });

  test('a value of another type is refused, with the number written without quotes as the fix', () => {
    expect(problemsOf(() => Ledger.from([at({ days: '30' })], { vocabulary }))).toEqual([
      expect.objectContaining({
        code: 'term-type',
        path: ['terms', 'days'],
        message: `term 'days' of issue 'aid-corridors' takes a number, got "30"`,
        suggestion: 'write it as the number 30, without quotes',
      }),
    ]);
    expect(problemsOf(() => Ledger.from([at({ days: true })], { vocabulary }))[0]?.code).toBe('term-type');
  });
});

describe('speaker authority', () => {
  test.each(['spokesperson', 'other'])('%s is an authority', (authority) => {
    const event = statement({ speaker: { name: 'Dmitry Peskov', authority } });
    expect(Ledger.from([event]).size).toBe(1);
  });
});
