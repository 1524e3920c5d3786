import {
  addIssue,
  addParty,
  addSource,
  addTerm,
  addTopic,
  kindText,
  type NewIssue,
  type NewSource,
} from '../../dataset/add-entries.js';
import type { DatasetWriter } from '../../dataset/dataset-writer.js';
import { ValidationError } from '../../errors/index.js';
import type { PartyKind, TermType } from '../../vocabulary/index.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { UsageError } from '../usage-error.js';
import { withDatasetWriter } from '../with-dataset-writer.js';

/**
 * `positions add party ID --name NAME [--alias A]… [--kind KIND] [--member ID]… --data DIR`.
 *
 * @example
 * await runAddParty('european-allies', { name: 'European allies', alias: [], member: ['france', 'germany'], data: 'my-dataset', format: 'table' });
 */
export async function runAddParty(
  id: string,
  flags: CommonOptions & { name: string; alias: string[]; kind?: PartyKind; member: string[] },
): Promise<void> {
  const { to, entry: party } = await adding(flags, 'parties', FLAGS, (writer) =>
    addParty(writer, {
      id,
      name: flags.name,
      aliases: flags.alias,
      members: flags.member,
      ...(flags.kind === undefined ? {} : { kind: flags.kind }),
    }),
  );
  const what =
    party.kind === 'bloc'
      ? `a bloc${party.members === undefined ? '' : ` of ${and(party.members)}`}`
      : kindText(party.kind);
  const aliases = party.aliases === undefined ? '' : `, also called ${and(party.aliases)}`;
  said(flags, 'party', party.id, to, party, `${party.name}, ${what}${aliases}`);
}

/**
 * `positions add issue ID --title T --proposition P --topic TOPIC [--term KEY:number|string]… --data DIR`.
 *
 * @example
 * await runAddIssue('ukraine-in-nato', { title: 'NATO membership', proposition: 'Ukraine may join NATO.', topic: 'alliances', term: [], data: 'my-dataset', format: 'table' });
 */
export async function runAddIssue(
  id: string,
  flags: CommonOptions & { title: string; proposition: string; topic: string; term: string[] },
): Promise<void> {
  const input: NewIssue = {
    id,
    title: flags.title,
    proposition: flags.proposition,
    topic: flags.topic,
    terms: flags.term.map(termFlag),
  };
  const { to, entry: issue } = await adding(flags, 'issues', FLAGS, (writer) => addIssue(writer, input));
  const terms = issue.terms?.map((t) => `${t.name} (${t.type})`) ?? [];
  const with_ = terms.length === 0 ? '' : `, with the term${terms.length === 1 ? '' : 's'} ${and(terms)}`;
  said(flags, 'issue', issue.id, to, issue, `"${issue.title}" (topic ${issue.topic})${with_}`);
}

/**
 * `positions add term ISSUE KEY --type number|string [--description TEXT] [--unit UNIT] --data DIR`.
 *
 * @example
 * await runAddTerm('security-guarantees', 'durationYears', { type: 'number', data: 'my-dataset', format: 'table' });
 */
export async function runAddTerm(
  issue: string,
  key: string,
  flags: CommonOptions & { type: TermType; description?: string; unit?: string },
): Promise<void> {
  const { to, entry } = await adding(flags, 'issues', { ...FLAGS, issue: [], name: [] }, (writer) =>
    addTerm(writer, {
      issue,
      name: key,
      type: flags.type,
      ...(flags.description === undefined ? {} : { description: flags.description }),
      ...(flags.unit === undefined ? {} : { unit: flags.unit }),
    }),
  );
  const { term } = entry;
  const about = [`a ${term.type}`, ...(term.unit === undefined ? [] : [`in ${term.unit}`]), term.description ?? []];
  said(flags, 'term', term.name, to, entry, about.flat().join(', '), `issue ${entry.issue} in ${to}`);
}

/**
 * `positions add topic ID --title T --data DIR`.
 *
 * @example
 * await runAddTopic('humanitarian', { title: 'Humanitarian', data: 'my-dataset', format: 'table' });
 */
export async function runAddTopic(id: string, flags: CommonOptions & { title: string }): Promise<void> {
  const { to, entry: topic } = await adding(flags, 'topics', FLAGS, (writer) =>
    addTopic(writer, { id, title: flags.title }),
  );
  said(flags, 'topic', topic.id, to, topic, `"${topic.title}"`);
}

/**
 * `positions add source ID --title T --published-at DATE [--precision day|month|year] [--url U]
 * [--reason TEXT] --data DIR`.
 *
 * @example
 * await runAddSource('paris-talks', { title: 'Paris talks', publishedAt: '2026-01-06', data: 'my-dataset', format: 'table' });
 */
export async function runAddSource(id: string, flags: CommonOptions & Omit<NewSource, 'id'>): Promise<void> {
  const input: NewSource = {
    id,
    title: flags.title,
    publishedAt: flags.publishedAt,
    ...(flags.precision === undefined ? {} : { precision: flags.precision }),
    ...(flags.url === undefined ? {} : { url: flags.url }),
    ...(flags.reason === undefined ? {} : { reason: flags.reason }),
  };
  const { to, entry: document } = await adding(flags, 'documents', FLAGS, (writer) => addSource(writer, input));
  said(
    flags,
    'source',
    document.id,
    to,
    document,
    `"${document.title}", published ${document.publishedAt} (${document.precision})`,
  );
}

// The flag each field of a new entry comes from, so problems name what the analyst typed.
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  name: ['--name'],
  aliases: ['--alias'],
  kind: ['--kind'],
  members: ['--member'],
  title: ['--title'],
  proposition: ['--proposition'],
  topic: ['--topic'],
  terms: ['--term'],
  type: ['--type'],
  description: ['--description'],
  unit: ['--unit'],
  publishedAt: ['--published-at'],
  precision: ['--precision'],
  url: ['--url'],
  reason: ['--reason'],
};

async function adding<T>(
  flags: CommonOptions,
  kind: keyof DatasetWriter['places'],
  flagOf: Readonly<Record<string, readonly string[]>>,
  add: (writer: DatasetWriter) => Promise<T>,
): Promise<{ to: string; entry: T }> {
  try {
    return await withDatasetWriter(flags.data, 'add', async (writer) => ({
      to: writer.places[kind],
      entry: await add(writer),
    }));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.problems.map((problem) => {
        const field = problem.path[0];
        const flag = typeof field === 'string' ? flagOf[field] : undefined;
        return flag === undefined ? problem : { ...problem, path: flag };
      }),
    );
  }
}

function said(
  flags: CommonOptions,
  what: string,
  id: string,
  to: string,
  entry: object,
  about: string,
  where: string = to,
): void {
  print(flags.format, {
    json: () => ({ added: what, to, [what]: entry }),
    csv: () => csvDocument(['added', 'id', 'to'], [[what, id, to]]),
    table: () => `Added ${what} ${id} to ${where}: ${about}\n`,
  });
}

function termFlag(text: string): { name: string; type: TermType } {
  const colon = text.lastIndexOf(':');
  const type = text.slice(colon + 1);
  if (colon <= 0 || (type !== 'number' && type !== 'string'))
    throw new UsageError(
      `invalid --term '${text}'`,
      `write KEY:number or KEY:string, e.g. --term durationYears:number`,
    );
  return { name: text.slice(0, colon), type };
}

function and(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
