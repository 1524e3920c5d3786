import { STATEMENT_COLUMNS } from './statement-columns.js';

/**
 * The README `positions init` writes into a new dataset folder: what each file holds and the commands
 * that come next, with the folder's name in them.
 *
 * @example
 * folderReadme('talks-2026').startsWith('# talks-2026'); //=> true
 */
export function folderReadme(folder: string): string {
  const data = `--data ${/\s/.test(folder) ? `"${folder}"` : folder}`;
  const columns = STATEMENT_COLUMNS.map(
    (c) => `| \`${c.name}\` | ${c.required ? 'yes' : ''} | ${c.about.replaceAll('|', '\\|')} |`,
  ).join('\n');
  return `# ${folder}

A dataset of negotiation positions for [positions-ledger](https://www.npmjs.com/package/positions-ledger):
who said what on which issue, when, and where it was reported. Every \`positions\` command reads it with
\`${data}\`.

| file | holds |
|---|---|
| \`vocabulary.json\` | the parties (states, blocs, organisations, commentators), the topics, and the issues: each a proposition a party can be for or against, with the terms its stances may name |
| \`sources.json\` | the documents statements are read in (articles, communiqués, transcripts), with their publication dates |
| \`events.ndjson\` | the statements, one JSON object a line, in the order they were recorded; never edited: a correction or a retraction is an event of its own |

\`positions add\` and \`positions import\` write these files, check every entry first and change nothing
when something is wrong, so there is no need to edit them by hand.

## Next

1. Declare the parties and the issues, with the terms their stances may name (a bloc is a party with
   members):

   \`\`\`sh
   positions add party ukraine --name Ukraine --alias Kyiv ${data}
   positions add party russia --name Russia --alias Moscow ${data}
   positions add issue ukraine-in-nato --title "NATO membership" --proposition "Ukraine may join NATO." --topic alliances ${data}
   positions add term ukraine-in-nato yearsToWait --type number ${data}
   \`\`\`

   \`positions add topic ID --title TITLE ${data}\` adds a topic to the eight defaults in \`vocabulary.json\`.

2. Declare each document you code:

   \`\`\`sh
   positions add source paris-talks --title "Paris talks on guarantees" --published-at 2026-01-06 ${data}
   \`\`\`

3. Write one row per statement in a spreadsheet, save it as CSV (UTF-8), and import it. Nothing is
   written unless every row is right; each problem names its row and column.

   \`\`\`sh
   positions import statements.csv ${data}
   \`\`\`

   The header row names the columns, in any order; the optional ones may be left out.

   | column | required | what to write |
   |---|---|---|
${columns
  .split('\n')
  .map((line) => `   ${line}`)
  .join('\n')}

   The template \`examples/statements-template.csv\` of the package has every column.

4. Ask the questions:

   \`\`\`sh
   positions stances --at 2026-01-31 ${data}
   positions timeline --party Kyiv --issue ukraine-in-nato ${data}
   positions report --out report.html ${data}
   \`\`\`

\`positions export --format csv ${data}\` writes the statements back out in the import's columns, and
\`positions export --format ndjson ${data}\` every event. The package's \`docs/analysts.md\` walks through
coding a first article, and \`docs/cli.md\` describes every command.
`;
}
