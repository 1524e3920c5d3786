import { Command, InvalidArgumentError, Option } from 'commander';
import { collect, FORMATS } from './options.js';
import { SHOWN } from './output/said.js';
import { PERIODS } from './period.js';
import { addWritingCommands } from './writing-commands.js';

// Only commander is loaded up front: each action imports its command module when it runs,
// so `--help` and usage errors never parse zod, date-fns or the dataset.

/**
 * The `positions` program: every command, its options and its help, with lazy actions.
 *
 * @example
 * await buildProgram('0.1.0').parseAsync(['stances', '--at', '2025-12-31'], { from: 'user' });
 */
export function buildProgram(version: string): Command {
  const program = new Command('positions')
    .description('Ask the positions ledger where each party stands on each issue, at any date, as known at any date.')
    .version(version)
    // Set before any subcommand is added: commander copies these settings into each one.
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${oneLine(text)}\n`) })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ positions stances --at 2025-12-31 --party Kyiv --party Moscow
  $ positions timeline --party united-states --issue ceasefire-before-settlement
  $ positions divergence --at 2025-12-31 --format json
  $ positions init my-dataset

Exit codes: 0 success · 1 invalid data · 2 wrong usage · 3 store unavailable · 70 internal error.
Dates: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with Z or ±hh:mm;
"as of 2025-12" includes all of December.`,
    );

  query(program, 'stances', "each party's stance on each issue at one date, or at each date of a panel")
    .option('--at <date>', 'the date to ask about (default: the last day the statements reach)')
    .option('--party <id>', 'only this party (id, alias or name; repeat for more)', collect, [])
    .option('--issue <id>', 'only this issue (id or title; repeat for more)', collect, [])
    .addOption(showOption())
    .option('--from <date>', 'a panel: the first period')
    .option('--to <date>', 'a panel: the last period (default: the last day the statements reach)')
    .addOption(new Option('--every <period>', 'a panel: one answer per period from --from to --to').choices(PERIODS))
    .addHelpText(
      'after',
      examples(
        'stances --at 2025-12-31 --party Kyiv --issue ukraine-in-nato',
        'stances --at 2025-12-31 --known-at 2025-12-07 --format json',
        'stances --party Moscow --show summary --show quote',
        'stances --from 2025-10 --to 2025-12 --every month --party Kyiv --format csv',
      ),
    )
    .action(async (options) => (await import('./commands/stances.js')).runStances(options));

  query(program, 'timeline', "how one party's stance on one issue changed")
    .requiredOption('--party <id>', 'the party (id, alias or name)')
    .requiredOption('--issue <id>', 'the issue (id or title)')
    .addOption(showOption())
    .addHelpText(
      'after',
      examples(
        'timeline --party Washington --issue ceasefire-before-settlement',
        'timeline --party ukraine --issue security-guarantees --format csv',
        'timeline --party "United States" --issue ukraine-in-nato --show summary',
      ),
    )
    .action(async (options) => (await import('./commands/timeline.js')).runTimeline(options));

  query(program, 'diff', 'every position that changed between two dates')
    .requiredOption('--from <date>', 'the earlier date')
    .requiredOption('--to <date>', 'the later date')
    .option('--party <id>', 'only this party (repeat for more)', collect, [])
    .option('--issue <id>', 'only this issue (repeat for more)', collect, [])
    .addHelpText(
      'after',
      examples('diff --from 2025-04-30 --to 2025-12-31', 'diff --from 2025-04 --to 2025-12 --party Kyiv --format json'),
    )
    .action(async (options) => (await import('./commands/diff.js')).runDiff(options));

  query(program, 'divergence', 'per issue: where the states and blocs stand, and whether it is contested', false)
    .option('--at <date>', 'the date to ask about (default: the last day the statements reach)')
    .option('--issue <id>', 'only this issue (repeat for more)', collect, [])
    .addHelpText(
      'after',
      examples('divergence --at 2025-12-31', 'divergence --at 2025-12-31 --issue ukraine-in-nato --format json'),
    )
    .action(async (options) => (await import('./commands/divergence.js')).runDivergence(options));

  query(program, 'alignment', 'per pair of states and blocs: issues they agree and disagree on', false)
    .option('--at <date>', 'the date to ask about (default: the last day the statements reach)')
    .option('--party <id>', 'only pairs with this party; repeated, only the pairs among the parties named', collect, [])
    .addHelpText(
      'after',
      examples(
        'alignment --at 2025-12-31',
        'alignment --at 2025-12-31 --party Kyiv --format csv',
        'alignment --party Kyiv --party Washington --party Paris',
      ),
    )
    .action(async (options) => (await import('./commands/alignment.js')).runAlignment(options));

  common(
    program.command('validate'),
    'check a file of events, one per line, against --data (its vocabulary and events)',
  )
    .argument('<file>', 'an events file (.ndjson), or - for stdin')
    .addHelpText(
      'after',
      `${examples('validate new-events.ndjson', 'validate new-events.ndjson --data ./my-dataset --format json')}
Each bad line is reported as "line N: field.path: what is wrong — suggestion"; exit code 1 if any.
Without --data the file is checked against the bundled dataset; with --data x.ndjson, against those
events and no vocabulary.`,
    )
    .action(async (file: string, options) => (await import('./commands/validate.js')).runValidate(file, options));

  common(program.command('append'), 'validate a file of new events and append it to a store, all or nothing')
    .argument('<file>', 'the new events (.ndjson), or - for stdin')
    .addHelpText(
      'after',
      `${examples(
        'append new-events.ndjson --data ./my-dataset',
        'append new-events.ndjson --data ./events.ndjson --format json',
      )}
--data names the store: a dataset folder (its events.ndjson) or an events file (a new .ndjson file in an
existing folder is started). Nothing is written unless every event is valid; events already in the store
are reported as unchanged and not written twice.`,
    )
    .action(async (file: string, options) => (await import('./commands/append.js')).runAppend(file, options));

  common(program.command('show'), 'one event whole: its sources, corroborations, and what retracted or corrected it')
    .argument('<id>', "the id of an event, or of a correction's replacement")
    .addHelpText(
      'after',
      examples('show s.002.russia.root-causes-first', 'show s.002.ukraine.referendum-on-deal --format json'),
    )
    .action(async (id: string, options) => (await import('./commands/show.js')).runShow(id, options));

  common(program.command('vocabulary'), 'the parties (with aliases) and issues (with titles) of the data')
    .addHelpText('after', examples('vocabulary', 'vocabulary --format json'))
    .action(async (options) => (await import('./commands/vocabulary.js')).runVocabulary(options));

  common(program.command('sources'), 'the source documents the data cites')
    .addHelpText('after', examples('sources', 'sources --format csv'))
    .action(async (options) => (await import('./commands/sources.js')).runSources(options));

  common(
    program.command('report'),
    'write one self-contained HTML report: the matrix, its evidence, timelines, divergence',
  )
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--at <date>', 'the date the page opens on (default: the last day of the data)')
    .option('--known-at <date>', 'as known at this date (default: everything)')
    .option('--title <text>', 'the page heading')
    .addHelpText(
      'after',
      examples('report --out report.html', 'report --out report.html --at 2025-12-31 --known-at 2025-12-07'),
    )
    .action(async (options) => (await import('./commands/report.js')).runReport(options));

  addWritingCommands(program);
  return program;
}

function common(command: Command, description: string): Command {
  return command
    .description(description)
    .option('--data <path>', 'a dataset folder, an events file (.ndjson) or - for stdin (default: the bundled dataset)')
    .addOption(new Option('--format <format>', 'how to print the answer').choices(FORMATS).default('table'));
}

function query(program: Command, name: string, description: string, inherits = true): Command {
  return common(program.command(name), description)
    .option('--known-at <date>', 'count only what was on record by the end of this date (default: everything)')
    .option(
      '--inherit',
      inherits
        ? "let a bloc's statements count for its members"
        : 'accepted for uniformity; no effect (a bloc is compared beside its members, never inherited)',
    );
}

// Repeatable, each value one of SHOWN (commander's `choices` keeps only the last value of a repeated flag).
function showOption(): Option {
  return new Option('--show <what>', `beside each answer, what was said: ${SHOWN.join(' or ')} (repeat for both)`)
    .argParser((value: string, previous: string[] | undefined) => {
      if (!(SHOWN as readonly string[]).includes(value))
        throw new InvalidArgumentError(`Allowed choices are ${SHOWN.join(', ')}.`);
      const list = previous ?? [];
      return list.includes(value) ? list : [...list, value];
    })
    .default([]);
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ positions ${line}`).join('\n')}`;
}

/**
 * Commander's "error: unknown command 'x'\n(Did you mean y?)" as one line:
 * "positions: unknown command 'x' — did you mean 'y'?".
 */
function oneLine(text: string): string {
  return `positions: ${text
    .trim()
    .replace(/^error: /, '')
    .replace(
      /\s*\(Did you mean (?:one of )?([^)]*)\?\)\s*$/,
      (_, names: string) =>
        ` — did you mean ${names
          .split(', ')
          .map((n) => `'${n}'`)
          .join(' or ')}?`,
    )
    .replace(/\s*\n\s*/g, ' ')}`;
}
