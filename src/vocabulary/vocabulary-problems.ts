import type { Problem } from '../errors/index.js';
import { DEFAULT_TOPICS, type VocabularyData } from './schemas.js';
import { didYouMean, suggest } from './suggest.js';

/**
 * The vocabulary's own rules, for data that meets its schema: ids appear once, no name or alias stands for
 * two parties (or two issues), ignoring case, only blocs have members and those are known parties other
 * than the bloc, and every issue's topic is a known topic. `Vocabulary.from` refuses data with any of these
 * problems, in this order; the classic `VocabularySchema` (`positions-ledger/schemas`) reports them too.
 *
 * @example
 * vocabularyProblems({ parties: [], issues: [{ id: 'i', title: 'I', proposition: 'P', topic: 'space' }] })[0]
 *   ?.message; //=> "unknown topic 'space' of issue 'i'"
 */
export function vocabularyProblems(data: VocabularyData): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: (string | number)[], message: string, more: Partial<Problem> = {}) =>
    problems.push({ code: 'vocabulary', path, message, ...more });
  const addName = (names: Map<string, string>, name: string, owner: string, path: (string | number)[]) => {
    const key = name.toLowerCase();
    const holder = names.get(key);
    if (holder !== undefined && holder !== owner) problem(path, `'${name}' names both '${holder}' and '${owner}'`);
    else names.set(key, owner);
  };

  const parties = new Set<string>();
  const partyNames = new Map<string, string>();
  data.parties.forEach((party, i) => {
    if (parties.has(party.id)) problem(['parties', i, 'id'], `party id '${party.id}' appears twice`);
    parties.add(party.id);
    addName(partyNames, party.id, party.id, ['parties', i, 'id']);
    party.aliases?.forEach((alias, j) => {
      addName(partyNames, alias, party.id, ['parties', i, 'aliases', j]);
    });
  });
  data.parties.forEach((party, i) => {
    if (party.members !== undefined && party.kind !== 'bloc') {
      problem(['parties', i, 'members'], `only a bloc has members; '${party.id}' is a ${party.kind}`);
    }
    party.members?.forEach((member, j) => {
      if (!parties.has(member)) {
        problem(
          ['parties', i, 'members', j],
          `unknown member '${member}' of bloc '${party.id}'`,
          didYouMean(member, parties),
        );
      } else if (member === party.id) {
        problem(['parties', i, 'members', j], `bloc '${party.id}' lists itself as a member`);
      }
    });
  });

  const topics = new Set<string>();
  (data.topics ?? DEFAULT_TOPICS).forEach((topic, i) => {
    if (topics.has(topic.id)) problem(['topics', i, 'id'], `topic id '${topic.id}' appears twice`);
    topics.add(topic.id);
  });

  const issues = new Set<string>();
  const issueNames = new Map<string, string>();
  data.issues.forEach((issue, i) => {
    if (!topics.has(issue.topic)) {
      problem(
        ['issues', i, 'topic'],
        `unknown topic '${issue.topic}' of issue '${issue.id}'`,
        suggest(issue.topic, topics) === undefined
          ? { suggestion: `add the topic to the vocabulary's topics (positions add topic ${issue.topic} --title …)` }
          : didYouMean(issue.topic, topics),
      );
    }
    if (issues.has(issue.id)) problem(['issues', i, 'id'], `issue id '${issue.id}' appears twice`);
    issues.add(issue.id);
    addName(issueNames, issue.id, issue.id, ['issues', i, 'id']);
  });
  return problems;
}
