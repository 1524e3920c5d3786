import { loadData } from '../load-data.js';
import type { CommonOptions } from '../options.js';
import { csvDocument } from '../output/csv.js';
import { print } from '../output/print.js';
import { renderTable } from '../output/table.js';
import type { Ledger, VocabularyData } from '../../index.js';

/**
 * `positions vocabulary`: the parties (with kind and aliases) and issues (with titles) of the data.
 * A bare events file has no vocabulary: then the ids its statements use are listed.
 *
 * @example
 * await runVocabulary({ format: 'json' });
 */
export async function runVocabulary(flags: CommonOptions): Promise<void> {
  const loaded = await loadData(flags.data);
  const { vocabulary } = loaded;
  const data: VocabularyData | { parties: { id: string }[]; issues: { id: string }[] } =
    vocabulary?.toJSON() ?? idsIn(await loaded.ledger());
  const parties = data.parties.map((p) => ({
    id: p.id,
    name: get(p, 'name'),
    kind: get(p, 'kind'),
    aliases: list(p, 'aliases'),
    members: list(p, 'members'),
  }));
  const issues = data.issues.map((i) => ({ id: i.id, title: get(i, 'title'), topic: get(i, 'topic') }));

  print(flags.format, {
    json: () => data,
    csv: () =>
      csvDocument(
        ['type', 'id', 'title', 'kind', 'topic', 'aliases', 'members'],
        [
          ...parties.map((p) => ['party', p.id, p.name, p.kind, '', p.aliases.join('; '), p.members.join('; ')]),
          ...issues.map((i) => ['issue', i.id, i.title, '', i.topic, '', '']),
        ],
      ),
    table: () =>
      `Parties (${parties.length})\n${renderTable(
        [{ header: 'id' }, { header: 'name' }, { header: 'kind' }, { header: 'aliases / members' }],
        parties.map((p) => [
          p.id,
          p.name,
          p.kind,
          [p.aliases.join(', '), p.members.length > 0 ? `members: ${p.members.join(', ')}` : '']
            .filter(Boolean)
            .join(' · '),
        ]),
      )}\nIssues (${issues.length})\n${renderTable(
        [{ header: 'id' }, { header: 'topic' }, { header: 'title' }],
        issues.map((i) => [i.id, i.topic, i.title]),
      )}`,
  });
}

function idsIn(ledger: Ledger): { parties: { id: string }[]; issues: { id: string }[] } {
  const parties = new Set<string>();
  const issues = new Set<string>();
  for (const event of ledger.events()) {
    const statement = event.type === 'statement' ? event : event.type === 'correction' ? event.replacement : undefined;
    if (statement === undefined) continue;
    for (const p of statement.parties) parties.add(p);
    issues.add(statement.issue);
  }
  const sorted = (ids: Set<string>) => [...ids].sort().map((id) => ({ id }));
  return { parties: sorted(parties), issues: sorted(issues) };
}

function get(record: object, key: string): string {
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

function list(record: object, key: string): string[] {
  const value = (record as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.map(String) : [];
}
