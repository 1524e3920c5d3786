/**
 * The small world generated streams live in: a few parties (a bloc with members, and ids that are
 * also names of Object.prototype members), a few issues (one with terms), documents and id pools.
 */
import type { VocabularyData } from '../../src/index.js';

/** Parties: states, a bloc of two of them, an organisation and a commentator. */
export const VOCABULARY: VocabularyData = {
  parties: [
    { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] },
    { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] },
    { id: 'france', name: 'France', kind: 'state' },
    { id: 'constructor', name: 'A state named like a prototype member', kind: 'state' },
    { id: 'eu', name: 'European allies', kind: 'bloc', members: ['france', 'constructor'] },
    { id: 'hasOwnProperty', name: 'An organisation', kind: 'organisation' },
    { id: 'hope', name: 'A commentator', kind: 'commentator' },
  ],
  issues: [
    { id: 'nato', title: 'NATO', proposition: 'Ukraine may join NATO.', topic: 'alliances' },
    { id: 'crimea', title: 'Crimea', proposition: 'Crimea is recognised as Russian.', topic: 'territory' },
    { id: 'toString', title: 'A claim', proposition: 'A claim named like a prototype member.', topic: 'claims' },
    {
      id: 'guarantees',
      title: 'Guarantees',
      proposition: 'Ukraine gets security guarantees.',
      topic: 'security',
      terms: [
        { name: 'durationYears', description: 'How long', unit: 'years' },
        { name: 'format', description: 'Which format' },
      ],
    },
  ],
};

/**
 * {@link VOCABULARY} with two more blocs, listed after `eu` in the reverse of their id order (`eu`,
 * `coalition`, `accord`), so that vocabulary order and id order disagree: `france` belongs to all three,
 * `ukraine` to `coalition` and `accord`, `constructor` to `eu` and `accord`.
 */
export const BLOCS_VOCABULARY: VocabularyData = {
  parties: [
    ...VOCABULARY.parties.slice(0, 5),
    { id: 'coalition', name: 'A coalition', kind: 'bloc', members: ['france', 'ukraine'] },
    { id: 'accord', name: 'An accord', kind: 'bloc', members: ['ukraine', 'constructor', 'france'] },
    ...VOCABULARY.parties.slice(5),
  ],
  issues: VOCABULARY.issues,
};

/** Every party id. */
export const PARTIES = VOCABULARY.parties.map((p) => p.id);
/** Every issue id. */
export const ISSUES = VOCABULARY.issues.map((i) => i.id);
/** Document ids sources name. */
export const DOCUMENTS = ['doc-1', 'doc-2', 'doc-3'] as const;
/** Given event ids, some named like prototype members; unused ones are drawn, used ones dropped. */
export const EVENT_IDS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'e1', 'e.2:x', 'E_3'] as const;
/** The stance scale. */
export const STANCE_LIST = ['demands', 'supports', 'neutral', 'opposes', 'rejects'] as const;

/** A retraction of `target`, for a reason no test looks at. */
export function retraction(id: string, target: string, recordedAt: string): Record<string, unknown> {
  return { type: 'retraction', id, target, reason: 'misreport', recordedAt };
}

/** A minimal valid statement to build unit-test inputs from. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
