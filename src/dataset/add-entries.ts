import { ValidationError, type Problem } from '../errors/index.js';
import { InvalidTimeError, parseFuzzyTime, type TimePrecision } from '../time/index.js';
import {
  didYouMean,
  didYouMeanAny,
  ID_PATTERN,
  suggest,
  Vocabulary,
  type Issue,
  type IssueTerm,
  type Party,
  type PartyKind,
  type TermType,
  type Topic,
  type VocabularyData,
} from '../vocabulary/index.js';
import type { DatasetWriter } from './dataset-writer.js';
import { partyGoingBy } from './party-going-by.js';
import { SourceDocumentSchema, type SourceDocument } from './source-documents.js';

// Adding entries to a dataset: each function checks the new entry against what the writer's store holds
// (the id's shape, duplicates with a "did you mean", references, the vocabulary whole) and only then asks
// the store to write it. The checks are here, once, for every store. A problem's path names the field of
// the new entry it is about (`members[0]`), or nothing when it is about the entry's id.

/**
 * A party to add. Without `kind` it is a `state`, or a `bloc` when it has members.
 *
 * @example
 * const party: NewParty = { id: 'european-allies', name: 'European allies', members: ['france', 'Britain'] };
 */
export interface NewParty {
  /** Its id. */
  readonly id: string;
  /** Its display name. */
  readonly name: string;
  /** Its kind (default: `bloc` with members, else `state`). */
  readonly kind?: PartyKind;
  /** Other names reports use for it. */
  readonly aliases?: readonly string[];
  /** A bloc's members, each by id, alias or display name. */
  readonly members?: readonly string[];
}

/**
 * Checks a new party and adds it.
 *
 * @throws {ValidationError} for a bad or taken id, a taken name or alias, an unknown member, or members
 * of a party that is not a bloc.
 * @example
 * await addParty(writer, { id: 'european-allies', name: 'European allies', members: ['france', 'germany'] });
 * //=> { id: 'european-allies', name: 'European allies', kind: 'bloc', members: ['france', 'germany'] }
 */
export async function addParty(writer: DatasetWriter, input: NewParty): Promise<Party> {
  const { vocabulary } = writer;
  const problems: Problem[] = [];
  checkId(input.id, 'party', problems);
  const holder = partyGoingBy(vocabulary, input.id);
  if (holder !== undefined)
    problems.push(taken('party', input.id, holder.id, `${holder.name}, ${kindText(holder.kind)}`));
  const names: [string, string | number][] = [
    [input.name, 'name'],
    ...(input.aliases ?? []).map((alias, i): [string, string | number] => [alias, i]),
  ];
  for (const [name, at] of names) {
    const path = typeof at === 'number' ? ['aliases', at] : [at];
    if (name.trim() === '') {
      problems.push({ code: 'schema', path, message: 'a name cannot be empty' });
      continue;
    }
    const other = partyGoingBy(vocabulary, name);
    if (other !== undefined)
      problems.push({
        code: 'vocabulary',
        path,
        message: `'${name}' already names party '${other.id}' (${other.name}, ${kindText(other.kind)})`,
        suggestion: 'each name may stand for one party only: choose another',
      });
  }
  const members: string[] = [];
  (input.members ?? []).forEach((name, i) => {
    const id = vocabulary.resolveParty(name);
    const path = ['members', i];
    if (id === undefined) {
      problems.push({
        code: 'unknown-party',
        path,
        message: `unknown party '${name}'`,
        suggestion:
          didYouMeanAny(vocabulary.partySuggestions(name)) ?? `add it first: positions add party ${name} --name …`,
      });
    } else if (id === input.id) {
      problems.push({ code: 'vocabulary', path, message: 'a bloc cannot list itself as a member' });
    } else if (!members.includes(id)) members.push(id);
  });
  const kind = input.kind ?? ((input.members ?? []).length > 0 ? 'bloc' : 'state');
  if (kind !== 'bloc' && (input.members ?? []).length > 0)
    problems.push({
      code: 'vocabulary',
      path: ['kind'],
      message: `only a bloc has members; '${input.id}' would be a ${kind}`,
      suggestion: 'leave the kind out, or make it bloc',
    });
  const party: Party = {
    id: input.id,
    name: input.name,
    kind,
    ...(input.aliases === undefined || input.aliases.length === 0 ? {} : { aliases: [...input.aliases] }),
    ...(members.length === 0 ? {} : { members }),
  };
  checked(problems, () => ({ ...vocabulary.toJSON(), parties: [...vocabulary.parties, party] }));
  await writer.addParty(party);
  return party;
}

/**
 * An issue to add, with the terms its stances may name.
 *
 * @example
 * const issue: NewIssue = {
 *   id: 'security-guarantees', title: 'Security guarantees', topic: 'security',
 *   proposition: 'Ukraine receives long-term security guarantees.', terms: [{ name: 'durationYears', type: 'number' }],
 * };
 */
export interface NewIssue {
  /** Its id. */
  readonly id: string;
  /** A short title. */
  readonly title: string;
  /** The proposition, stated so that `supports` means "for it". */
  readonly proposition: string;
  /** One of the vocabulary's topics. */
  readonly topic: string;
  /** Its terms, each with a name and a type. */
  readonly terms?: readonly { readonly name: string; readonly type: TermType }[];
}

/**
 * Checks a new issue and adds it.
 *
 * @throws {ValidationError} for a bad or taken id, an unknown topic, or a bad or repeated term name.
 * @example
 * await addIssue(writer, { id: 'ceasefire-now', title: 'Ceasefire now', proposition: 'A ceasefire starts now.', topic: 'ceasefire' });
 */
export async function addIssue(writer: DatasetWriter, input: NewIssue): Promise<Issue> {
  const { vocabulary } = writer;
  const problems: Problem[] = [];
  checkId(input.id, 'issue', problems);
  const holder = vocabulary.resolveIssue(input.id);
  if (holder !== undefined) problems.push(taken('issue', input.id, holder, (vocabulary.issue(holder) as Issue).title));
  for (const [text, field] of [
    [input.title, 'title'],
    [input.proposition, 'proposition'],
  ] as const) {
    if (text.trim() === '') problems.push({ code: 'schema', path: [field], message: `the ${field} cannot be empty` });
  }
  const topics = vocabulary.topics.map((t) => t.id);
  if (!topics.includes(input.topic)) {
    problems.push({
      code: 'vocabulary',
      path: ['topic'],
      message: `unknown topic '${input.topic}' (the topics are ${topics.join(', ')})`,
      suggestion:
        suggest(input.topic, topics) === undefined
          ? `add it first: positions add topic ${input.topic} --title …`
          : (didYouMean(input.topic, topics).suggestion as string),
    });
  }
  const terms: IssueTerm[] = [];
  (input.terms ?? []).forEach((term, i) => {
    if (!checkTermName(term.name, ['terms', i], problems)) return;
    if (terms.some((t) => t.name === term.name))
      problems.push({ code: 'vocabulary', path: ['terms', i], message: `term '${term.name}' is given twice` });
    else terms.push({ name: term.name, type: term.type });
  });
  const issue: Issue = {
    id: input.id,
    title: input.title,
    proposition: input.proposition,
    topic: input.topic,
    ...(terms.length === 0 ? {} : { terms }),
  };
  checked(problems, () => ({ ...vocabulary.toJSON(), issues: [...vocabulary.issues, issue] }));
  await writer.addIssue(issue);
  return issue;
}

/**
 * A term to add to an issue.
 *
 * @example
 * const term: NewTerm = { issue: 'security-guarantees', name: 'durationYears', type: 'number', unit: 'years' };
 */
export interface NewTerm {
  /** The issue, by id (any case). */
  readonly issue: string;
  /** The key statements use in `terms`; it has the shape of an id (`durationYears`). */
  readonly name: string;
  /** The kind of value it takes. */
  readonly type: TermType;
  /** What it measures. */
  readonly description?: string;
  /** Its unit. */
  readonly unit?: string;
}

/**
 * Checks a new term and adds it to its issue; returns the issue's id and the term.
 *
 * @throws {ValidationError} for an unknown issue, or a bad or taken term name.
 * @example
 * await addTerm(writer, { issue: 'security-guarantees', name: 'durationYears', type: 'number' });
 * //=> { issue: 'security-guarantees', term: { name: 'durationYears', type: 'number' } }
 */
export async function addTerm(writer: DatasetWriter, input: NewTerm): Promise<{ issue: string; term: IssueTerm }> {
  const { vocabulary } = writer;
  const problems: Problem[] = [];
  const id = vocabulary.resolveIssue(input.issue);
  const issue = id === undefined ? undefined : vocabulary.issue(id);
  if (issue === undefined) {
    problems.push({
      code: 'unknown-issue',
      path: ['issue'],
      message: `unknown issue '${input.issue}'`,
      suggestion:
        didYouMeanAny(vocabulary.issueSuggestions(input.issue)) ??
        `add it first: positions add issue ${input.issue} --title … --proposition … --topic …`,
    });
  }
  if (checkTermName(input.name, ['name'], problems)) {
    const held = issue?.terms?.find((t) => t.name.toLowerCase() === input.name.toLowerCase());
    if (held !== undefined && issue !== undefined)
      problems.push({
        code: 'vocabulary',
        path: ['name'],
        message: `issue '${issue.id}' already has a term '${held.name}'${held.type === undefined ? '' : ` (${held.type})`}`,
        suggestion: 'statements can name it as it is; choose another name for a new term',
      });
  }
  for (const field of ['description', 'unit'] as const) {
    if (input[field]?.trim() === '')
      problems.push({ code: 'schema', path: [field], message: `the ${field} cannot be empty` });
  }
  const term: IssueTerm = {
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.unit === undefined ? {} : { unit: input.unit }),
    type: input.type,
  };
  const target = issue as Issue;
  checked(problems, () => ({
    ...vocabulary.toJSON(),
    issues: vocabulary.issues.map((i) => (i.id === target.id ? { ...i, terms: [...(i.terms ?? []), term] } : i)),
  }));
  await writer.addTerm(target.id, term);
  return { issue: target.id, term };
}

/**
 * Checks a new topic and adds it to the dataset's own list (the eight defaults and this one, when the
 * vocabulary listed none).
 *
 * @throws {ValidationError} for a bad or taken id, or an empty title.
 * @example
 * await addTopic(writer, { id: 'humanitarian', title: 'Humanitarian' });
 */
export async function addTopic(writer: DatasetWriter, input: Topic): Promise<Topic> {
  const { vocabulary } = writer;
  const problems: Problem[] = [];
  checkId(input.id, 'topic', problems);
  const holder = vocabulary.topics.find((t) => t.id.toLowerCase() === input.id.toLowerCase());
  if (holder !== undefined) problems.push(taken('topic', input.id, holder.id, holder.title));
  if (input.title.trim() === '')
    problems.push({ code: 'schema', path: ['title'], message: 'the title cannot be empty' });
  const topic: Topic = { id: input.id, title: input.title };
  checked(problems, () => ({ ...vocabulary.toJSON(), topics: [...vocabulary.topics, topic] }));
  await writer.addTopic(topic);
  return topic;
}

/**
 * A source document to add. Without `precision`, the date's own: `2025` is `year`, `2025-12` is
 * `month`, a day or a time is `day`; an interval needs one given.
 *
 * @example
 * const source: NewSource = { id: 'paris-talks', title: 'Paris talks', publishedAt: '2026-01-06' };
 */
export interface NewSource {
  /** The id statements cite it by. */
  readonly id: string;
  /** A title in your own words. */
  readonly title: string;
  /** When it was published, as precisely as known (a fuzzy time). */
  readonly publishedAt: string;
  /** How precise `publishedAt` is (default: the date's own). */
  readonly precision?: 'day' | 'month' | 'year';
  /** Where it can be read. */
  readonly url?: string;
  /** Why the date was estimated so. */
  readonly reason?: string;
}

/**
 * Checks a new source document and adds it.
 *
 * @throws {ValidationError} for a bad or taken id, a bad date or URL, or an interval without a precision.
 * @example
 * await addSource(writer, { id: 'paris-talks', title: 'Paris talks', publishedAt: '2026-01-06' });
 * //=> { id: 'paris-talks', title: 'Paris talks', publishedAt: '2026-01-06', precision: 'day' }
 */
export async function addSource(writer: DatasetWriter, input: NewSource): Promise<SourceDocument> {
  const problems: Problem[] = [];
  checkId(input.id, 'source document', problems);
  const holder = writer.documents.find((d) => d.id.toLowerCase() === input.id.toLowerCase());
  if (holder !== undefined) problems.push(taken('source document', input.id, holder.id, holder.title));
  const unit = timeUnit(input.publishedAt, problems);
  const precision =
    input.precision ?? (unit === undefined ? undefined : ownPrecision(input.publishedAt, unit, problems));
  for (const field of ['title', 'reason'] as const) {
    if (input[field]?.trim() === '')
      problems.push({ code: 'schema', path: [field], message: `the ${field} cannot be empty` });
  }
  const document = {
    id: input.id,
    title: input.title,
    publishedAt: input.publishedAt,
    precision,
    ...(input.reason === undefined ? {} : { reason: input.reason }),
    ...(input.url === undefined ? {} : { url: input.url }),
  };
  const parsed = SourceDocumentSchema.safeParse(document);
  if (!parsed.success && input.url !== undefined && parsed.error.issues.some((issue) => issue.path[0] === 'url'))
    problems.push({
      code: 'schema',
      path: ['url'],
      message: `invalid URL '${input.url}'`,
      suggestion: 'write it whole, with https://',
    });
  if (problems.length > 0 || !parsed.success) throw new ValidationError(problems);
  await writer.addSource(parsed.data);
  return parsed.data;
}

// The unit of a fuzzy time, or a problem saying which rule the text broke.
function timeUnit(text: string, problems: Problem[]): TimePrecision | undefined {
  try {
    return parseFuzzyTime(text).precision;
  } catch (error) {
    if (!(error instanceof InvalidTimeError)) throw error;
    problems.push({
      code: 'invalid-time',
      path: ['publishedAt'],
      message: `invalid date '${text}': ${error.rule}`,
      ...(error.suggestion === undefined ? {} : { suggestion: error.suggestion }),
    });
    return undefined;
  }
}

// The precision a date gives itself: its unit, a day for anything finer, none for an interval.
function ownPrecision(text: string, unit: TimePrecision, problems: Problem[]): 'day' | 'month' | 'year' | undefined {
  if (unit === 'year' || unit === 'month') return unit;
  if (unit !== 'interval') return 'day';
  problems.push({
    code: 'schema',
    path: ['precision'],
    message: `'${text}' is an interval, so its precision cannot be read from it`,
    suggestion: 'give the precision: day, month or year',
  });
  return undefined;
}

/**
 * A party kind with its article: `a state`, `an organisation`.
 *
 * @example
 * kindText('organisation'); //=> 'an organisation'
 */
export function kindText(kind: PartyKind): string {
  return `${kind === 'organisation' ? 'an' : 'a'} ${kind}`;
}

function checkId(id: string, what: string, problems: Problem[]): void {
  if (ID_PATTERN.test(id)) return;
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  problems.push({
    code: 'schema',
    path: [],
    message: `invalid ${what} id '${id}': an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"`,
    ...(ID_PATTERN.test(slug) ? { suggestion: `try '${slug}'` } : {}),
  });
}

// A term name is written in a CSV cell as `name=value;…`: it has the shape of an id, so it holds neither.
function checkTermName(name: string, path: (string | number)[], problems: Problem[]): boolean {
  if (ID_PATTERN.test(name)) return true;
  problems.push({
    code: 'schema',
    path,
    message: `invalid term name '${name}': a term name is a letter or digit, then letters, digits, ".", "_", ":" or "-"`,
    suggestion: "write it in one word, e.g. 'durationYears'",
  });
  return false;
}

function taken(what: string, id: string, holder: string, about: string): Problem {
  return id === holder
    ? {
        code: 'vocabulary',
        path: [],
        message: `${what} '${id}' already exists (${about})`,
        suggestion: `use it as it is, or choose another id for a new ${what}`,
      }
    : {
        code: 'vocabulary',
        path: [],
        message: `'${id}' already names ${what} '${holder}' (${about})`,
        suggestion: `did you mean '${holder}'? Choose another id for a new ${what}`,
      };
}

// The vocabulary with the new entry must still be one: the same whole check `vocabulary.json` gets.
function checked(problems: Problem[], next: () => VocabularyData): void {
  if (problems.length > 0) throw new ValidationError(problems);
  Vocabulary.from(next());
}
