import { type Command, Option } from 'commander';
import { collect, FORMATS } from './options.js';

// The commands that start a dataset, write to it and write it out. Like program.ts, only commander is
// loaded here: the choices below are the schemas' own lists, written out so that `--help` loads no zod
// (test/cli/authoring.test.ts holds them to the schemas).
const PARTY_KINDS = ['state', 'bloc', 'organisation', 'commentator'];
const TERM_TYPES = ['number', 'string'];
const PRECISIONS = ['day', 'month', 'year'];

/**
 * Adds `init`, `add party|issue|term|topic|source`, `import` and `export` to the `positions` program.
 *
 * @example
 * addWritingCommands(program);
 */
export function addWritingCommands(program: Command): void {
  output(program.command('init'), 'start a dataset in a new or empty folder')
    .argument('<dir>', 'the folder to create (or an empty one)')
    .addHelpText(
      'after',
      `${examples('init my-dataset')}
Writes vocabulary.json (the default topics, no parties or issues yet), sources.json, an empty
events.ndjson and a README.md on what comes next. A folder that is not empty is refused (exit code 1).`,
    )
    .action(async (dir: string, options) => (await import('./commands/init.js')).runInit(dir, options));

  const add = program
    .command('add')
    .description("add a party, issue, term, topic or source to a dataset folder's vocabulary or sources")
    .addHelpText(
      'after',
      `
Each entry is checked (its id, duplicates with a "did you mean", what it names) and written atomically;
nothing is written when something is wrong (exit code 1).`,
    );

  writing(add.command('party'), 'add a party: a state, a bloc (with --member), an organisation or a commentator')
    .argument('<id>', 'its id, lowercase kebab-case by convention (united-states)')
    .requiredOption('--name <name>', 'its display name')
    .option('--alias <name>', 'another name reports use for it (repeat for more)', collect, [])
    .addOption(
      new Option('--kind <kind>', 'what kind of party (default: bloc with --member, else state)').choices(PARTY_KINDS),
    )
    .option('--member <id>', 'a member of the bloc, by id, alias or name (repeat for more)', collect, [])
    .addHelpText(
      'after',
      examples(
        'add party ukraine --name Ukraine --alias Kyiv --data my-dataset',
        'add party france --name France --data my-dataset',
        'add party european-allies --name "European allies" --member france --kind bloc --data my-dataset',
      ),
    )
    .action(async (id: string, options) => (await import('./commands/add.js')).runAddParty(id, options));

  writing(add.command('issue'), 'add an issue: a proposition parties are for or against')
    .argument('<id>', 'its id, lowercase kebab-case by convention')
    .requiredOption('--title <text>', 'a short title')
    .requiredOption('--proposition <text>', 'the proposition, stated so that "supports" means for it')
    .requiredOption(
      '--topic <id>',
      'one of the dataset\'s topics (see vocabulary.json; "positions add topic" adds one)',
    )
    .option('--term <key:type>', 'a term its stances may name, KEY:number or KEY:string (repeat for more)', collect, [])
    .addHelpText(
      'after',
      examples(
        'add issue security-guarantees --title "Security guarantees" --proposition "Ukraine receives long-term security guarantees." --topic security --term durationYears:number --data my-dataset',
      ),
    )
    .action(async (id: string, options) => (await import('./commands/add.js')).runAddIssue(id, options));

  writing(add.command('term'), 'add a term to an issue: a quantity or option its stances may name')
    .argument('<issue>', 'the issue id')
    .argument('<key>', 'the key statements use in terms (durationYears)')
    .addOption(new Option('--type <type>', 'the kind of value it takes').choices(TERM_TYPES).makeOptionMandatory())
    .option('--description <text>', 'what it measures')
    .option('--unit <unit>', 'its unit (years)')
    .addHelpText(
      'after',
      examples('add term security-guarantees monitor --type string --description "who monitors" --data my-dataset'),
    )
    .action(async (issue: string, key: string, options) =>
      (await import('./commands/add.js')).runAddTerm(issue, key, options),
    );

  writing(add.command('topic'), "add a topic to the dataset's own list (the eight default topics and yours)")
    .argument('<id>', 'its id, lowercase kebab-case by convention')
    .requiredOption('--title <text>', 'a short title')
    .addHelpText('after', examples('add topic humanitarian --title Humanitarian --data my-dataset'))
    .action(async (id: string, options) => (await import('./commands/add.js')).runAddTopic(id, options));

  writing(add.command('source'), 'add a source document statements are read in')
    .argument('<id>', 'the id statements cite it by')
    .requiredOption('--title <text>', 'a title, in your own words')
    .requiredOption('--published-at <date>', 'when it was published: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B')
    .addOption(
      new Option('--precision <unit>', "how precise the date is (default: the date's own)").choices(PRECISIONS),
    )
    .option('--url <url>', 'where it can be read')
    .option('--reason <text>', 'why the date is estimated so, when it is')
    .addHelpText(
      'after',
      examples(
        'add source paris-talks --title "Paris talks on guarantees" --published-at 2026-01-06 --data my-dataset',
      ),
    )
    .action(async (id: string, options) => (await import('./commands/add.js')).runAddSource(id, options));

  writing(program.command('import'), 'append the statements of a CSV file, one a row, to a dataset: all or nothing')
    .argument('<file>', 'a CSV file (UTF-8), or - for stdin')
    .addHelpText(
      'after',
      `${examples('import statements.csv --data my-dataset')}
Columns by header name, in any order. Required: parties, issue, stance, act, attribution, statedAt,
summary, document. Optional: id, recordedAt, quote, speaker, speakerRole, authority, terms, conditions.
Only parties and document hold several values, separated by ";". Each problem is printed as
"row N, column C: what is wrong — suggestion" and nothing is appended (exit code 1).`,
    )
    .action(async (file: string, options) => (await import('./commands/import.js')).runImport(file, options));

  program
    .command('export')
    .description('write the events out: every event as NDJSON, or the statements as CSV in the columns import reads')
    .option('--data <path>', 'a dataset folder, an events file (.ndjson) or - for stdin (default: the bundled dataset)')
    .addOption(new Option('--format <format>', 'what to write').choices(['csv', 'ndjson']).makeOptionMandatory())
    .addHelpText(
      'after',
      `${examples('export --format csv --data my-dataset', 'export --format ndjson')}
The CSV imports back as the same statements; what it cannot hold is named on stderr.`,
    )
    .action(async (options) => (await import('./commands/export.js')).runExport(options));
}

function output(command: Command, description: string): Command {
  return command
    .description(description)
    .addOption(new Option('--format <format>', 'how to print what was done').choices(FORMATS).default('table'));
}

function writing(command: Command, description: string): Command {
  return output(command, description).option('--data <dir>', 'the dataset folder to write to (made by positions init)');
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ positions ${line}`).join('\n')}`;
}
