// Coding a new article without writing JSON: init, add (parties, a bloc, an issue with a term, a
// source), import (a CSV with bad rows, then a good one), export and the CSV round trip. Each step as an
// analyst runs it, in a scratch folder; every message is pinned.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledDatasetFolder } from '../../src/dataset/index.js';
import { DEFAULT_TOPICS, PartyKindSchema } from '../../src/vocabulary/index.js';
import { ensureCliBuilt, positions, root } from './support/cli.js';
import { csvObjects, parseCsv } from './support/csv-parse.js';
import { codedDataset, ok, positionsIn, scratch, snapshotFolder, writeIn } from './support/scratch.js';

beforeAll(() => ensureCliBuilt());

const HEADER = 'parties,issue,stance,terms,act,attribution,statedAt,summary,quote,document';
// Rows 3 and 5 are wrong; rows 2 and 4 are right and must not be blamed.
const BAD = [
  HEADER,
  'United States,security-guarantees,supports,durationYears=15,propose,on-record,2025-12-28,Washington offers guarantees for fifteen years.,,paris-talks',
  'Ukriane,security-guarantees,demands,,demand,reportedly,2025-12,Kyiv wants guarantees that bind.,,paris-talks',
  'Kyiv;European allies,security-guarantees,supports,,propose,joint-statement,2026-01-06,The Paris plan backs guarantees.,"protection once a deal is reached",paris-talks',
  'Moscow,security-guarantees,suports,durationYears=fifteen,reject,on-record,2026-01-32,Moscow refuses any foreign troops.,,paris-talk',
];
const GOOD = BAD.map((row) =>
  row
    .replace('Ukriane', 'Ukraine')
    .replace('suports,durationYears=fifteen', 'rejects,')
    .replace('2026-01-32', '2026-01-06')
    .replace(/,paris-talk$/, ',paris-talks'),
);

describe('init', () => {
  test('starts a dataset: the default topics, no parties, issues, documents or events, and a README', () => {
    const cwd = scratch();
    const run = ok(cwd, ['init', 'talks']);
    expect(run.stdout).toBe(
      'Started a dataset in talks: vocabulary.json, sources.json, events.ndjson, README.md\n' +
        'Next: add its parties, issues and sources (positions add … --data talks), then import statements ' +
        '(positions import FILE.csv --data talks). talks/README.md says how.\n',
    );
    const vocabulary = JSON.parse(readFileSync(join(cwd, 'talks', 'vocabulary.json'), 'utf8'));
    expect(vocabulary).toEqual({ topics: DEFAULT_TOPICS.map((t) => ({ ...t })), parties: [], issues: [] });
    expect(JSON.parse(readFileSync(join(cwd, 'talks', 'sources.json'), 'utf8'))).toEqual({ documents: [] });
    expect(readFileSync(join(cwd, 'talks', 'events.ndjson'), 'utf8')).toBe('');
    const readme = readFileSync(join(cwd, 'talks', 'README.md'), 'utf8');
    for (const text of [
      'vocabulary.json',
      'sources.json',
      'events.ndjson',
      'positions add party',
      'positions add issue',
    ])
      expect(readme).toContain(text);
    expect(readme).toContain('positions import statements.csv --data talks');
    // A new folder answers queries at once: nothing is known yet.
    expect(ok(cwd, ['stances', '--at', '2026', '--data', 'talks']).stdout).toMatch(/^Stances at 2026: 0 known\n/);
  });

  test('takes an empty folder, and refuses one that is not empty or a file, changing nothing (exit 1)', () => {
    const cwd = scratch();
    ok(cwd, ['init', '.']);
    expect(readdirSync(cwd).sort()).toEqual(['README.md', 'events.ndjson', 'sources.json', 'vocabulary.json']);
    const before = snapshotFolder(cwd);
    const again = positionsIn(cwd, ['init', '.']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'positions: .: the folder is not empty (it holds README.md, events.ndjson, sources.json, …) — init starts a ' +
        'dataset in a new or empty folder; to add to a dataset there, use --data .\n',
    );
    expect(snapshotFolder(cwd)).toEqual(before);
    const file = positionsIn(cwd, ['init', 'README.md']);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe('positions: README.md: it is a file, not a folder — name a new folder for the dataset\n');
  });
});

describe('add', () => {
  test('adds parties (a bloc by its members, named by id or alias), an issue with a term, a topic and a source', () => {
    const cwd = scratch();
    ok(cwd, ['init', 'talks']);
    const say = (args: string[]) => ok(cwd, ['add', ...args, '--data', 'talks']).stdout;
    expect(say(['party', 'france', '--name', 'France'])).toBe(
      'Added party france to talks/vocabulary.json: France, a state\n',
    );
    expect(say(['party', 'united-kingdom', '--name', 'United Kingdom', '--alias', 'Britain', '--alias', 'UK'])).toBe(
      'Added party united-kingdom to talks/vocabulary.json: United Kingdom, a state, also called Britain and UK\n',
    );
    expect(
      say(['party', 'european-allies', '--name', 'European allies', '--member', 'France', '--member', 'Britain']),
    ).toBe(
      'Added party european-allies to talks/vocabulary.json: European allies, a bloc of france and united-kingdom\n',
    );
    expect(say(['party', 'hope', '--name', 'Hope For Ukraine', '--kind', 'organisation'])).toBe(
      'Added party hope to talks/vocabulary.json: Hope For Ukraine, an organisation\n',
    );
    expect(say(['topic', 'humanitarian', '--title', 'Humanitarian'])).toBe(
      'Added topic humanitarian to talks/vocabulary.json: "Humanitarian"\n',
    );
    expect(
      say([
        'issue',
        'aid-corridors',
        '--title',
        'Aid corridors',
        '--proposition',
        'Humanitarian corridors open in the occupied regions.',
        '--topic',
        'humanitarian',
        '--term',
        'corridors:number',
        '--term',
        'monitor:string',
      ]),
    ).toBe(
      'Added issue aid-corridors to talks/vocabulary.json: "Aid corridors" (topic humanitarian), with the terms ' +
        'corridors (number) and monitor (string)\n',
    );
    expect(say(['term', 'aid-corridors', 'widthKm', '--type', 'number', '--unit', 'km'])).toBe(
      'Added term widthKm to issue aid-corridors in talks/vocabulary.json: a number, in km\n',
    );
    expect(say(['source', 'kyiv-briefing', '--title', 'A briefing in Kyiv', '--published-at', '2026-02'])).toBe(
      'Added source kyiv-briefing to talks/sources.json: "A briefing in Kyiv", published 2026-02 (month)\n',
    );

    const vocabulary = JSON.parse(readFileSync(join(cwd, 'talks', 'vocabulary.json'), 'utf8'));
    expect(vocabulary.parties).toEqual([
      { id: 'france', name: 'France', kind: 'state' },
      { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'UK'] },
      { id: 'european-allies', name: 'European allies', kind: 'bloc', members: ['france', 'united-kingdom'] },
      { id: 'hope', name: 'Hope For Ukraine', kind: 'organisation' },
    ]);
    expect(vocabulary.topics.map((t: { id: string }) => t.id)).toEqual([
      ...DEFAULT_TOPICS.map((t) => t.id),
      'humanitarian',
    ]);
    expect(vocabulary.issues).toEqual([
      {
        id: 'aid-corridors',
        title: 'Aid corridors',
        proposition: 'Humanitarian corridors open in the occupied regions.',
        topic: 'humanitarian',
        terms: [
          { name: 'corridors', type: 'number' },
          { name: 'monitor', type: 'string' },
          { name: 'widthKm', unit: 'km', type: 'number' },
        ],
      },
    ]);
    expect(JSON.parse(readFileSync(join(cwd, 'talks', 'sources.json'), 'utf8')).documents).toEqual([
      { id: 'kyiv-briefing', title: 'A briefing in Kyiv', publishedAt: '2026-02', precision: 'month' },
    ]);
    // One entry a line, and no temporary file left behind.
    expect(readFileSync(join(cwd, 'talks', 'vocabulary.json'), 'utf8')).toContain(
      '\n    { "id": "european-allies", "name": "European allies", "kind": "bloc", "members": ["france", "united-kingdom"] },\n',
    );
    expect(readdirSync(join(cwd, 'talks')).sort()).toEqual([
      'README.md',
      'events.ndjson',
      'sources.json',
      'vocabulary.json',
    ]);
  });

  test('refuses duplicates and unknown names with a "did you mean", writing nothing (exit 1)', () => {
    const cwd = scratch();
    const folder = codedDataset(cwd);
    const before = snapshotFolder(join(cwd, folder));
    const refused = (args: string[]) => {
      const run = positionsIn(cwd, ['add', ...args, '--data', folder]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe('');
      return run.stderr;
    };
    expect(refused(['party', 'ukraine', '--name', 'Ukraine again'])).toBe(
      "positions: party 'ukraine' already exists (Ukraine, a state) — use it as it is, or choose another id for a new party\n",
    );
    expect(refused(['party', 'Moscow', '--name', 'Moskva'])).toBe(
      "positions: 'Moscow' already names party 'russia' (Russia, a state) — did you mean 'russia'? Choose another id for a new party\n",
    );
    expect(refused(['party', 'kremlin', '--name', 'Russia', '--alias', 'Kyiv'])).toBe(
      "positions: --name: 'Russia' already names party 'russia' (Russia, a state) — each name may stand for one party only: choose another\n" +
        "positions: --alias: 'Kyiv' already names party 'ukraine' (Ukraine, a state) — each name may stand for one party only: choose another\n",
    );
    expect(refused(['party', 'nordics', '--name', 'Nordics', '--member', 'denmark', '--member', 'frnace'])).toBe(
      "positions: --member: unknown party 'denmark' — add it first: positions add party denmark --name …\n" +
        "positions: --member: unknown party 'frnace' — did you mean 'france'?\n",
    );
    expect(refused(['party', 'g2', '--name', 'G2', '--kind', 'state', '--member', 'france'])).toBe(
      "positions: --kind: only a bloc has members; 'g2' would be a state — leave the kind out, or make it bloc\n",
    );
    expect(refused(['party', 'New Party', '--name', 'New'])).toBe(
      "positions: invalid party id 'New Party': an id is 1–128 characters: a letter or digit, then letters, digits, " +
        '".", "_", ":" or "-" — try \'new-party\'\n',
    );
    expect(refused(['issue', 'Security-Guarantees', '--title', 'T', '--proposition', 'P', '--topic', 'security'])).toBe(
      "positions: 'Security-Guarantees' already names issue 'security-guarantees' (Security guarantees) — did you mean " +
        "'security-guarantees'? Choose another id for a new issue\n",
    );
    expect(refused(['issue', 'aid', '--title', 'Aid', '--proposition', 'Aid flows.', '--topic', 'humanitarian'])).toBe(
      "positions: --topic: unknown topic 'humanitarian' (the topics are ceasefire, territory, security, alliances, " +
        'sanctions-economy, justice-governance, process, claims) — add it first: positions add topic humanitarian --title …\n',
    );
    expect(refused(['issue', 'aid', '--title', 'Aid', '--proposition', 'Aid flows.', '--topic', 'secuirty'])).toBe(
      "positions: --topic: unknown topic 'secuirty' (the topics are ceasefire, territory, security, alliances, " +
        "sanctions-economy, justice-governance, process, claims) — did you mean 'security'?\n",
    );
    expect(refused(['term', 'security-guarantee', 'years', '--type', 'number'])).toBe(
      "positions: unknown issue 'security-guarantee' — did you mean 'security-guarantees'?\n",
    );
    expect(refused(['term', 'security-guarantees', 'durationyears', '--type', 'string'])).toBe(
      "positions: issue 'security-guarantees' already has a term 'durationYears' (number) — statements can name it as " +
        'it is; choose another name for a new term\n',
    );
    expect(refused(['topic', 'Security', '--title', 'Security again'])).toBe(
      "positions: 'Security' already names topic 'security' (Security) — did you mean 'security'? Choose another id for " +
        'a new topic\n',
    );
    expect(refused(['source', 'paris-talks', '--title', 'Again', '--published-at', '2026-01-07'])).toBe(
      "positions: source document 'paris-talks' already exists (Paris talks on guarantees) — use it as it is, or " +
        'choose another id for a new source document\n',
    );
    expect(refused(['source', 'late', '--title', 'Late', '--published-at', '2026-02-30'])).toBe(
      "positions: --published-at: invalid date '2026-02-30': 2026-02-30 is not a calendar date\n",
    );
    expect(refused(['source', 'span', '--title', 'Span', '--published-at', '2025-12/2026-01'])).toBe(
      "positions: --precision: '2025-12/2026-01' is an interval, so its precision cannot be read from it — give the " +
        'precision: day, month or year\n',
    );
    expect(refused(['source', 'web', '--title', 'Web', '--published-at', '2026', '--url', 'example.com'])).toBe(
      "positions: --url: invalid URL 'example.com' — write it whole, with https://\n",
    );
    expect(snapshotFolder(join(cwd, folder))).toEqual(before);
  });

  test('writing commands need --data naming a dataset folder, never the bundled one (exit 2)', () => {
    const cwd = scratch();
    const usage = (args: string[]) => {
      const run = positionsIn(cwd, args);
      expect(run.code, run.stderr).toBe(2);
      return run.stderr;
    };
    expect(usage(['add', 'topic', 'x', '--title', 'X'])).toBe(
      'positions: add needs --data DIR: the dataset folder to write to — start one with positions init DIR\n',
    );
    expect(usage(['import', 'rows.csv'])).toBe(
      'positions: import needs --data DIR: the dataset folder to write to — start one with positions init DIR\n',
    );
    expect(usage(['add', 'topic', 'x', '--title', 'X', '--data', 'nowhere'])).toBe(
      "positions: no dataset folder at 'nowhere' — start one with positions init nowhere\n",
    );
    expect(usage(['import', 'rows.csv', '--data', '-'])).toBe(
      "positions: --data for import must be a dataset folder or a postgres:// URL, not '-' — start one with positions init DIR\n",
    );
    const bundled = bundledDatasetFolder();
    const before = snapshotFolder(bundled);
    expect(usage(['add', 'topic', 'x', '--title', 'X', '--data', bundled])).toBe(
      'positions: the bundled dataset is read-only — start one with positions init DIR, or copy the bundled folder ' +
        'and write to the copy\n',
    );
    expect(usage(['add', 'term', 'ukraine-in-nato', 'k', '--type', 'text', '--data', bundled])).toBe(
      "positions: option '--type <type>' argument 'text' is invalid. Allowed choices are number, string.\n",
    );
    expect(snapshotFolder(bundled)).toEqual(before);
  });

  test('concurrent adds to one folder all land: the folder lock serialises them', async () => {
    const cwd = scratch();
    ok(cwd, ['init', 'talks']);
    const { spawn } = await import('node:child_process');
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    await Promise.all(
      ids.map(
        (id) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              [join(root, 'dist', 'cli.js'), 'add', 'party', id, '--name', id.toUpperCase(), '--data', 'talks'],
              { cwd, stdio: 'ignore' },
            );
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`add ${id} exited ${code}`))));
          }),
      ),
    );
    const vocabulary = JSON.parse(readFileSync(join(cwd, 'talks', 'vocabulary.json'), 'utf8'));
    expect(vocabulary.parties.map((p: { id: string }) => p.id).sort()).toEqual(ids);
  });

  test('the examples of init, add and export --help run, in order, in a new folder', () => {
    const cwd = scratch();
    const commands = ['init', 'add party', 'add issue', 'add term', 'add topic', 'add source', 'import', 'export'];
    const examples = commands.flatMap((command) => {
      const help = positions([...command.split(' '), '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: positions ${command}`);
      const lines = help.stdout.split('\n').filter((line) => line.trim().startsWith(`$ positions ${command} `));
      expect(lines.length, command).toBeGreaterThan(0);
      return lines.map((line) => line.trim().slice('$ positions '.length));
    });
    for (const example of examples.filter((e) => !e.startsWith('import'))) {
      const args = [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);
      const run = positionsIn(cwd, args);
      expect(run.code, `${example}\n${run.stderr}`).toBe(0);
    }
  });

  test('the choices of --kind are the party kinds', () => {
    const help = positions(['add', 'party', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`(choices: ${PartyKindSchema.options.map((k) => `"${k}"`).join(', ')})`);
  });
});

describe('import', () => {
  test('a CSV with bad rows: each bad row named by row and column, good rows not blamed, nothing written', () => {
    const cwd = scratch();
    const folder = codedDataset(cwd);
    const before = snapshotFolder(join(cwd, folder));
    const run = positionsIn(cwd, ['import', writeIn(cwd, 'statements.csv', BAD), '--data', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        "row 3, column parties: unknown party 'Ukriane' — did you mean 'ukraine'?",
        'row 5, column stance: expected one of "demands", "supports", "neutral", "opposes", "rejects", got "suports" — did you mean \'supports\'?',
        "row 5, column terms: term 'durationYears' of issue 'security-guarantees' takes a number, got 'fifteen' — write the number in digits, e.g. 15 or 2.5",
        'row 5, column statedAt: 2026-01-32 is not a calendar date',
        "row 5, column document: unknown source document 'paris-talk' — did you mean 'paris-talks'?",
        'positions: nothing imported: statements.csv has problems in 2 rows',
        '',
      ].join('\n'),
    );
    expect(snapshotFolder(join(cwd, folder))).toEqual(before);
  });

  test('then the corrected CSV: every statement appended, with content ids, parties by name or alias', () => {
    const cwd = scratch();
    const folder = codedDataset(cwd);
    const run = ok(cwd, ['import', writeIn(cwd, 'statements.csv', GOOD), '--data', folder, '--format', 'json']);
    const result = JSON.parse(run.stdout) as { added: { row: number; id: string }[]; unchanged: unknown[] };
    expect(result.added.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(result.unchanged).toEqual([]);
    for (const { id } of result.added) expect(id).toMatch(/^[0-9a-f]{64}$/);
    const events = readFileSync(join(cwd, folder, 'events.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.id)).toEqual(result.added.map((a) => a.id));
    expect(events[2]).toEqual({
      type: 'statement',
      id: result.added[2]?.id,
      v: 1,
      parties: ['european-allies', 'ukraine'],
      issue: 'security-guarantees',
      stance: 'supports',
      act: 'propose',
      attribution: 'joint-statement',
      statedAt: '2026-01-06',
      summary: 'The Paris plan backs guarantees.',
      sources: [{ document: 'paris-talks', quote: 'protection once a deal is reached' }],
      // No recordedAt column: the first document's publishedAt, at 00:00Z.
      recordedAt: '2026-01-06T00:00:00.000Z',
    });
    expect(events[0]?.terms).toEqual({ durationYears: 15 });
    expect(events[0]?.parties).toEqual(['united-states']);

    const { stances } = JSON.parse(
      ok(cwd, ['stances', '--at', '2026-01-31', '--data', folder, '--format', 'json']).stdout,
    ) as {
      stances: { party: string; stance: string; terms?: unknown }[];
    };
    expect(stances.map((s) => [s.party, s.stance, s.terms])).toEqual([
      ['european-allies', 'supports', undefined],
      ['russia', 'rejects', undefined],
      ['ukraine', 'supports', undefined],
      ['united-states', 'supports', { durationYears: 15 }],
    ]);

    // The same file again changes nothing: each statement is there with the same content.
    const again = ok(cwd, ['import', 'statements.csv', '--data', folder]);
    expect(again.stdout).toBe(
      'Imported 0 statements from statements.csv into talks/events.ndjson; 4 already there (unchanged)\n',
    );
  });

  test('the template has every column, in the order export writes them, and imports as nothing', () => {
    const cwd = scratch();
    ok(cwd, ['init', 'talks']);
    const template = join(root, 'examples', 'statements-template.csv');
    const run = ok(cwd, ['import', template, '--data', 'talks']);
    expect(run.stdout).toMatch(/^Imported 0 statements from .*statements-template\.csv into talks\/events\.ndjson/);
    const exported = ok(cwd, ['export', '--format', 'csv', '--data', 'talks']).stdout;
    expect(readFileSync(template, 'utf8')).toBe(exported);
  });
});

describe('every CSV the CLI writes', () => {
  test('guards text from the data that a spreadsheet would run as a formula', () => {
    const cwd = scratch();
    ok(cwd, ['init', 'talks']);
    ok(cwd, ['add', 'party', 'plus', '--name', '+Plus', '--alias', '@plus', '--data', 'talks']);
    ok(cwd, ['add', 'source', 'doc', '--title', '=HYPERLINK("http://x")', '--published-at', '2026', '--data', 'talks']);
    const sources = parseCsv(ok(cwd, ['sources', '--data', 'talks', '--format', 'csv']).stdout);
    expect(sources[1]?.[1]).toBe('\'=HYPERLINK("http://x")');
    const vocabulary = parseCsv(ok(cwd, ['vocabulary', '--data', 'talks', '--format', 'csv']).stdout);
    expect(vocabulary[1]?.slice(0, 3)).toEqual(['party', 'plus', "'+Plus"]);
    expect(vocabulary[1]?.[5]).toBe("'@plus");
    // The values themselves are kept as given.
    const json = JSON.parse(ok(cwd, ['vocabulary', '--data', 'talks', '--format', 'json']).stdout);
    expect(json.parties[0]).toEqual({ id: 'plus', name: '+Plus', kind: 'state', aliases: ['@plus'] });
  });
});

describe('export', () => {
  test('NDJSON holds every event as stored; CSV the statements, which import back as the same statements', () => {
    const cwd = scratch();
    const folder = codedDataset(cwd);
    ok(cwd, ['import', writeIn(cwd, 'statements.csv', GOOD), '--data', folder]);
    const ndjson = ok(cwd, ['export', '--format', 'ndjson', '--data', folder]).stdout;
    const lines = (text: string) =>
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
    expect(lines(ndjson)).toEqual(lines(readFileSync(join(cwd, folder, 'events.ndjson'), 'utf8')));

    const csv = ok(cwd, ['export', '--format', 'csv', '--data', folder]);
    expect(csv.stderr).toBe('');
    writeIn(cwd, 'exported.csv', csv.stdout);
    // A fresh dataset with the same vocabulary and sources.
    ok(cwd, ['init', 'copy']);
    for (const name of ['vocabulary.json', 'sources.json'])
      copyFileSync(join(cwd, folder, name), join(cwd, 'copy', name));
    ok(cwd, ['import', 'exported.csv', '--data', 'copy']);
    expect(ok(cwd, ['export', '--format', 'ndjson', '--data', 'copy']).stdout).toBe(ndjson);
  });

  test('the bundled dataset round-trips: its statements, exported as CSV and imported, are the same', () => {
    const cwd = scratch();
    const csv = ok(cwd, ['export', '--format', 'csv']);
    const statements = (ndjson: string) =>
      ndjson
        .trim()
        .split('\n')
        .filter((line) => JSON.parse(line).type === 'statement');
    const all = ok(cwd, ['export', '--format', 'ndjson']).stdout;
    const bundled = statements(all);
    expect(csvObjects(csv.stdout)).toHaveLength(bundled.length);
    // Other kinds of event are named on stderr, and nothing the CSV cannot hold is lost.
    expect(csv.stderr).toBe(
      `positions: note: the CSV holds the ${bundled.length} statements; the ${all.trim().split('\n').length - bundled.length} other events ` +
        '(corroborations, retractions, corrections) are in --format ndjson\n',
    );
    ok(cwd, ['init', 'copy']);
    for (const name of ['vocabulary.json', 'sources.json'])
      copyFileSync(join(bundledDatasetFolder(), name), join(cwd, 'copy', name));
    ok(cwd, ['import', writeIn(cwd, 'bundled.csv', csv.stdout), '--data', 'copy']);
    expect(statements(ok(cwd, ['export', '--format', 'ndjson', '--data', 'copy']).stdout)).toEqual(bundled);
    expect(existsSync(join(cwd, 'copy', 'events.ndjson'))).toBe(true);
  });

  test('what the CSV cannot hold is named on stderr', () => {
    const cwd = scratch();
    const folder = codedDataset(cwd);
    const event = {
      type: 'statement',
      id: 'rich',
      parties: ['ukraine'],
      issue: 'security-guarantees',
      stance: 'supports',
      salience: 0.5,
      act: 'propose',
      attribution: 'on-record',
      statedAt: '2026-01',
      recordedAt: '2026-01-10T00:00Z',
      summary: 'Two lines\nof summary.',
      sources: [{ document: 'paris-talks' }, { document: 'paris-talks', quote: 'second' }],
    };
    writeIn(cwd, 'rich.ndjson', `${JSON.stringify(event)}\n`);
    ok(cwd, ['append', 'rich.ndjson', '--data', folder]);
    const run = ok(cwd, ['export', '--format', 'csv', '--data', folder]);
    expect(run.stderr).toBe(
      [
        "positions: warning: statement 'rich': its salience has no column; --format ndjson keeps it whole",
        "positions: warning: statement 'rich': only the first document's quote has a column; --format ndjson keeps it whole",
        "positions: warning: statement 'rich': a text of it holds a line break, which import refuses; --format ndjson keeps it whole",
        '',
      ].join('\n'),
    );
  });
});
