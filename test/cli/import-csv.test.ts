// positions import: broken CSV files (bad quoting, ragged rows, an empty file, unknown or missing
// columns, a line break in a cell, not UTF-8) and bad cells, each named by row and column with every
// message pinned, nothing written; then the forms it accepts, and formula-looking text round-tripping.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt } from './support/cli.js';
import { parseCsv } from './support/csv-parse.js';
import { codedDataset, ok, positionsIn, scratch, snapshotFolder, writeIn } from './support/scratch.js';

const HEADER = 'parties,issue,stance,act,attribution,statedAt,summary,document';
const ROW = 'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,Kyiv backs the plan.,paris-talks';

let cwd: string;
let folder: string;

beforeAll(() => {
  ensureCliBuilt();
  cwd = scratch();
  folder = codedDataset(cwd);
  ok(cwd, ['add', 'term', 'security-guarantees', 'monitor', '--type', 'string', '--data', folder]);
  ok(cwd, ['add', 'source', 'kyiv-briefing', '--title', 'A briefing', '--published-at', '2026-02', '--data', folder]);
  // A term without a type, as a vocabulary written by hand may have.
  const file = join(cwd, folder, 'vocabulary.json');
  const vocabulary = JSON.parse(readFileSync(file, 'utf8'));
  vocabulary.issues[0].terms.push({ name: 'note', description: 'anything else named' });
  writeFileSync(file, JSON.stringify(vocabulary));
  ok(cwd, ['import', writeIn(cwd, 'first.csv', [`id,${HEADER}`, `kept,${ROW}`]), '--data', folder]);
});

/** Imports a file that must be refused: exit 1, nothing on stdout, the folder unchanged; returns stderr's lines. */
function refused(name: string, content: string | readonly string[] | Uint8Array): string[] {
  const before = snapshotFolder(join(cwd, folder));
  const run = positionsIn(cwd, ['import', writeIn(cwd, name, content), '--data', folder]);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  expect(snapshotFolder(join(cwd, folder))).toEqual(before);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(new RegExp(`^positions: nothing imported: ${name} has problems in \\d+ rows?$`));
  return lines.slice(0, -1);
}

describe('a broken CSV is refused with a clear error by row', () => {
  test('bad quoting: a quote inside an unquoted cell, text after a closing quote, a quote never closed', () => {
    expect(
      refused('quoting.csv', [
        HEADER,
        ROW,
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,Zelensky said "yes",paris-talks',
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,"Zelensky said" yes,paris-talks',
        ROW,
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,"never closed,paris-talks',
        ROW,
      ]),
    ).toEqual([
      'row 3, column summary: a double quote inside a cell that does not start with one — put the whole cell in double quotes and double each quote inside it: "she said ""no"""',
      'row 4, column summary: text after the closing double quote of a cell — put the whole cell in double quotes and double each quote inside it: "she said ""no"""',
      'row 6, column summary: a double quote opens this cell and is never closed — close the quote at the end of the cell, and double each quote inside it',
    ]);
  });

  test('a ragged row: more cells than columns (an unquoted comma) or fewer', () => {
    expect(
      refused('ragged.csv', [
        HEADER,
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,Kyiv backs it, with conditions,paris-talks',
        ROW,
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,paris-talks',
      ]),
    ).toEqual([
      'row 2: 9 cells, but the header has 8 columns — a cell that holds a comma must be in double quotes',
      'row 4: 7 cells, but the header has 8 columns — every row needs a cell for each column, empty or not',
    ]);
  });

  test('an empty file, or one of blank lines and a byte-order mark', () => {
    const empty = [
      'row 1: the file is empty — start it with a header row naming the columns, at least parties,issue,stance,act,attribution,statedAt,summary,document',
    ];
    expect(refused('empty.csv', '')).toEqual(empty);
    expect(refused('blank.csv', '\uFEFF\r\n\r\n,,\r\n')).toEqual(empty);
  });

  test('an unknown, missing, repeated or unnamed column stops the import at the header', () => {
    expect(
      refused('columns.csv', ['Partys,issue,stance,act,attribution,statedAt,salience,document,issue,', ROW]),
    ).toEqual([
      "row 1, column 1: unknown column 'Partys' — did you mean 'parties'?",
      "row 1, column 7: unknown column 'salience' — the columns are parties, issue, stance, terms, conditions, act, attribution, statedAt, summary, quote, document, speaker, speakerRole, authority, recordedAt, id",
      "row 1, column 9: column 'issue' appears twice (also column 2) — keep one of them",
      'row 1, column 10: a header cell is empty — name the column, or delete it',
      "row 1: missing column 'summary' — add it to the header row; the required columns are parties, issue, stance, act, attribution, statedAt, summary, document",
    ]);
  });

  test('a quoted cell with a line break: named by the row it starts on; later rows keep their line numbers', () => {
    expect(
      refused('newline.csv', [
        HEADER,
        ROW,
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,"Two\nlines",paris-talks',
        'Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,Kyiv backs the plan.,nowhere',
      ]),
    ).toEqual([
      'row 3, column summary: the cell holds a line break — write each statement on one line: replace the line break with a space',
      "row 5, column document: unknown source document 'nowhere' — add it first: positions add source nowhere --title … --published-at …",
    ]);
  });

  test('a file that is not UTF-8 (Windows-1252, UTF-16)', () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER}\r\n`),
      Buffer.from(`${ROW.replace('backs', 'b\xe9')}\r\n`, 'latin1'),
    ]);
    expect(refused('latin1.csv', latin1)).toEqual([
      'row 2: not valid UTF-8 at byte 70 of the line: byte 0xE9 starts a 3-byte sequence that is cut short by byte 0x20 — save the file as UTF-8 (in a spreadsheet: "CSV UTF-8"), not Latin-1 or Windows-1252',
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n`, 'utf16le')]);
    expect(refused('utf16.csv', utf16)).toEqual([
      'row 1: the file is UTF-16 text, not UTF-8 — save the file as UTF-8 (in a spreadsheet: "CSV UTF-8"), not Latin-1 or Windows-1252',
    ]);
  });
});

describe('bad cells: each problem by row and column, good rows not blamed', () => {
  test('names, issues, documents, terms, the speaker, empty cells and ids', () => {
    const header = `${HEADER},terms,speaker,speakerRole,authority,id`;
    const row = (over: Partial<Record<string, string>>) => {
      const cells: Record<string, string> = {
        parties: 'Kyiv',
        issue: 'security-guarantees',
        stance: 'supports',
        act: 'propose',
        attribution: 'on-record',
        statedAt: '2026-01-06',
        summary: 'Kyiv backs the plan.',
        document: 'paris-talks',
        terms: '',
        speaker: '',
        speakerRole: '',
        authority: '',
        id: '',
        ...over,
      };
      return header
        .split(',')
        .map((name) => cells[name])
        .join(',');
    };
    expect(
      refused('cells.csv', [
        header,
        row({}),
        row({ parties: 'Kyiv;ukraine;Nowhereland', issue: 'security-guarantee' }),
        row({ terms: 'durationYears:15;monitor=US;durationYear=3', document: 'paris-talks;paris-talks' }),
        row({ speaker: 'Volodymyr Zelensky', speakerRole: 'President' }),
        row({ authority: 'head-of-state', summary: '', act: '' }),
        row({ id: 'kept', stance: 'opposes' }),
        row({ id: 'not an id', attribution: 'on record' }),
        row({ terms: 'durationYears=15' }),
        row({ terms: 'durationYear=3' }),
      ]),
    ).toEqual([
      "row 3, column parties: party 'ukraine' is named twice — name each party once",
      "row 3, column parties: unknown party 'Nowhereland' — add it first: positions add party Nowhereland --name …",
      "row 3, column issue: unknown issue 'security-guarantee' — did you mean 'security-guarantees'?",
      "row 4, column document: document 'paris-talks' is cited twice — cite each document once",
      "row 4, column terms: 'durationYears:15' is not key=value — write terms as key=value;key=value, e.g. durationYears=15",
      'row 5, column authority: empty, but a speaker needs an authority — how far the speaker can commit the parties (needed with a speaker): head-of-state, minister, envoy, official, spokesperson, anonymous or other',
      'row 6, column act: empty, but every statement needs one — propose, demand, accept, reject, concede, reaffirm, threaten, assert or deny',
      'row 6, column summary: empty, but every statement needs one — what was said, in your own words',
      'row 6, column speaker: empty, but the row gives the speaker\'s authority — name the speaker, or a description such as "a senior official"',
      "row 7, column id: id 'kept' is already used by a different event already in the ledger — give the new event its own id, or leave id out to derive one from its content",
      'row 8, column attribution: expected one of "on-record", "joint-statement", "official-document", "reportedly", "anonymous-sources", got "on record" — did you mean \'on-record\'?',
      'row 8, column id: an id is 1–128 characters: a letter or digit, then letters, digits, ".", "_", ":" or "-"',
      "row 10, column terms: issue 'security-guarantees' has no term 'durationYear' (it has durationYears, monitor, note) — did you mean 'durationYears'?",
    ]);
  });
});

describe('what import accepts', () => {
  test('a BOM and CRLF, columns in any order and case, names as analysts write them, terms by their types', () => {
    const target = 'accepts';
    ok(cwd, ['init', target]);
    for (const name of ['vocabulary.json', 'sources.json'])
      copyFileSync(join(cwd, folder, name), join(cwd, target, name));
    const csv = [
      'Summary,DOCUMENT,parties,issue,stance,act,attribution,statedAt,terms,conditions,speaker,speakerRole,authority,recordedAt,quote',
      '"Washington: 15 years; no troops",paris-talks;kyiv-briefing,United States,security-guarantees,supports,propose,on-record,2025-12-28,durationYears=15;monitor=15;note=several decades,"if a deal is signed; within 30 days",Steve Witkoff,US envoy,envoy,2026-01-07T09:30+02:00,"""fifteen years"", he said"',
      'A bloc and a state speak jointly.,kyiv-briefing,european-allies;Kyiv,security-guarantees,demands,demand,joint-statement,2026-02,note=12.5,,,,,,',
      ',,,,,,,,,,,,,,',
    ];
    const run = ok(cwd, ['import', writeIn(cwd, 'accepts.csv', `\uFEFF${csv.join('\r\n')}\r\n`), '--data', target]);
    expect(run.stdout).toMatch(
      /^Imported 2 statements from accepts\.csv into accepts\/events\.ndjson; 0 already there/,
    );
    const events = readFileSync(join(cwd, target, 'events.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({
      parties: ['united-states'],
      summary: 'Washington: 15 years; no troops',
      terms: { durationYears: 15, monitor: '15', note: 'several decades' },
      conditions: 'if a deal is signed; within 30 days',
      speaker: { name: 'Steve Witkoff', role: 'US envoy', authority: 'envoy' },
      recordedAt: '2026-01-07T07:30:00.000Z',
      sources: [{ document: 'paris-talks', quote: '"fifteen years", he said' }, { document: 'kyiv-briefing' }],
    });
    expect(events[1]).toMatchObject({
      parties: ['european-allies', 'ukraine'],
      terms: { note: 12.5 },
      // The first document is dated 2026-02: the first day of it, at 00:00Z.
      recordedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(events[1]).not.toHaveProperty('conditions');
    expect(events[1]).not.toHaveProperty('speaker');
  });

  test('text that looks like a formula: read with the guard taken off, written guarded, round-tripped', () => {
    const target = 'formulas';
    ok(cwd, ['init', target]);
    for (const name of ['vocabulary.json', 'sources.json'])
      copyFileSync(join(cwd, folder, name), join(cwd, target, name));
    const rows = [
      `${HEADER},conditions`,
      `Kyiv,security-guarantees,supports,propose,on-record,2026-01-06,=HYPERLINK("http://x"),paris-talks,-only if asked`,
      `Moscow,security-guarantees,rejects,reject,on-record,2026-01-06,'=1+1,paris-talks,''@guarded twice`,
      `Washington,security-guarantees,neutral,assert,on-record,2026-01-06,+ more to come,paris-talks,'tis plain`,
    ];
    // The first summary holds quotes: write that cell quoted, as RFC 4180 wants.
    rows[1] = (rows[1] as string).replace('=HYPERLINK("http://x")', '"=HYPERLINK(""http://x"")"');
    ok(cwd, ['import', writeIn(cwd, 'formulas.csv', rows), '--data', target]);
    const stored = readFileSync(join(cwd, target, 'events.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { summary: string; conditions: string });
    expect(stored.map((e) => [e.summary, e.conditions])).toEqual([
      ['=HYPERLINK("http://x")', '-only if asked'],
      ['=1+1', "'@guarded twice"],
      ['+ more to come', "'tis plain"],
    ]);

    const exported = ok(cwd, ['export', '--format', 'csv', '--data', target]).stdout;
    const cells = parseCsv(exported).slice(1);
    const column = (name: string) => (parseCsv(exported)[0] as string[]).indexOf(name);
    expect(cells.map((r) => [r[column('summary')], r[column('conditions')]])).toEqual([
      [`'=HYPERLINK("http://x")`, "'-only if asked"],
      ["'=1+1", "''@guarded twice"],
      ["'+ more to come", "'tis plain"],
    ]);

    ok(cwd, ['init', 'formulas-copy']);
    for (const name of ['vocabulary.json', 'sources.json'])
      copyFileSync(join(cwd, target, name), join(cwd, 'formulas-copy', name));
    ok(cwd, ['import', writeIn(cwd, 'exported.csv', exported), '--data', 'formulas-copy']);
    expect(ok(cwd, ['export', '--format', 'ndjson', '--data', 'formulas-copy']).stdout).toBe(
      ok(cwd, ['export', '--format', 'ndjson', '--data', target]).stdout,
    );
  });
});
